using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Archive;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Tenancy;
using Platform.Proposals.Persistence;

namespace Platform.Proposals.Services;

/// <summary>
/// Proposals and obstacles received by the standing agency in the archive register, by the day filed, with their files
/// (Đắk Lắk, Art. 7.1c–7.3c, 14.4; Sơn La, Art. 9.1c, 10.1–10.2 — the pack states the articles). The register is shown
/// only to the standing agency and the leaders, who read every proposal (<see cref="Viewer.SeesAll"/>), so nothing is
/// held back here. One statement per call.
/// </summary>
internal sealed class ProposalArchive(ProposalsDbContext db, CurrentProvince province) : IArchiveSource, IModuleService
{
    public string Kind => "kien-nghi";

    public Message Label => new("Kiến nghị, vướng mắc", "Proposals and obstacles");

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        await db.Proposals.AsNoTracking().Select(p => p.FiledOn.Year).Distinct().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ArchiveRecord>> ListAsync(int year, CancellationToken cancellationToken)
    {
        var code = province.Required.Code.Value;
        var span = new ArchiveYear(year);
        var rows = await db.Proposals.AsNoTracking()
            .Where(p => p.FiledOn >= span.FirstDay && p.FiledOn < span.NextFirstDay)
            .OrderBy(p => p.FiledOn).ThenBy(p => p.Number)
            .Select(p => new
            {
                p.Id, p.Number, p.Year, p.Subject, p.FiledOn, p.FilerName,
                Files = db.Files.Where(f => f.ProposalId == p.Id).OrderBy(f => f.UploadedAt).ThenBy(f => f.Id)
                    .Select(f => new { f.Id, f.FileName, f.Size, f.Sha256, f.UploadedBy, f.UploadedAt }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(p => new ArchiveRecord(
            Kind, $"{p.Number}/{p.Year}", p.FiledOn, p.Subject, p.FilerName, $"/{code}/kien-nghi/{p.Id}",
            [.. p.Files.Select(f => new ArchiveFile(f.Id, f.FileName, f.Size, f.Sha256, f.UploadedBy, f.UploadedAt, $"/{code}/kien-nghi/{p.Id}/tep/{f.Id}"))]))];
    }

    public async IAsyncEnumerable<ArchiveContent> ReadAsync(int year, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var span = new ArchiveYear(year);
        var contents =
            from f in db.Files.AsNoTracking()
            join p in db.Proposals.AsNoTracking() on f.ProposalId equals p.Id
            join c in db.FileContents.AsNoTracking() on f.Id equals c.Id
            where p.FiledOn >= span.FirstDay && p.FiledOn < span.NextFirstDay
            orderby f.Id
            select new ArchiveContent(f.Id, c.Bytes);
        await foreach (var content in contents.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return content;
        }
    }
}
