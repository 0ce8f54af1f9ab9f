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
}

/// <summary>An agency's reports over one year: on time, late, missing (past the deadline, not sent), and still pending.</summary>
public sealed record AgencyPunctuality(string AgencyKey, int Year, int OnTime, int Late, int Missing, int Pending)
{
    /// <summary>Reports whose deadline has passed or that were sent.</summary>
    public int Judged => OnTime + Late + Missing;
}
