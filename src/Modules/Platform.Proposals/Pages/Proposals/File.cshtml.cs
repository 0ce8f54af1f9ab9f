using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Proposals.Services;

namespace Platform.Proposals.Pages.Proposals;

/// <summary>Serves a proposal's file to those who may read the proposal, as an attachment with its stored type.</summary>
internal sealed class FileModel(ProposalQueries queries, ProposalAccess access) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid fileId, CancellationToken ct)
    {
        if (await queries.FileAsync(id, fileId, await access.ViewerAsync(User, ct), ct) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(file.Bytes, file.File.ContentType, file.File.FileName);
    }
}
