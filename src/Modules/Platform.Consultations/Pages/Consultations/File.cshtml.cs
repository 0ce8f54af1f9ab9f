using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Consultations.Services;

namespace Platform.Consultations.Pages.Consultations;

/// <summary>
/// Serves a consultation's file (a document of the request, or one sent with an answer) to readers of the same province
/// only — the committee is not anonymous, and its members read each other's opinions — as an attachment with its stored type.
/// </summary>
internal sealed class FileModel(ConsultationQueries queries) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid fileId, CancellationToken ct)
    {
        if (await queries.FileAsync(id, fileId, ct) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(file.Bytes, file.File.ContentType, file.File.FileName);
    }
}
