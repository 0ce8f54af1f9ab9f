using Platform.Core.Dates;
using Platform.Sdk.Reporting;

namespace Platform.Reporting.Contracts;

/// <summary>
/// What other modules may read of the reporting record: how an agency's periodic reports stood against the deadlines of
/// the province's own chain over a year (the evidence a commendation or a criticism proposal carries).
/// </summary>
public interface IReportingRecords
{
    /// <summary>
    /// The reports owed by <paramref name="agencyKey"/> for the periods of <paramref name="year"/> — as a member seat's
    /// agency or as a body's lead agency — judged as the punctuality page judges them on <paramref name="today"/>.
    /// Two statements whatever the number of obligations.
    /// </summary>
    Task<AgencyPunctuality> PunctualityAsync(string agencyKey, int year, DateOnly today, CancellationToken cancellationToken);

    /// <summary>
    /// The figures the owning agencies reported for these indicators (Sdk 1.6: <c>ProvinceDefinition.Indicators</c>) in the
    /// current submitted version of their periodic reports, oldest period first. One statement whatever the number of
    /// indicators or periods.
    /// </summary>
    Task<IReadOnlyList<ReportedFigure>> IndicatorFiguresAsync(IReadOnlyCollection<string> indicatorKeys, CancellationToken cancellationToken);
}

/// <summary>
/// An indicator's figure for one period, as the report of <paramref name="SubmitterKey"/> at stage
/// <paramref name="StageKey"/> gave it in its version <paramref name="Edition"/>, submitted on <paramref name="SubmittedOn"/>.
/// </summary>
public sealed record ReportedFigure(
    string IndicatorKey, Period Period, decimal Value, string StageKey, SubmitterKind SubmitterKind, string SubmitterKey, DateOnly SubmittedOn, int Edition);

/// <summary>An agency's reports over one year: on time, late, missing (past the deadline, not sent), and still pending.</summary>
public sealed record AgencyPunctuality(string AgencyKey, int Year, int OnTime, int Late, int Missing, int Pending)
{
    /// <summary>Reports whose deadline has passed or that were sent.</summary>
    public int Judged => OnTime + Late + Missing;
}
