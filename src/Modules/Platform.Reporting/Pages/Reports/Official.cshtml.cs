using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Documents;
using Platform.Core.Reporting;
using Platform.Core.Tenancy;
using Platform.Reporting.Model;
using Platform.Reporting.Services;

namespace Platform.Reporting.Pages.Reports;

/// <summary>
/// One version of a report as an administrative document in the Decree 30/2020/NĐ-CP format: printable, and as a .docx
/// ready to sign (<see cref="ReportOfficialDocument"/>). Read as the report's download is: a submitted version by every
/// reader of the province, a draft only by whoever may write it.
/// </summary>
internal sealed class OfficialModel(ReportBook book, ReportCommands commands, CurrentProvince province) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ky")] public string? Code { get; set; }
    [BindProperty(SupportsGet = true, Name = "buoc")] public string? StageKey { get; set; }
    [BindProperty(SupportsGet = true, Name = "ai")] public string? SubmitterKey { get; set; }
    [BindProperty(SupportsGet = true, Name = "ban")] public int Edition { get; set; }

    public Obligation Obligation { get; private set; } = null!;
    public Submission Report { get; private set; } = null!;
    public OfficialDocument Document { get; private set; } = null!;
    public CurrentProvince Province => province;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    /// <summary>The version as a .docx; the same people as the page may download it, and it says what the page shows.</summary>
    public async Task<IActionResult> OnGetDocxAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        Response.Headers.CacheControl = "private, no-store";
        var o = Obligation;
        return File(OfficialDocumentWriter.ToBytes(Document), OfficialDocumentWriter.ContentType,
            $"bao-cao-{o.Period.Code}-{o.Stage.Key}-{o.Submitter.Key}-ban-{Report.Edition}{(Report.Status == SubmissionStatus.Draft ? "-du-thao" : "")}.docx");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await book.FindAsync(Code, StageKey, SubmitterKey, ct) is not { } obligation)
        {
            return NotFound();
        }

        var versions = await book.VersionsAsync(obligation.Period, obligation.Stage.Key, obligation.Submitter.Key, ct);
        if (versions.FirstOrDefault(v => v.Edition == Edition) is not { } report
            || (report.Status == SubmissionStatus.Draft && !await commands.MayWriteAsync(User, obligation.Submitter))
            || ReportOfficialDocument.Of(province.Required, obligation, report) is not { } document)
        {
            return NotFound();
        }

        (Obligation, Report, Document) = (obligation, report, document);
        return null;
    }
}
