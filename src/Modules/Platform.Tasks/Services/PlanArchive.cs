using Microsoft.EntityFrameworkCore;
using Platform.Core.Archive;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Tenancy;
using Platform.Tasks.Model;
using Platform.Tasks.Persistence;

namespace Platform.Tasks.Services;

/// <summary>
/// Issued annual work programmes and plans in the archive register, by the year they plan, with their decision's number
/// and date. The plan is written on the platform: no stored file. A task's evidence files are the agencies' working
/// papers, not records the committee issued or received, and stay on the task's page. One statement per call.
/// </summary>
internal sealed class PlanArchive(TasksDbContext db, CurrentProvince province) : IArchiveSource, IModuleService
{
    public string Kind => "ke-hoach-cong-tac";

    public Message Label => new("Chương trình, kế hoạch công tác năm", "Annual work plans");

    private IQueryable<WorkPlan> Issued => db.Plans.AsNoTracking().Where(p => p.Status == PlanStatus.Issued);

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        await Issued.Select(p => p.Year).Distinct().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ArchiveRecord>> ListAsync(int year, CancellationToken cancellationToken)
    {
        var code = province.Required.Code.Value;
        var rows = await Issued.Where(p => p.Year == year).OrderBy(p => p.IssuedAt)
            .Select(p => new { p.Year, p.Title, p.DecisionNumber, p.DecisionDate, p.IssuedAt, p.IssuedBy }).ToListAsync(cancellationToken);
        return [.. rows.Select(p => new ArchiveRecord(
            Kind, p.DecisionNumber, p.DecisionDate ?? (p.IssuedAt is { } at ? VietnamTime.DayOf(at) : new DateOnly(p.Year, 1, 1)), p.Title, p.IssuedBy,
            $"/{code}/tasks/plans/{p.Year}", []))];
    }

    public IAsyncEnumerable<ArchiveContent> ReadAsync(int year, CancellationToken cancellationToken) => AsyncEnumerable.Empty<ArchiveContent>();
}
