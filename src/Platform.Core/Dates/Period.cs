using System.Globalization;
using Platform.Sdk;

namespace Platform.Core.Dates;

/// <summary>
/// One month, quarter, half-year or year: the span a regular meeting or a periodic report belongs to.
/// <see cref="Number"/> is 1–12 for months, 1–4 for quarters, 1–2 for half-years and 1 for a year.
/// </summary>
public readonly record struct Period(PeriodKind Kind, int Year, int Number) : IComparable<Period>
{
    /// <summary>How many months the period spans.</summary>
    public int Months => MonthsOf(Kind);

    /// <summary>Its first day.</summary>
    public DateOnly Start => new(Year, ((Number - 1) * Months) + 1, 1);

    /// <summary>Its last day.</summary>
    public DateOnly End => Start.AddMonths(Months).AddDays(-1);

    /// <summary>The first day of its last month, from which "the Nth of the period's last month" counts.</summary>
    public DateOnly LastMonthStart => new(End.Year, End.Month, 1);

    /// <summary>The period of this kind that contains <paramref name="day"/>.</summary>
    public static Period Containing(PeriodKind kind, DateOnly day)
    {
        kind = KindOf(kind);
        var months = MonthsOf(kind);
        return new Period(kind, day.Year, ((day.Month - 1) / months) + 1);
    }

    /// <summary>The kind of the periods a rule stated for <paramref name="stated"/> asks for (a second half is a half-year).</summary>
    public static PeriodKind KindOf(PeriodKind stated) => stated == PeriodKind.SecondHalfYear ? PeriodKind.HalfYear : stated;

    /// <summary>
    /// True when a rule stated for <paramref name="stated"/> asks for this period. "6 tháng" is the first half only
    /// (sơ kết 6 tháng); the second half only when the pack states <see cref="PeriodKind.SecondHalfYear"/>.
    /// </summary>
    public bool IsStatedBy(PeriodKind stated) => stated switch
    {
        PeriodKind.HalfYear => Kind == PeriodKind.HalfYear && Number == 1,
        PeriodKind.SecondHalfYear => Kind == PeriodKind.HalfYear && Number == 2,
        _ => Kind == stated,
    };

    /// <summary>The periods a rule stated for <paramref name="stated"/> asks for that start on or before <paramref name="to"/> and end on or after <paramref name="from"/>, oldest first.</summary>
    public static IEnumerable<Period> Stated(PeriodKind stated, DateOnly from, DateOnly to)
    {
        for (var p = Containing(stated, from); p.Start <= to; p = p.Next())
        {
            if (p.IsStatedBy(stated))
            {
                yield return p;
            }
        }
    }

    /// <summary>True when <paramref name="day"/> falls inside the period.</summary>
    public bool Contains(DateOnly day) => Start <= day && day <= End;

    /// <summary>The period after this one.</summary>
    public Period Next() => Containing(Kind, End.AddDays(1));

    /// <summary>The period before this one.</summary>
    public Period Previous() => Containing(Kind, Start.AddDays(-1));

    /// <summary>The day <paramref name="day"/> of the period's last month, e.g. the 25th of the quarter's last month.</summary>
    public DateOnly DayOfLastMonth(int day) => LastMonthStart.AddDays(Math.Min(day, DateTime.DaysInMonth(End.Year, End.Month)) - 1);

    private static int MonthsOf(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        PeriodKind.HalfYear or PeriodKind.SecondHalfYear => 6,
        _ => 12,
    };

    /// <summary>Officials' name for it: "Tháng 01/2027", "Quý III/2026", "6 tháng đầu năm 2026", "Năm 2026".</summary>
    public string Label => Kind switch
    {
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"Tháng {Number:00}/{Year}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"Quý {Roman(Number)}/{Year}"),
        PeriodKind.HalfYear => string.Create(CultureInfo.InvariantCulture, $"6 tháng {(Number == 1 ? "đầu" : "cuối")} năm {Year}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"Năm {Year}"),
    };

    /// <summary>Its English name: "Month 01/2027", "Q3/2026", "First half of 2026", "Second half of 2026", "Year 2026".</summary>
    public string EnglishLabel => Kind switch
    {
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"Month {Number:00}/{Year}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"Q{Number}/{Year}"),
        PeriodKind.HalfYear => string.Create(CultureInfo.InvariantCulture, $"{(Number == 1 ? "First" : "Second")} half of {Year}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"Year {Year}"),
    };

    /// <summary>
    /// Its name in the page's language (<see cref="Label"/> or <see cref="EnglishLabel"/>), for screens; official
    /// documents and exports keep <see cref="Label"/>, which is Vietnamese whatever the page's language.
    /// </summary>
    public Localization.Message Name => new(Label, EnglishLabel);

    /// <summary>How the period is written in a link: "M01-2027", "Q3-2026", "H1-2026", "N-2026".</summary>
    public string Code => Kind switch
    {
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"M{Number:00}-{Year}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"Q{Number}-{Year}"),
        PeriodKind.HalfYear => string.Create(CultureInfo.InvariantCulture, $"H{Number}-{Year}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"N-{Year}"),
    };

    /// <summary>Reads a <see cref="Code"/> back; false for anything else (years 2000–2100 only).</summary>
    public static bool TryParse(string? code, out Period period)
    {
        period = default;
        if (code?.Split('-') is not [var head, var yearText]
            || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            return false;
        }

        (PeriodKind Kind, int Number)? read = head switch
        {
            "N" => (PeriodKind.Year, 1),
            ['Q', var n] when n is >= '1' and <= '4' => (PeriodKind.Quarter, n - '0'),
            ['H', var n] when n is '1' or '2' => (PeriodKind.HalfYear, n - '0'),
            ['M', var t, var u] when t is '0' or '1' && char.IsAsciiDigit(u) && (t - '0') * 10 + (u - '0') is >= 1 and <= 12
                => (PeriodKind.Month, ((t - '0') * 10) + (u - '0')),
            _ => null,
        };
        if (read is not { } r)
        {
            return false;
        }

        period = new Period(r.Kind, year, r.Number);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(Period other) => Start != other.Start ? Start.CompareTo(other.Start) : Months.CompareTo(other.Months);

    /// <inheritdoc />
    public override string ToString() => Label;

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
