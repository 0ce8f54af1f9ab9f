using System.Globalization;
using Platform.Core.Dates;
using Platform.Sdk;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Core.Reporting;

/// <summary>One report someone owes for a period at a stage, and the last day it is on time.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Period">The period reported on, and the one its submissions are filed under (the shortest it covers).</param>
/// <param name="Submitter">Who owes it.</param>
/// <param name="Due">The last day on time (after the pack's non-working-day rule; the host moves it no further).</param>
/// <param name="Nominal">The day the regulation's words give, before the non-working-day rule.</param>
public sealed record Obligation(ReportStage Stage, Period Period, Submitter Submitter, DateOnly Due, DateOnly Nominal)
{
    /// <summary>
    /// Every period the report covers, shortest first: one when the period ends alone; the quarter and the first half
    /// (or the quarter and the year) when they end together and the stage does not ask for separate reports.
    /// </summary>
    public IReadOnlyList<Period> Covers { get; init; } = [Period];

    /// <summary>The data cut-off (thời gian chốt số liệu) when the pack adopts one: the first and last day the figures cover.</summary>
    public (DateOnly From, DateOnly To)? CutOff { get; init; }

    /// <summary>Officials' title: "Báo cáo quý II năm 2026", "Báo cáo quý II và 6 tháng đầu năm 2026", "Báo cáo quý IV và năm 2026".</summary>
    public string Title => DeadlineChain.TitleOf(Covers, vietnamese: true);

    /// <summary>The English title: "Report for Q2 and the first half of 2026".</summary>
    public string EnglishTitle => DeadlineChain.TitleOf(Covers, vietnamese: false);

    /// <summary>True when a report submitted on <paramref name="day"/> (Vietnam's calendar day) is on time.</summary>
    public bool OnTime(DateOnly day) => day <= Due;
}

/// <summary>Where an obligation stands on a day.</summary>
public enum ObligationState
{
    /// <summary>Not submitted, and the deadline has not passed.</summary>
    Pending = 0,

    /// <summary>Submitted on or before the last day on time.</summary>
    OnTime = 1,

    /// <summary>Submitted after the last day on time.</summary>
    Late = 2,

    /// <summary>Not submitted, and the deadline has passed.</summary>
    Missing = 3,
}

/// <summary>
/// The deadline-chain engine: from a pack's reporting rules, the obligations of every period for every seat or body
/// the pack names, with the last day each is on time. "Trước ngày N" makes the (N−1)th the last day; "chậm nhất vào
/// ngày N" the Nth; a day past the month's end is its last day; the Sdk 1.2 forms count in the month after the period
/// or from its end, working days on the host's calendar. A deadline on a non-working day moves as the pack says; the
/// engine moves a pack's day no further (a chain that cannot hold is refused at load, see <see cref="Check"/>).
/// "6 tháng" is the first half only; when periods end together a submitter owes one report per due date unless the
/// stage asks for separate reports; nothing is owed before the regulation's date (or the founding decision's).
/// </summary>
public static class DeadlineChain
{
    /// <summary>The last day on time of <paramref name="stage"/> for <paramref name="period"/>.</summary>
    public static (DateOnly Due, DateOnly Nominal) Deadline(ReportingRules rules, ReportStage stage, Period period, IWorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(calendar);
        var following = period.End.AddDays(1);
        var nominal = stage.Deadline switch
        {
            DeadlineKind.Before => period.DayOfLastMonth(stage.Day).AddDays(stage.Day > DateTime.DaysInMonth(period.End.Year, period.End.Month) ? 0 : -1),
            DeadlineKind.NoLaterThan => period.DayOfLastMonth(stage.Day),
            DeadlineKind.BeforeDayOfFollowingMonth => DayOfMonth(following, stage.Day).AddDays(stage.Day > DateTime.DaysInMonth(following.Year, following.Month) ? 0 : -1),
            DeadlineKind.NoLaterThanDayOfFollowingMonth => DayOfMonth(following, stage.Day),
            DeadlineKind.BeforeWorkingDayOfFollowingMonth => calendar.OnOrBefore(calendar.NthWorkingDayAfter(period.End, Math.Max(stage.Day, 1)).AddDays(-1)),
            DeadlineKind.NoLaterThanWorkingDayOfFollowingMonth => calendar.NthWorkingDayAfter(period.End, Math.Max(stage.Day, 1)),
            DeadlineKind.WithinDaysAfterPeriod => period.End.AddDays(stage.Day),
            DeadlineKind.WithinWorkingDaysAfterPeriod => calendar.NthWorkingDayAfter(period.End, Math.Max(stage.Day, 1)),
            _ => period.End,
        };
        if (rules.Overrides.TryGetValue(stage.Key, out var compute))
        {
            nominal = compute(stage, period.Start, period.End, nominal);
        }

        if (rules.Computations.TryGetValue(stage.Key, out var computation))
        {
            nominal = computation(stage, period.Start, period.End, nominal, calendar);
        }

        var due = rules.NonWorkingDay switch
        {
            NonWorkingDayRule.NextWorkingDay => calendar.OnOrAfter(nominal),
            NonWorkingDayRule.PreviousWorkingDay => calendar.OnOrBefore(nominal),
            _ => nominal,
        };
        return (due, nominal);
    }

