using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>
/// Serves a meeting document to a reader of the same province only (the page convention and the province filter both
/// apply); as an attachment, with its stored type, never rendered inline. A restricted document only to the standing
/// agency and the leaders; a secret one has no file to serve.
/// </summary>
internal sealed class DocumentModel(DocumentStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid documentId, CancellationToken ct)
    {
        var found = await store.ReadAsync(id, documentId, User, ct);
        if (found is not { } file)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(file.Bytes, file.Document.ContentType, file.Document.FileName);
    }
}
