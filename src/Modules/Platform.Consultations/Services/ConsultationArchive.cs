using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Archive;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Tenancy;
using Platform.Consultations.Model;
using Platform.Consultations.Persistence;

namespace Platform.Consultations.Services;

/// <summary>
/// Written consultations of the members in the archive register, by their number and year, once sent (drafts are the
/// standing agency's), with the request's documents and the files members sent with their answers (Đắk Lắk, Art. 6;
/// Sơn La, Art. 7 — the pack states the articles on the consultation's pages). One statement per call.
/// </summary>
internal sealed class ConsultationArchive(ConsultationsDbContext db, CurrentProvince province) : IArchiveSource, IModuleService
{
    public string Kind => "lay-y-kien";

    public Message Label => new("Lấy ý kiến thành viên bằng văn bản", "Written consultations of the members");

    private IQueryable<Consultation> Sent => db.Consultations.AsNoTracking().Where(c => c.State != ConsultationState.Draft);

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        await Sent.Select(c => c.Year).Distinct().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ArchiveRecord>> ListAsync(int year, CancellationToken cancellationToken)
    {
        var code = province.Required.Code.Value;
        var rows = await Sent
            .Where(c => c.Year == year)
            .OrderBy(c => c.Number)
            .Select(c => new
            {
                c.Id, c.Number, c.Year, c.Subject, c.ApprovedAt, c.DraftedAt, c.ApprovedBy,
                Files = db.Files.Where(f => f.ConsultationId == c.Id).OrderBy(f => f.UploadedAt).ThenBy(f => f.Id)
                    .Select(f => new { f.Id, f.FileName, f.Size, f.Sha256, f.UploadedBy, f.UploadedAt }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(c => new ArchiveRecord(
            Kind, $"{c.Number}/{c.Year}", Platform.Core.Dates.VietnamTime.DayOf(c.ApprovedAt ?? c.DraftedAt), c.Subject, c.ApprovedBy, $"/{code}/y-kien/{c.Id}",
            [.. c.Files.Select(f => new ArchiveFile(f.Id, f.FileName, f.Size, f.Sha256, f.UploadedBy, f.UploadedAt, $"/{code}/y-kien/{c.Id}/tep/{f.Id}"))]))];
    }

    public async IAsyncEnumerable<ArchiveContent> ReadAsync(int year, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var contents =
            from f in db.Files.AsNoTracking()
            join c in Sent on f.ConsultationId equals c.Id
            join b in db.FileContents.AsNoTracking() on f.Id equals b.Id
            where c.Year == year
            orderby f.Id
            select new ArchiveContent(f.Id, b.Bytes);
        await foreach (var content in contents.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return content;
        }
    }
}
