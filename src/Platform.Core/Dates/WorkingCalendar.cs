using Microsoft.Extensions.Options;

namespace Platform.Core.Dates;

/// <summary>Why a day is not worked.</summary>
public enum DayOffKind
{
    /// <summary>A public holiday on a fixed solar date (1/1, 30/4, 1/5, 2/9).</summary>
    FixedHoliday = 0,

    /// <summary>A holiday on a lunar date: Tết, the Hùng Kings' commemoration.</summary>
    LunarHoliday = 1,

    /// <summary>The extra day the government adds next to National Day.</summary>
    AdjacentHoliday = 2,

    /// <summary>A working day off because a holiday fell on a weekend (Labour Code 2019, Art. 112.3).</summary>
    Compensation = 3,

    /// <summary>A day off the government announced for the year (a swapped or extra day), from configuration.</summary>
    Announced = 4,
}

/// <summary>A day off that is not a plain weekend, and why.</summary>
public sealed record DayOff(DateOnly Date, string Name, DayOffKind Kind);

/// <summary>
/// The Vietnamese civil-service working calendar: Monday to Friday, minus public holidays (Labour Code 2019,
/// Art. 112), plus what the government announces for each year. Meetings and reporting both read it.
/// </summary>
public interface IWorkingCalendar : Platform.Sdk.IWorkingDays
{
    /// <summary>The holiday or announced day off on <paramref name="day"/>, or null (a weekend is not reported here).</summary>
    DayOff? DayOffOn(DateOnly day);

    /// <summary>Every holiday and announced day off of <paramref name="year"/>, in date order.</summary>
    IReadOnlyList<DayOff> DaysOff(int year);
}

/// <summary>Corrections for one year as the government announces them.</summary>
public sealed class YearAdjustment
{
    /// <summary>Extra days off (e.g. the Tết days announced, a day swapped away).</summary>
    public List<DateOnly> DaysOff { get; init; } = [];

    /// <summary>Days worked although they would be off (e.g. a Saturday worked to swap a day).</summary>
    public List<DateOnly> WorkingDays { get; init; } = [];

    /// <summary>When true, the computed holidays of the year are dropped and only <see cref="DaysOff"/> count.</summary>
    public bool ReplacesComputed { get; init; }

    /// <summary>The announcement these corrections come from, shown to users (e.g. "Công văn số …/BNV").</summary>
    public string? Source { get; init; }
}

/// <summary>
/// Configuration section <c>WorkingCalendar</c>: the per-year corrections, keyed by year. A day filed under another
/// year, a year the calendar does not compute, or a day both off and worked stops the start: filed wrongly, it would
/// otherwise be ignored, and deadlines silently counted over it.
/// </summary>
public sealed class WorkingCalendarOptions : Settings.ICheckedSettings
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "WorkingCalendar";

    /// <summary>Corrections by year.</summary>
    public Dictionary<int, YearAdjustment> Years { get; init; } = [];

    /// <inheritdoc />
    public IEnumerable<Settings.SettingProblem> Check(string section)
    {
        foreach (var (year, adjustment) in Years.OrderBy(y => y.Key))
        {
            var key = $"{section}:{nameof(Years)}:{year}";
            if (year is < VietnameseLunarCalendar.MinYear or > VietnameseLunarCalendar.MaxYear)
            {
                yield return new(
                    key,
                    $"năm {year} nằm ngoài các năm lịch tính được ({VietnameseLunarCalendar.MinYear}–{VietnameseLunarCalendar.MaxYear}).",
                    $"the year {year} is outside the years the calendar computes ({VietnameseLunarCalendar.MinYear}–{VietnameseLunarCalendar.MaxYear}).");
            }

            foreach (var (list, days) in new[] { (nameof(adjustment.DaysOff), adjustment.DaysOff), (nameof(adjustment.WorkingDays), adjustment.WorkingDays) })
            {
                for (var i = 0; i < days.Count; i++)
                {
                    if (days[i].Year != year)
                    {
                        yield return new(
                            $"{key}:{list}:{i}",
                            $"ngày {VietnamTime.Format(days[i])} được khai trong năm {year}; hãy khai nó trong năm {days[i].Year} hoặc sửa lại ngày.",
                            $"the day {VietnamTime.Format(days[i])} is filed under the year {year}; file it under {days[i].Year} or correct the date.");
                    }
                }
            }

            foreach (var day in adjustment.DaysOff.Intersect(adjustment.WorkingDays))
            {
                yield return new(
                    key,
                    $"ngày {VietnamTime.Format(day)} vừa là ngày nghỉ vừa là ngày làm việc.",
                    $"the day {VietnamTime.Format(day)} is both a day off and a working day.");
            }
        }
    }
}

