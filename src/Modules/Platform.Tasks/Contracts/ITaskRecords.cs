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

    /// <summary>
    /// The tasks aimed at one index (at the index as a whole or at one of its pillars), not cancelled, with their state
    /// as of <paramref name="today"/>: open ones first by deadline, then the done ones, newest deadline first. One statement.
    /// </summary>
    Task<IReadOnlyList<IndexAimedTask>> AimedAtIndexAsync(string indexKey, DateOnly today, CancellationToken cancellationToken);

    /// <summary>For each index some task aims at: its tasks not cancelled, open, overdue (open past the deadline) and done, as of <paramref name="today"/>. One statement.</summary>
    Task<IReadOnlyList<IndexAimCount>> AimCountsAsync(DateOnly today, CancellationToken cancellationToken);
}

/// <summary>Where a task aimed at an index stands.</summary>
public enum AimedTaskState
{
    /// <summary>Not done, the deadline not passed.</summary>
    Open = 0,

    /// <summary>Not done, past the deadline in force.</summary>
    Overdue = 1,

    /// <summary>Done.</summary>
    Done = 2,
}

/// <summary>A task aimed at an index.</summary>
/// <param name="Id">The task, for links (<c>/{province}/tasks/{Id}</c>).</param>
/// <param name="Title">What is to be done.</param>
/// <param name="Pillar">The pillar aimed at; null for the index as a whole.</param>
/// <param name="LeadAgencyKey">The lead agency.</param>
/// <param name="Due">The deadline in force.</param>
/// <param name="State">Open, overdue or done.</param>
/// <param name="CompletedOn">When it was done, if it was.</param>
public sealed record IndexAimedTask(Guid Id, string Title, string? Pillar, string LeadAgencyKey, DateOnly Due, AimedTaskState State, DateOnly? CompletedOn);

/// <summary>The tasks aimed at one index, counted.</summary>
/// <param name="IndexKey">The index's key in the pack.</param>
/// <param name="Open">Not done, the deadline not passed.</param>
/// <param name="Overdue">Not done, past the deadline.</param>
/// <param name="Done">Done.</param>
public sealed record IndexAimCount(string IndexKey, int Open, int Overdue, int Done);

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
