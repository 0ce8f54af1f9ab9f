using Platform.Core.Persistence;

namespace Platform.Tasks.Model;

/// <summary>
/// How many closed tasks one lead agency has in one portfolio whose deadline in force falls in one quarter, by outcome.
/// A closed task's state no longer depends on today's date (done on time, done late, cancelled: <c>TaskStates</c>), so
/// the dashboard reads these few rows instead of counting years of finished work on every request. PostgreSQL keeps them
/// (the trigger <c>tasks.tally_closed_tasks</c>, in the same transaction as the change of the task, whoever writes it);
/// open tasks are counted live, as their state moves with the calendar.
/// </summary>
internal sealed class TaskTally : IProvinceOwned
{
    public required string Province { get; set; }
    public required string LeadAgencyKey { get; set; }

    /// <summary>The portfolio's key, or the empty string for a task outside every portfolio.</summary>
    public required string PortfolioKey { get; set; }

    /// <summary>The first day of the quarter of the deadline in force.</summary>
    public DateOnly DueQuarter { get; set; }

    public int OnTime { get; set; }
    public int Late { get; set; }
    public int Cancelled { get; set; }
}
