using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Archive;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Tenancy;
using Platform.Reporting.Model;
using Platform.Reporting.Persistence;
using Platform.Sdk.Reporting;

namespace Platform.Reporting.Services;

/// <summary>
/// Submitted periodic reports in the archive register — every version, the replaced ones too — with the files attached
/// to each, by the day submitted (the standing agencies keep and synthesise the committee's reports: Đắk Lắk, Art. 8.5;
/// Sơn La, Art. 11.1–11.2). Drafts are their authors' and are not listed. One statement per call.
/// </summary>
internal sealed class ReportArchive(ReportingDbContext db, CurrentProvince province) : IArchiveSource, IModuleService
{
    public string Kind => "bao-cao";

    public Message Label => new("Báo cáo định kỳ", "Periodic reports");

    private IQueryable<Submission> Submitted => db.Submissions.AsNoTracking().Where(s => s.Status != SubmissionStatus.Draft && s.SubmittedOn != null);

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        await Submitted.Select(s => s.SubmittedOn!.Value.Year).Distinct().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ArchiveRecord>> ListAsync(int year, CancellationToken cancellationToken)
    {
        var definition = province.Required;
        var code = definition.Code.Value;
        var span = new ArchiveYear(year);
        var rows = await Submitted
            .Where(s => s.SubmittedOn >= span.FirstDay && s.SubmittedOn < span.NextFirstDay)
            .OrderBy(s => s.SubmittedOn).ThenBy(s => s.SubmittedAt).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Id, s.PeriodKind, s.Year, s.Number, s.StageKey, s.SubmitterKind, s.SubmitterKey, s.Edition, s.SubmittedOn, s.SubmittedBy,
                Files = db.Files.Where(f => f.SubmissionId == s.Id).OrderBy(f => f.AddedAt).ThenBy(f => f.Id)
                    .Select(f => new { f.Id, f.FileName, f.Size, f.Sha256, f.AddedBy, f.AddedAt }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(s =>
        {
            var period = new Period(s.PeriodKind, s.Year, s.Number);
            var stage = definition.Reporting.Stages.FirstOrDefault(t => t.Key == s.StageKey)?.Name ?? s.StageKey;
            var who = (s.SubmitterKind == SubmitterKind.Seat
                ? definition.FindSeat(s.SubmitterKey)?.Office
                : definition.Bodies.FirstOrDefault(b => b.Key == s.SubmitterKey)?.Name) ?? s.SubmitterKey;
            return new ArchiveRecord(
                Kind, period.Code + (s.Edition > 1 ? $" (bản {s.Edition})" : ""), s.SubmittedOn!.Value,
                $"{period.Label} — {stage} — {who}", who + (s.SubmittedBy is null ? "" : $" ({s.SubmittedBy})"),
                $"/{code}/reports/write?ky={period.Code}&buoc={Uri.EscapeDataString(s.StageKey)}&ai={Uri.EscapeDataString(s.SubmitterKey)}",
                [.. s.Files.Select(f => new ArchiveFile(f.Id, f.FileName, f.Size, f.Sha256, f.AddedBy, f.AddedAt, $"/{code}/reports/files/{f.Id}"))]);
        })];
    }

    public async IAsyncEnumerable<ArchiveContent> ReadAsync(int year, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var span = new ArchiveYear(year);
        // A version's files share their bytes with the versions before it: each listed file is written, under its own id.
        var contents =
            from f in db.Files.AsNoTracking()
            join s in Submitted on f.SubmissionId equals s.Id
            join c in db.FileContents.AsNoTracking() on f.ContentId equals c.Id
            where s.SubmittedOn >= span.FirstDay && s.SubmittedOn < span.NextFirstDay
            orderby f.Id
            select new ArchiveContent(f.Id, c.Bytes);
        await foreach (var content in contents.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return content;
        }
    }
}
