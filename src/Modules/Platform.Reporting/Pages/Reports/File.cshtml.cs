using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Reporting.Model;
using Platform.Reporting.Services;
using Platform.Sdk.Reporting;

namespace Platform.Reporting.Pages.Reports;

/// <summary>
/// Serves a file attached to a report, as an attachment with its stored type: a submitted version's files to readers
/// of the province (the recipients see them at once), a draft's only to whoever writes it.
/// </summary>
internal sealed class FileModel(ReportBook book, ReportCommands commands) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await book.FileAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        if (found.Version.Status == SubmissionStatus.Draft && !await commands.MayWriteAsync(User, new Submitter(found.Version.SubmitterKind, found.Version.SubmitterKey)))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(found.Bytes, found.File.ContentType, found.File.FileName);
    }
}
