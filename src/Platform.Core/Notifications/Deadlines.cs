namespace Platform.Core.Notifications;

/// <summary>
/// A deadline not yet met that someone should be reminded of: a report owed, a task to finish, an opinion to give.
/// The daily reminder round reminds the people it names once when the deadline comes near, once on the day and once
/// after it has passed; a deadline moved (a task's extension) is a new deadline and is reminded of again.
/// </summary>
public sealed record Deadline
{
    /// <summary>What the deadline belongs to, stable within its source ("task:…", "report:Q4-2026:…").</summary>
    public required string Key { get; init; }

    /// <summary>The last day on time, Vietnam's calendar.</summary>
    public required DateOnly Due { get; init; }

    /// <summary>What is due, Vietnamese, as the reminder names it ("Báo cáo quý IV/2026 — Sở Khoa học và Công nghệ").</summary>
    public required string What { get; init; }

    /// <summary>The page to act on it, as a path from the site's root ("/son-la/tasks/…").</summary>
    public string? Link { get; init; }

    /// <summary>Seats whose linked accounts are reminded.</summary>
    public IReadOnlyList<string> Seats { get; init; } = [];

    /// <summary>Agencies whose focal points are reminded.</summary>
    public IReadOnlyList<string> Agencies { get; init; } = [];
}

/// <summary>
/// A module's deadlines for the daily reminder round, read for the current province. Implemented by the modules
/// that own deadlines (reports, tasks, consultations); the notifications module runs the round.
/// </summary>
public interface IDeadlineSource
{
    /// <summary>A short name of the kind of deadline ("report", "task", "consultation"), for the notification's kind.</summary>
    string Kind { get; }

    /// <summary>How many days ahead of a deadline its first reminder goes (the source's own setting, or the secretariat's).</summary>
    Task<int> DaysAheadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The deadlines not yet met whose last day is from <paramref name="from"/> to <paramref name="to"/>, in a fixed
    /// number of statements whatever the data.
    /// </summary>
    Task<IReadOnlyList<Deadline>> OpenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
