using Platform.Core.Dates;
using Platform.Sdk;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Core.Reporting;

/// <summary>One report someone owes for a period at a stage, and the last day it is on time.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Period">The period reported on.</param>
/// <param name="Submitter">Who owes it.</param>
/// <param name="Due">The last day on time (after the non-working-day rule, never past the period's end).</param>
/// <param name="Nominal">The day the regulation's words give, before the non-working-day rule.</param>
public sealed record Obligation(ReportStage Stage, Period Period, Submitter Submitter, DateOnly Due, DateOnly Nominal)
{
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
/// ngày N" the Nth; a day past the month's end is its last day. A deadline on a non-working day moves as the pack says,
/// but never past the period's end (it then moves back to the period's last working day). A pack may compute a stage's
/// day in code; the engine still applies the non-working-day rule and keeps the day inside the period.
/// </summary>
public static class DeadlineChain
{
    /// <summary>The last day on time of <paramref name="stage"/> for <paramref name="period"/>.</summary>
    public static (DateOnly Due, DateOnly Nominal) Deadline(ReportingRules rules, ReportStage stage, Period period, IWorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(calendar);
        var nominal = stage.Deadline switch
        {
            DeadlineKind.Before => period.DayOfLastMonth(stage.Day).AddDays(stage.Day > DateTime.DaysInMonth(period.End.Year, period.End.Month) ? 0 : -1),
            DeadlineKind.NoLaterThan => period.DayOfLastMonth(stage.Day),
            _ => period.End,
        };
        if (rules.Overrides.TryGetValue(stage.Key, out var compute))
        {
            nominal = compute(stage, period.Start, period.End, nominal);
        }

        nominal = Clamp(nominal, period);
        var due = rules.NonWorkingDay switch
        {
            NonWorkingDayRule.NextWorkingDay => calendar.OnOrAfter(nominal),
            NonWorkingDayRule.PreviousWorkingDay => calendar.OnOrBefore(nominal),
            _ => nominal,
        };
        if (due > period.End)
        {
            due = calendar.OnOrBefore(period.End);
        }

        return (Clamp(due, period), nominal);
    }

    /// <summary>
    /// Every obligation of <paramref name="period"/>: for each stage that applies to the period's kind, in chain order,
    /// each submitter that exists in the period (a seat dated by the regulation only while it exists).
    /// </summary>
    public static IReadOnlyList<Obligation> For(ProvinceDefinition province, Period period, IWorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(province);
        var rules = province.Reporting;
        var obligations = new List<Obligation>();
        foreach (var stage in rules.Stages.Where(s => s.Periods.Contains(period.Kind)).OrderBy(s => s.Order))
        {
            var (due, nominal) = Deadline(rules, stage, period, calendar);
            foreach (var submitter in stage.Submitters)
            {
                if (submitter.Kind == SubmitterKind.Seat && province.FindSeat(submitter.Key) is { } seat && !Overlaps(seat, period))
                {
                    continue;
                }

                obligations.Add(new Obligation(stage, period, submitter, due, nominal));
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

    /// <summary>The periods of the kinds the chain uses that end from <paramref name="from"/> to <paramref name="to"/>, oldest first.</summary>
    public static IReadOnlyList<Period> Periods(ReportingRules rules, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var kinds = rules.Stages.SelectMany(s => s.Periods).Distinct();
        var periods = new List<Period>();
        foreach (var kind in kinds)
        {
            for (var p = Period.Containing(kind, from); p.Start <= to; p = p.Next())
            {
                periods.Add(p);
            }
        }

        return [.. periods.OrderBy(p => p.End).ThenBy(p => p.Months)];
    }

    private static bool Overlaps(SeatDefinition seat, Period period) =>
        (seat.ValidFrom is null || seat.ValidFrom <= period.End) && (seat.ValidUntil is null || period.Start <= seat.ValidUntil);

    private static DateOnly Clamp(DateOnly day, Period period) => day < period.Start ? period.Start : day > period.End ? period.End : day;
}
