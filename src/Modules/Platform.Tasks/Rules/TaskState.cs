using System.Linq.Expressions;
using Platform.Tasks.Model;

namespace Platform.Tasks.Rules;

/// <summary>What users see of a task's state. Computed from the data and today's date in Vietnam, never stored.</summary>
internal enum TaskState
{
    NotStarted = 0,
    InProgress = 1,
    DoneOnTime = 2,
    DoneLate = 3,
    Overdue = 4,
    Cancelled = 5,
}

/// <summary>
/// The rules of state, in one place for memory and for SQL:
/// <list type="bullet">
/// <item>cancelled is cancelled;</item>
/// <item>done is on time when completed on or before the deadline in force (the original one, or the last extension
/// approved before completion), late otherwise;</item>
/// <item>not done and past the deadline in force (the day after it, Asia/Ho_Chi_Minh) is overdue;</item>
/// <item>otherwise not started or in progress as the lead agency reported.</item>
/// </list>
/// </summary>
internal static class TaskStates
{
    public static TaskState Of(TaskItem task, DateOnly today) => Of(task.Progress, task.Due, task.CompletedOn, today);

    public static TaskState Of(TaskProgress progress, DateOnly due, DateOnly? completedOn, DateOnly today) => progress switch
    {
        TaskProgress.Cancelled => TaskState.Cancelled,
        TaskProgress.Done => completedOn <= due ? TaskState.DoneOnTime : TaskState.DoneLate,
        _ when due < today => TaskState.Overdue,
        TaskProgress.InProgress => TaskState.InProgress,
        _ => TaskState.NotStarted,
    };

    /// <summary>The same rule as a filter EF Core translates to SQL.</summary>
    public static Expression<Func<TaskItem, bool>> Is(TaskState state, DateOnly today) => state switch
    {
        TaskState.Cancelled => t => t.Progress == TaskProgress.Cancelled,
        TaskState.DoneOnTime => t => t.Progress == TaskProgress.Done && t.CompletedOn <= t.Due,
        TaskState.DoneLate => t => t.Progress == TaskProgress.Done && t.CompletedOn > t.Due,
        TaskState.Overdue => t => (t.Progress == TaskProgress.NotStarted || t.Progress == TaskProgress.InProgress) && t.Due < today,
        TaskState.InProgress => t => t.Progress == TaskProgress.InProgress && t.Due >= today,
        _ => t => t.Progress == TaskProgress.NotStarted && t.Due >= today,
    };

    /// <summary>
    /// Neither done nor cancelled: the tasks whose state moves with the calendar, counted live (the partial index
    /// <c>ix_tasks_open_by_due</c>); closed ones are tallied (<c>TaskTally</c>).
    /// </summary>
    public static readonly Expression<Func<TaskItem, bool>> Open =
        t => t.Progress == TaskProgress.NotStarted || t.Progress == TaskProgress.InProgress;

    /// <summary>Open (neither done nor cancelled) and due from today to <paramref name="until"/>.</summary>
    public static Expression<Func<TaskItem, bool>> DueSoon(DateOnly today, DateOnly until) =>
        t => (t.Progress == TaskProgress.NotStarted || t.Progress == TaskProgress.InProgress) && t.Due >= today && t.Due <= until;
}
