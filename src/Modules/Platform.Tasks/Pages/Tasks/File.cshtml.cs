using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Tasks.Services;

namespace Platform.Tasks.Pages.Tasks;

/// <summary>Serves an evidence file to readers of the same province only, as an attachment with its stored type.</summary>
internal sealed class FileModel(TaskQueries queries) : PageModel
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
