using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Archive;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Tenancy;
using Platform.Inspections.Model;
using Platform.Inspections.Persistence;

namespace Platform.Inspections.Services;

/// <summary>
/// Issued annual inspection plans in the archive register, by the year they plan, with their document number (the pack
/// states the article on the inspections pages). The plan is written on the platform: no stored file. One statement per call.
/// </summary>
internal sealed class InspectionPlanArchive(InspectionsDbContext db, CurrentProvince province) : IArchiveSource, IModuleService
{
    public string Kind => "ke-hoach-kiem-tra";

    public Message Label => new("Kế hoạch kiểm tra", "Inspection plans");

    private IQueryable<InspectionPlan> Issued => db.Plans.AsNoTracking().Where(p => p.IssuedAt != null);

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        await Issued.Select(p => p.Year).Distinct().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ArchiveRecord>> ListAsync(int year, CancellationToken cancellationToken)
    {
        var code = province.Required.Code.Value;
        var rows = await Issued.Where(p => p.Year == year).OrderBy(p => p.IssuedAt)
            .Select(p => new { p.Year, p.DocumentNumber, p.DocumentDate, p.IssuedAt, p.IssuedBy }).ToListAsync(cancellationToken);
        return [.. rows.Select(p => new ArchiveRecord(
            Kind, p.DocumentNumber, p.DocumentDate ?? VietnamTime.DayOf(p.IssuedAt!.Value), $"Kế hoạch kiểm tra năm {p.Year}", p.IssuedBy,
            $"/{code}/kiem-tra", []))];
    }

    public IAsyncEnumerable<ArchiveContent> ReadAsync(int year, CancellationToken cancellationToken) => AsyncEnumerable.Empty<ArchiveContent>();
}

/// <summary>
/// Inspection missions in the archive register: the decision setting up each mission (number, date, signer) with the
/// files kept on the mission, by the decision's day (the mission's first day while no decision is entered). Missions
/// of a plan not yet issued are drafts and not listed. One statement per call.
/// </summary>
internal sealed class MissionArchive(InspectionsDbContext db, CurrentProvince province) : IArchiveSource, IModuleService
{
    public string Kind => "quyet-dinh-kiem-tra";

    public Message Label => new("Quyết định thành lập đoàn kiểm tra", "Decisions setting up inspection missions");

    private IQueryable<Mission> Effective => db.Missions.AsNoTracking()
        .Where(m => m.PlanId == null || db.Plans.Any(p => p.Id == m.PlanId && p.IssuedAt != null));

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        await Effective.Select(m => (m.DecisionDate ?? m.From).Year).Distinct().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ArchiveRecord>> ListAsync(int year, CancellationToken cancellationToken)
    {
        var code = province.Required.Code.Value;
        var span = new ArchiveYear(year);
        var rows = await Effective
            .Where(m => (m.DecisionDate ?? m.From) >= span.FirstDay && (m.DecisionDate ?? m.From) < span.NextFirstDay)
            .OrderBy(m => m.DecisionDate ?? m.From).ThenBy(m => m.Id)
            .Select(m => new
            {
                m.Id, m.Subject, m.DecisionNumber, m.DecisionDate, m.From, m.DecisionSigner, m.LeadOffice,
                Files = db.Files.Where(f => f.MissionId == m.Id).OrderBy(f => f.UploadedAt).ThenBy(f => f.Id)
                    .Select(f => new { f.Id, f.FileName, f.Size, f.Sha256, f.UploadedBy, f.UploadedAt }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(m => new ArchiveRecord(
            Kind, m.DecisionNumber, m.DecisionDate ?? m.From, $"Đoàn kiểm tra: {m.Subject}", m.DecisionSigner ?? m.LeadOffice, $"/{code}/kiem-tra/doan/{m.Id}",
            [.. m.Files.Select(f => new ArchiveFile(f.Id, f.FileName, f.Size, f.Sha256, f.UploadedBy, f.UploadedAt, $"/{code}/kiem-tra/doan/{m.Id}/tep/{f.Id}"))]))];
    }

    public async IAsyncEnumerable<ArchiveContent> ReadAsync(int year, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var span = new ArchiveYear(year);
        var contents =
            from f in db.Files.AsNoTracking()
            join m in Effective on f.MissionId equals m.Id
            join c in db.FileContents.AsNoTracking() on f.Id equals c.Id
            where (m.DecisionDate ?? m.From) >= span.FirstDay && (m.DecisionDate ?? m.From) < span.NextFirstDay
            orderby f.Id
            select new ArchiveContent(f.Id, c.Bytes);
        await foreach (var content in contents.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return content;
        }
    }
}

/// <summary>
/// Closing notices of inspection missions in the archive register, with their number and date, once issued. The notice
/// is generated from the record (its page offers the .docx): no stored file. One statement per call.
/// </summary>
internal sealed class InspectionNoticeArchive(InspectionsDbContext db, CurrentProvince province) : IArchiveSource, IModuleService
{
    public string Kind => "thong-bao-ket-luan-kiem-tra";

    public Message Label => new("Thông báo kết luận kiểm tra", "Inspection closing notices");

    private IQueryable<Mission> Closed => db.Missions.AsNoTracking().Where(m => m.NoticeIssuedAt != null);

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        await Closed.Select(m => m.NoticeDate != null ? m.NoticeDate.Value.Year : m.NoticeIssuedAt!.Value.AddHours(7).Year).Distinct().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ArchiveRecord>> ListAsync(int year, CancellationToken cancellationToken)
    {
        var code = province.Required.Code.Value;
        var span = new ArchiveYear(year);
        var rows = await Closed
            .Where(m => m.NoticeDate != null
                ? m.NoticeDate >= span.FirstDay && m.NoticeDate < span.NextFirstDay
                : m.NoticeIssuedAt >= span.Start && m.NoticeIssuedAt < span.End)
            .OrderBy(m => m.NoticeIssuedAt).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.Subject, m.NoticeNumber, m.NoticeDate, m.NoticeIssuedAt, m.NoticeIssuedBy })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(m => new ArchiveRecord(
            Kind, m.NoticeNumber, m.NoticeDate ?? VietnamTime.DayOf(m.NoticeIssuedAt!.Value), $"Thông báo kết luận kiểm tra: {m.Subject}", m.NoticeIssuedBy,
            $"/{code}/kiem-tra/doan/{m.Id}", []))];
    }

    public IAsyncEnumerable<ArchiveContent> ReadAsync(int year, CancellationToken cancellationToken) => AsyncEnumerable.Empty<ArchiveContent>();
}