/// <summary>
/// Computes each year's holidays from the Labour Code (Art. 112) and applies the configured corrections.
/// Lunar dates come from <see cref="VietnameseLunarCalendar"/>, computed for Vietnam's time zone (UTC+7).
/// </summary>
public sealed class VietnameseWorkingCalendar : IWorkingCalendar
{
    private readonly Dictionary<int, YearAdjustment> _adjustments;
    private readonly Dictionary<int, Dictionary<DateOnly, DayOff>> _years = [];
    private readonly Lock _gate = new();

    /// <summary>Creates the calendar with the configured corrections.</summary>
    public VietnameseWorkingCalendar(IOptions<WorkingCalendarOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _adjustments = options.Value.Years;
    }

    /// <summary>A calendar with no corrections: the Labour Code's rules alone.</summary>
    public static VietnameseWorkingCalendar Default { get; } = new(Options.Create(new WorkingCalendarOptions()));

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly day)
    {
        var adjustment = _adjustments.GetValueOrDefault(day.Year);
        if (adjustment is not null && adjustment.WorkingDays.Contains(day))
        {
            return true;
        }

        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Year(day.Year).ContainsKey(day);
    }

    /// <inheritdoc />
    public DayOff? DayOffOn(DateOnly day) => Year(day.Year).GetValueOrDefault(day);

    /// <inheritdoc />
    public IReadOnlyList<DayOff> DaysOff(int year) => [.. Year(year).Values.OrderBy(d => d.Date)];

    private Dictionary<DateOnly, DayOff> Year(int year)
    {
        lock (_gate)
        {
            if (!_years.TryGetValue(year, out var days))
            {
                days = Compute(year, _adjustments.GetValueOrDefault(year));
                _years[year] = days;
            }

            return days;
        }
    }

    private static Dictionary<DateOnly, DayOff> Compute(int year, YearAdjustment? adjustment)
    {
        var days = new Dictionary<DateOnly, DayOff>();
        if (adjustment?.ReplacesComputed != true)
        {
            foreach (var holiday in Holidays(year))
            {
                days[holiday.Date] = holiday;
            }

            // Labour Code 2019, Art. 112.3: a holiday falling on a weekly day off is taken on the next working day(s).
            var weekendHolidays = days.Values.Where(d => IsWeekend(d.Date)).OrderBy(d => d.Date).ToList();
            foreach (var holiday in weekendHolidays)
            {
                var next = holiday.Date.AddDays(1);
                while (IsWeekend(next) || days.ContainsKey(next))
                {
                    next = next.AddDays(1);
                }

                days[next] = new DayOff(next, $"Nghỉ bù {holiday.Name}", DayOffKind.Compensation);
            }
        }

        foreach (var day in adjustment?.DaysOff ?? [])
        {
            days[day] = days.GetValueOrDefault(day) ?? new DayOff(day, $"Ngày nghỉ theo thông báo{(adjustment!.Source is { } s ? " " + s : string.Empty)}", DayOffKind.Announced);
        }

        foreach (var day in adjustment?.WorkingDays ?? [])
        {
            days.Remove(day);
        }

        return days;
    }

    private static IEnumerable<DayOff> Holidays(int year)
    {
        // Labour Code 2019, Art. 112.1.
        yield return new DayOff(new DateOnly(year, 1, 1), "Tết Dương lịch", DayOffKind.FixedHoliday);
        yield return new DayOff(new DateOnly(year, 4, 30), "Ngày Chiến thắng", DayOffKind.FixedHoliday);
        yield return new DayOff(new DateOnly(year, 5, 1), "Ngày Quốc tế lao động", DayOffKind.FixedHoliday);
        var nationalDay = new DateOnly(year, 9, 2);
        yield return new DayOff(nationalDay, "Quốc khánh", DayOffKind.FixedHoliday);
        yield return new DayOff(AdjacentToNationalDay(nationalDay), "Quốc khánh (ngày liền kề)", DayOffKind.AdjacentHoliday);

        // The Hùng Kings' commemoration: the 10th day of the 3rd lunar month.
        yield return new DayOff(FromLunar(year, 3, 10), "Giỗ Tổ Hùng Vương", DayOffKind.LunarHoliday);

        // Tết: five days — the last day of the old lunar year and the first four of the new one.
        var newYear = FromLunar(year, 1, 1);
        yield return new DayOff(newYear.AddDays(-1), "Tết Nguyên đán (giao thừa)", DayOffKind.LunarHoliday);
        for (var i = 0; i < 4; i++)
        {
            yield return new DayOff(newYear.AddDays(i), $"Tết Nguyên đán (mùng {i + 1})", DayOffKind.LunarHoliday);
        }
    }

    /// <summary>
    /// Art. 112.1d leaves the day next to 2 September to the Prime Minister; by default the one that joins the
    /// holiday to the weekend (Monday → Tuesday 3/9, Tuesday → Monday 1/9, Thursday → Friday 3/9, Sunday → Monday 3/9,
    /// otherwise 1/9).
    /// </summary>
    private static DateOnly AdjacentToNationalDay(DateOnly nationalDay) => nationalDay.DayOfWeek switch
    {
        DayOfWeek.Monday or DayOfWeek.Thursday or DayOfWeek.Sunday => nationalDay.AddDays(1),
        _ => nationalDay.AddDays(-1),
    };

    /// <summary>The solar date of a lunar month and day in the lunar year that starts in <paramref name="solarYear"/>.</summary>
    private static DateOnly FromLunar(int solarYear, int month, int day) => VietnameseLunarCalendar.ToSolar(solarYear, month, day);

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

