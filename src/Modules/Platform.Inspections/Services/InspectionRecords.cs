using Microsoft.EntityFrameworkCore;
using Platform.Core.Modules;
using Platform.Inspections.Contracts;
using Platform.Inspections.Persistence;

namespace Platform.Inspections.Services;

/// <summary>The findings of closed missions about one agency, for other modules.</summary>
internal sealed class InspectionRecords(InspectionsDbContext db) : IInspectionRecords, IModuleService
{
    public async Task<IReadOnlyList<InspectionFinding>> FindingsAsync(string agencyKey, int year, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var rows = await (
                from a in db.InspectedAgencies.AsNoTracking()
                join m in db.Missions.AsNoTracking() on a.MissionId equals m.Id
                where a.AgencyKey == agencyKey && a.Findings != null && m.NoticeDate != null && m.NoticeDate >= first && m.NoticeDate <= last
                orderby m.NoticeDate, m.Id
                select new { m.Id, m.Subject, m.NoticeNumber, m.NoticeDate, a.Findings })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new InspectionFinding(r.Id, r.Subject, r.NoticeNumber, r.NoticeDate!.Value, r.Findings!))];
    }
}
