namespace Platform.Tasks.Contracts;

/// <summary>
/// What other modules may read of the tasks' record: the on-time record of agencies over a year, as the dashboard
/// counts it (the evidence a commendation or a criticism proposal carries).
/// </summary>
public interface ITaskRecords
{
    /// <summary>
    /// The on-time record of each agency asked for, over the tasks whose deadline in force falls in <paramref name="year"/>,
    /// as of <paramref name="today"/>: counted are tasks not cancelled that are done or past their deadline; on time are
    /// those completed on or before it; overdue are those still open past it. One statement whatever the number of agencies.
    /// </summary>
    Task<IReadOnlyList<AgencyOnTime>> OnTimeAsync(IReadOnlyCollection<string> agencyKeys, int year, DateOnly today, CancellationToken cancellationToken);
}

/// <summary>An agency's on-time record over one year.</summary>
/// <param name="AgencyKey">The lead agency.</param>
/// <param name="Year">The year of the deadlines counted.</param>
/// <param name="Counted">Tasks done or past their deadline, not cancelled.</param>
/// <param name="OnTime">Of those, completed on or before the deadline in force.</param>
/// <param name="Late">Of those, completed after it.</param>
/// <param name="Overdue">Of those, still open past it.</param>
public sealed record AgencyOnTime(string AgencyKey, int Year, int Counted, int OnTime, int Late, int Overdue)
{
    /// <summary>The on-time rate, 0 to 1; null when nothing was counted.</summary>
    public double? Rate => Counted == 0 ? null : (double)OnTime / Counted;
}
