using Microsoft.EntityFrameworkCore;
using Platform.Core.Modules;
using Platform.Core.Notifications;
using Platform.Core.Tenancy;
using Platform.Tasks.Model;
using Platform.Tasks.Persistence;
using Platform.Tasks.Rules;

namespace Platform.Tasks.Services;

/// <summary>
/// Open tasks (neither done nor cancelled) for the daily reminders: their lead agency's focal points are reminded from
/// the "due soon" window the task lists use, on the day, and after the deadline in force (an approved extension moves
/// it) has passed. One statement.
/// </summary>
internal sealed class TaskDeadlines(TasksDbContext db, CurrentProvince province) : IDeadlineSource, IModuleService
{
    public string Kind => "task";

    public Task<int> DaysAheadAsync(CancellationToken cancellationToken) => Task.FromResult(TaskQueries.SoonDays);

    public async Task<IReadOnlyList<Deadline>> OpenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var code = province.Required.Code.Value;
        var open = await db.Tasks.AsNoTracking()
            .Where(TaskStates.Open)
            .Where(t => t.Due >= from && t.Due <= to)
            .OrderBy(t => t.Due).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.Title, t.Due, t.LeadAgencyKey })
            .ToListAsync(cancellationToken);
        return [.. open.Select(t => new Deadline
        {
            Key = $"task:{t.Id}",
            Due = t.Due,
            What = $"Nhiệm vụ: {t.Title}",
            Link = $"/{code}/tasks/{t.Id}",
            Agencies = [t.LeadAgencyKey],
        })];
    }
}