    /// <summary>
    /// Every obligation of <paramref name="period"/>: for each stage stated for the period, in chain order, each
    /// submitter that exists in the period (a seat dated by the regulation only while it exists), except what is due
    /// before the regulation's date and what a shorter period ending the same day already covers.
    /// </summary>
    public static IReadOnlyList<Obligation> For(ProvinceDefinition province, Period period, IWorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(province);
        var rules = province.Reporting;
        var since = province.Committee.InForceFrom;
        var obligations = new List<Obligation>();
        foreach (var stage in rules.Stages.Where(s => Applies(s, period)).OrderBy(s => s.Order))
        {
            var covers = Covering(stage, period);
            if (covers is null)
            {
                continue;
            }

            var (due, nominal) = Deadline(rules, stage, period, calendar);
            if (since is { } first && due < first)
            {
                continue;
            }

            var cutOff = rules.CutOff is { } c ? CutOffOf(c, covers[^1]) : ((DateOnly, DateOnly)?)null;
            foreach (var submitter in stage.Submitters)
            {
                if (submitter.Kind == SubmitterKind.Seat && province.FindSeat(submitter.Key) is { } seat && !Overlaps(seat, period))
                {
                    continue;
                }

                obligations.Add(new Obligation(stage, period, submitter, due, nominal) { Covers = covers, CutOff = cutOff });
            }
        }

        return obligations;
    }

    /// <summary>The state of an obligation on <paramref name="today"/>, given the day its current report was submitted, if any.</summary>
    public static ObligationState StateOf(Obligation obligation, DateOnly? submittedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        return submittedOn switch
        {
            { } day when obligation.OnTime(day) => ObligationState.OnTime,
            not null => ObligationState.Late,
            null when today > obligation.Due => ObligationState.Missing,
            _ => ObligationState.Pending,
        };
    }

    /// <summary>
    /// The periods the chain asks reports for that start by <paramref name="to"/> and end from <paramref name="from"/> on,
    /// oldest first: the first half only for "6 tháng", and without a period whose reports a shorter one ending the same
    /// day covers entirely.
    /// </summary>
    public static IReadOnlyList<Period> Periods(ReportingRules rules, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var periods = new HashSet<Period>();
        foreach (var kind in rules.Stages.SelectMany(s => s.Periods).Distinct())
        {
            foreach (var p in Period.Stated(kind, from, to))
            {
                if (rules.Stages.Any(s => Applies(s, p) && Covering(s, p) is not null))
                {
                    periods.Add(p);
                }
            }
        }

        return [.. periods.OrderBy(p => p.End).ThenBy(p => p.Months)];
    }