/// <summary>Working-day arithmetic over any <see cref="IWorkingCalendar"/>.</summary>
public static class WorkingDays
{
    /// <summary><paramref name="day"/> if it is a working day, else the next working day.</summary>
    public static DateOnly OnOrAfter(this IWorkingCalendar calendar, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary><paramref name="day"/> if it is a working day, else the working day before it.</summary>
    public static DateOnly OnOrBefore(this IWorkingCalendar calendar, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>The <paramref name="n"/>th working day after <paramref name="day"/> (not counting <paramref name="day"/> itself); n ≥ 1.</summary>
    public static DateOnly NthWorkingDayAfter(this Platform.Sdk.IWorkingDays calendar, DateOnly day, int n)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var counted = 0;
        while (counted < n)
        {
            day = day.AddDays(1);
            if (calendar.IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>The working days from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IReadOnlyList<DateOnly> Between(this IWorkingCalendar calendar, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var days = new List<DateOnly>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                days.Add(day);
            }
        }

        return days;
    }

    /// <summary>
    /// The last working week of a month: the working days, inside the month, of the Monday-to-Friday week that holds
    /// the month's last working day. When the month ends early in a week (March 2026 ends on a Tuesday) that week is
    /// short: 30–31/03/2026.
    /// </summary>
    public static IReadOnlyList<DateOnly> LastWorkingWeek(this IWorkingCalendar calendar, int year, int month)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var last = calendar.OnOrBefore(new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
        var monday = last.AddDays(-(((int)last.DayOfWeek + 6) % 7));
        var first = monday.Month == month ? monday : new DateOnly(year, month, 1);
        return calendar.Between(first, last);
    }
}
