using Microsoft.EntityFrameworkCore;
using Platform.Core.Modules;
using Platform.Tasks.Contracts;
using Platform.Tasks.Model;
using Platform.Tasks.Persistence;

namespace Platform.Tasks.Services;

/// <summary>The tasks' on-time record for other modules, counted as the dashboard counts it (<see cref="TaskQueries.OnTimeAsync"/>).</summary>
internal sealed class TaskRecords(TasksDbContext db) : ITaskRecords, IModuleService
{
    public async Task<IReadOnlyList<AgencyOnTime>> OnTimeAsync(IReadOnlyCollection<string> agencyKeys, int year, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agencyKeys);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var keys = agencyKeys.Distinct(StringComparer.Ordinal).ToList();
        var counted = await db.Tasks.AsNoTracking()
            .Where(t => keys.Contains(t.LeadAgencyKey) && t.Due >= from && t.Due <= to
                && t.Progress != TaskProgress.Cancelled && (t.Progress == TaskProgress.Done || t.Due < today))
            .GroupBy(t => t.LeadAgencyKey)
            .Select(g => new
            {
                Agency = g.Key,
                Counted = g.Count(),
                OnTime = g.Count(t => t.Progress == TaskProgress.Done && t.CompletedOn <= t.Due),
                Late = g.Count(t => t.Progress == TaskProgress.Done && t.CompletedOn > t.Due),
            })
            .ToListAsync(cancellationToken);
        return
        [
            .. keys.Select(k => counted.FirstOrDefault(c => c.Agency == k) is { } c
                ? new AgencyOnTime(k, year, c.Counted, c.OnTime, c.Late, c.Counted - c.OnTime - c.Late)
                : new AgencyOnTime(k, year, 0, 0, 0, 0)),
        ];
    }

    public async Task<IReadOnlyList<IndexAimedTask>> AimedAtIndexAsync(string indexKey, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await db.Tasks.AsNoTracking()
            .Where(t => t.AimIndexKey == indexKey && t.Progress != TaskProgress.Cancelled)
            .Select(t => new { t.Id, t.Title, t.AimPillar, t.LeadAgencyKey, t.Due, t.Progress, t.CompletedOn })
            .ToListAsync(cancellationToken);
        return
        [
            .. rows.Select(t => new IndexAimedTask(t.Id, t.Title, t.AimPillar, t.LeadAgencyKey, t.Due,
                t.Progress == TaskProgress.Done ? AimedTaskState.Done : t.Due < today ? AimedTaskState.Overdue : AimedTaskState.Open, t.CompletedOn))
                .OrderBy(t => t.State == AimedTaskState.Done).ThenBy(t => t.State == AimedTaskState.Done ? -t.Due.DayNumber : t.Due.DayNumber).ThenBy(t => t.Id),
        ];
    }

    public async Task<IReadOnlyList<IndexAimCount>> AimCountsAsync(DateOnly today, CancellationToken cancellationToken) =>
        await db.Tasks.AsNoTracking()
            .Where(t => t.AimIndexKey != null && t.Progress != TaskProgress.Cancelled)
            .GroupBy(t => t.AimIndexKey!)
            .Select(g => new IndexAimCount(
                g.Key,
                g.Count(t => t.Progress != TaskProgress.Done && t.Due >= today),
                g.Count(t => t.Progress != TaskProgress.Done && t.Due < today),
                g.Count(t => t.Progress == TaskProgress.Done)))
            .ToListAsync(cancellationToken);
}
