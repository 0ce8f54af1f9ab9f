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
}
