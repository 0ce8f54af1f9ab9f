using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Archive;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Tenancy;
using Platform.Meetings.Model;
using Platform.Meetings.Persistence;

namespace Platform.Meetings.Services;

/// <summary>
/// Held meetings in the archive register: the minutes (on the meeting's page and in its ZIP) and every document added to
/// the meeting, by the day it was held (the standing agency keeps the committee's records: Đắk Lắk, Art. 8.5; Sơn La,
/// Art. 8.1–8.3). The documents generated from the record (invitation, minutes, notice as .docx) are in each meeting's
/// own ZIP, linked from the meeting's page; the year's ZIP holds what was stored. One statement per call.
/// </summary>
internal sealed class MeetingArchive(MeetingsDbContext db, CurrentProvince province) : IArchiveSource, IModuleService
{
    public string Kind => "cuoc-hop";

    public Message Label => new("Cuộc họp: biên bản và tài liệu", "Meetings: minutes and documents");

    private IQueryable<Meeting> Held => db.Meetings.AsNoTracking().Where(m => m.Status == MeetingStatus.Held);

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken)
    {
        // Vietnam has no daylight saving: seven hours ahead of UTC all year.
        return await Held.Select(m => m.StartsAt.AddHours(7).Year).Distinct().ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ArchiveRecord>> ListAsync(int year, CancellationToken cancellationToken)
    {
        var definition = province.Required;
        var code = definition.Code.Value;
        var span = new ArchiveYear(year);
        var rows = await Held
            .Where(m => m.StartsAt >= span.Start && m.StartsAt < span.End)
            .OrderBy(m => m.StartsAt).ThenBy(m => m.Id)
            .Select(m => new
            {
                m.Id, m.Title, m.StartsAt, m.ChairSeatKey, m.MinutesBy,
                // A secret document has no file: it is listed as its reference (SecretDocumentArchive), not here.
                Files = db.Documents.Where(d => d.MeetingId == m.Id && d.Classification <= DocumentClassification.Restricted)
                    .OrderBy(d => d.UploadedAt).ThenBy(d => d.Id)
                    .Select(d => new { d.Id, d.FileName, d.Size, d.Sha256, d.UploadedBy, d.UploadedAt }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(m => new ArchiveRecord(
            Kind, null, VietnamTime.DayOf(m.StartsAt), m.Title,
            definition.FindSeat(m.ChairSeatKey)?.Office ?? m.ChairSeatKey,
            $"/{code}/meetings/{m.Id}",
            [.. m.Files.Select(d => new ArchiveFile(d.Id, d.FileName, d.Size, d.Sha256, d.UploadedBy, d.UploadedAt, $"/{code}/meetings/{m.Id}/documents/{d.Id}"))]))];
    }

    public async IAsyncEnumerable<ArchiveContent> ReadAsync(int year, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var span = new ArchiveYear(year);
        var contents =
            from d in db.Documents.AsNoTracking()
            join m in Held on d.MeetingId equals m.Id
            join c in db.DocumentContents.AsNoTracking() on d.Id equals c.Id
            where m.StartsAt >= span.Start && m.StartsAt < span.End
            orderby d.Id
            select new ArchiveContent(d.Id, c.Bytes);
        await foreach (var content in contents.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return content;
        }
    }
}

/// <summary>
/// Issued conclusion notices in the archive register, with their number and date (Đắk Lắk, Art. 9.1; Sơn La,
/// Art. 11.1). The notice is generated from the record, so it has no stored file: its page offers the .docx, and the
/// meeting's ZIP holds it. One statement per call.
/// </summary>
internal sealed class NoticeArchive(MeetingsDbContext db, CurrentProvince province) : IArchiveSource, IModuleService
{
    public string Kind => "thong-bao-ket-luan";

    public Message Label => new("Thông báo kết luận", "Conclusion notices");

    private IQueryable<ConclusionNotice> Issued => db.Notices.AsNoTracking().Where(n => n.Status == NoticeStatus.Issued && n.Date != null);

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        await Issued.Select(n => n.Date!.Value.Year).Distinct().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ArchiveRecord>> ListAsync(int year, CancellationToken cancellationToken)
    {
        var code = province.Required.Code.Value;
        var span = new ArchiveYear(year);
        var rows = await Issued
            .Where(n => n.Date >= span.FirstDay && n.Date < span.NextFirstDay)
            .Join(db.Meetings, n => n.MeetingId, m => m.Id, (n, m) => new { n.MeetingId, n.Number, n.Date, n.Signer, m.Title })
            .OrderBy(n => n.Date).ThenBy(n => n.Number).ThenBy(n => n.MeetingId)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(n => new ArchiveRecord(
            Kind, n.Number, n.Date!.Value, $"Thông báo kết luận — {n.Title}", n.Signer, $"/{code}/meetings/{n.MeetingId}/notice", []))];
    }

    public IAsyncEnumerable<ArchiveContent> ReadAsync(int year, CancellationToken cancellationToken) => AsyncEnumerable.Empty<ArchiveContent>();
}

/// <summary>
/// The references of state-secret documents recorded with meetings (never stored: Law No. 29/2018/QH14; Đắk Lắk,
/// Art. 10.4), in the register by the day they were recorded: the reference, the degree and where the paper is kept.
/// They have no file, so the year's ZIP holds only their line in the manifest. One statement per call.
/// </summary>
internal sealed class SecretDocumentArchive(MeetingsDbContext db, CurrentProvince province) : IArchiveSource, IModuleService
{
    public string Kind => "tai-lieu-mat";

    public Message Label => new("Tài liệu mật (chỉ số hiệu, bản giấy lưu ngoài Nền tảng)", "Secret documents (reference only, the paper kept outside the Platform)");

    private IQueryable<MeetingDocument> Secrets => db.Documents.AsNoTracking().Where(d => d.Classification > DocumentClassification.Restricted);

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        await Secrets.Select(d => d.UploadedAt.AddHours(7).Year).Distinct().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ArchiveRecord>> ListAsync(int year, CancellationToken cancellationToken)
    {
        var code = province.Required.Code.Value;
        var span = new ArchiveYear(year);
        var rows = await Secrets
            .Where(d => d.UploadedAt >= span.Start && d.UploadedAt < span.End)
            .Join(db.Meetings, d => d.MeetingId, m => m.Id, (d, m) => new { d.Id, d.MeetingId, d.FileName, d.Classification, d.KeptAt, d.UploadedAt, m.Title })
            .OrderBy(r => r.UploadedAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ArchiveRecord(
            Kind, r.FileName, VietnamTime.DayOf(r.UploadedAt),
            $"{Pages.MeetingLabels.Classification(r.Classification)} — {r.Title}", r.KeptAt, $"/{code}/meetings/{r.MeetingId}/documents", []))];
    }

    public IAsyncEnumerable<ArchiveContent> ReadAsync(int year, CancellationToken cancellationToken) => AsyncEnumerable.Empty<ArchiveContent>();
}
