using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using Platform.Core.Dates;
using Platform.Core.Reporting;
using Platform.Core.Tenancy;
using Platform.Reporting.Model;
using Platform.Reporting.Services;

namespace Platform.Reporting.Pages.Reports;

/// <summary>
/// One version of a report as a file to keep, forward or open in a word processor: a self-contained HTML document
/// (its style inside, nothing fetched), with the obligation it answers — deadline, the article behind it, on time or
/// late — its sections, its summary, the names of its attached files and, for a compiled report, what it gathered.
/// A submitted version is for every reader of the province; a draft only for whoever writes it, marked as a draft.
/// </summary>
internal sealed class DownloadModel(ReportBook book, ReportCommands commands, CurrentProvince province, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ky")] public string? Code { get; set; }
    [BindProperty(SupportsGet = true, Name = "buoc")] public string? StageKey { get; set; }
    [BindProperty(SupportsGet = true, Name = "ai")] public string? SubmitterKey { get; set; }
    [BindProperty(SupportsGet = true, Name = "ban")] public int Edition { get; set; }

    public Obligation Obligation { get; private set; } = null!;
    public Submission Report { get; private set; } = null!;
    public ObligationState State { get; private set; }
    public IReadOnlyList<ReportFile> Files { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    public CurrentProvince Province => province;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await book.FindAsync(Code, StageKey, SubmitterKey, ct) is not { } obligation)
        {
            return NotFound();
        }

        var period = obligation.Period;
        var versions = await book.VersionsAsync(period, obligation.Stage.Key, obligation.Submitter.Key, ct);
        if (versions.FirstOrDefault(v => v.Edition == Edition) is not { } report
            || (report.Status == SubmissionStatus.Draft && !await commands.MayWriteAsync(User, obligation.Submitter)))
        {
            return NotFound();
        }

        Now = clock.GetUtcNow();
        (Obligation, Report) = (obligation, report);
        State = ReportBook.StateOf(obligation, versions, VietnamTime.Today(clock));
        Files = [.. (await book.FilesAsync([report.Id], ct))[report.Id]];

        var name = $"bao-cao-{period.Code}-{obligation.Stage.Key}-{obligation.Submitter.Key}-ban-{report.Edition}{(report.Status == SubmissionStatus.Draft ? "-du-thao" : "")}.html";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = name }.ToString();
        Response.Headers.CacheControl = "private, no-store";
        return Page();
    }
}