    /// <summary>
    /// What makes the chain impossible, over the periods from <paramref name="fromYear"/> to <paramref name="toYear"/>:
    /// a deadline before its period starts, a compiling stage due before the stage it compiles. Each fault names the
    /// province, the stage and its article, once per stage; empty when the chain holds.
    /// </summary>
    public static IReadOnlyList<string> Check(ProvinceDefinition province, IWorkingCalendar calendar, int fromYear = 2025, int toYear = 2040)
    {
        ArgumentNullException.ThrowIfNull(province);
        var rules = province.Reporting;
        var faults = new Dictionary<string, string>(StringComparer.Ordinal);
        var from = new DateOnly(fromYear, 1, 1);
        var to = new DateOnly(toYear, 12, 31);
        foreach (var stage in rules.Stages)
        {
            foreach (var period in stage.Periods.SelectMany(k => Period.Stated(k, from, to)))
            {
                var (due, _) = Deadline(rules, stage, period, calendar);
                if (due < period.Start && !faults.ContainsKey(stage.Key))
                {
                    faults[stage.Key] = string.Create(CultureInfo.InvariantCulture,
                        $"{province.Name} ({province.Code}): bước '{stage.Key}' ({stage.Article.ToVietnamese()}) có hạn {VietnamTime.Format(due)} trước ngày bắt đầu kỳ {period.Label} ({VietnamTime.Format(period.Start)}). / " +
                        $"stage '{stage.Key}' ({stage.Article.ToEnglish()}) is due on {VietnamTime.Format(due)}, before its period {period.Code} starts ({VietnamTime.Format(period.Start)}).");
                }

                if (stage.Compiles is { } key && rules.Find(key) is { } compiled && Applies(compiled, period) && !faults.ContainsKey(stage.Key))
                {
                    var (compiledDue, _) = Deadline(rules, compiled, period, calendar);
                    if (due < compiledDue)
                    {
                        faults[stage.Key] = string.Create(CultureInfo.InvariantCulture,
                            $"{province.Name} ({province.Code}): bước '{stage.Key}' ({stage.Article.ToVietnamese()}) tổng hợp bước '{key}' ({compiled.Article.ToVietnamese()}) nhưng có hạn {VietnamTime.Format(due)}, trước hạn {VietnamTime.Format(compiledDue)} của bước đó (kỳ {period.Label}). / " +
                            $"stage '{stage.Key}' ({stage.Article.ToEnglish()}) compiles '{key}' ({compiled.Article.ToEnglish()}) but is due on {VietnamTime.Format(due)}, before it ({VietnamTime.Format(compiledDue)}, period {period.Code}).");
                    }
                }
            }
        }

        return [.. faults.Values];
    }

    /// <summary>The title of a report covering <paramref name="covers"/> (one year's periods ending together).</summary>
    public static string TitleOf(IReadOnlyList<Period> covers, bool vietnamese)
    {
        ArgumentNullException.ThrowIfNull(covers);
        var year = covers[0].Year;
        if (vietnamese)
        {
            var parts = string.Join(" và ", covers.Select(p => p.Kind switch
            {
                PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"tháng {p.Number:00}"),
                PeriodKind.Quarter => "quý " + p.Label[4..p.Label.IndexOf('/', StringComparison.Ordinal)],
                PeriodKind.HalfYear => p.Number == 1 ? "6 tháng đầu năm" : "6 tháng cuối năm",
                _ => "năm",
            }));
            return string.Create(CultureInfo.InvariantCulture, $"Báo cáo {parts}{(parts.EndsWith("năm", StringComparison.Ordinal) ? " " : " năm ")}{year}");
        }

        var english = string.Join(" and ", covers.Select(p => p.Kind switch
        {
            PeriodKind.Month => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(p.Number),
            PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"Q{p.Number}"),
            PeriodKind.HalfYear => p.Number == 1 ? "the first half" : "the second half",
            _ => "the year",
        }));
        return string.Create(CultureInfo.InvariantCulture, $"Report for {english} of {year}");
    }

    private static bool Applies(ReportStage stage, Period period) => stage.Periods.Any(period.IsStatedBy);

    /// <summary>
    /// The periods one report of <paramref name="stage"/> covers when filed under <paramref name="period"/>, shortest first;
    /// null when a shorter period of the stage ending the same day covers this one.
    /// </summary>
    private static List<Period>? Covering(ReportStage stage, Period period)
    {
        if (stage.SeparatePerPeriod)
        {
            return [period];
        }

        var together = stage.Periods.Select(k => Period.Containing(k, period.End)).Where(p => p.End == period.End && Applies(stage, p))
            .Append(period).Distinct().OrderBy(p => p.Months).ToList();
        return together[0] == period ? together : null;
    }

    private static (DateOnly, DateOnly) CutOffOf(DataCutOff cutOff, Period period)
    {
        var monthBefore = period.Start.AddMonths(-1);
        return (DayOfMonth(monthBefore, cutOff.FromDayOfMonthBefore), period.DayOfLastMonth(cutOff.ToDayOfLastMonth));
    }

    private static DateOnly DayOfMonth(DateOnly anyDayOfMonth, int day) =>
        new(anyDayOfMonth.Year, anyDayOfMonth.Month, Math.Clamp(day, 1, DateTime.DaysInMonth(anyDayOfMonth.Year, anyDayOfMonth.Month)));

    private static bool Overlaps(SeatDefinition seat, Period period) =>
        (seat.ValidFrom is null || seat.ValidFrom <= period.End) && (seat.ValidUntil is null || period.Start <= seat.ValidUntil);
}
