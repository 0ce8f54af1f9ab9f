using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Inspections.Services;

namespace Platform.Inspections.Pages.Inspections;

/// <summary>Serves a mission's document to readers of the same province only, as an attachment with its stored type.</summary>
internal sealed class FileModel(InspectionQueries queries) : PageModel
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
