using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>
/// Serves the file a member sent for the head's speech (e.g. Đắk Lắk, Art. 13.2) to whoever reads that send: the
/// preparing agency, the head, the standing agency, and the member who sent it. As an attachment, with its stored type.
/// </summary>
internal sealed class BriefingFileModel(BriefingDesk briefings, IAuthorizationService authorization) : MeetingsPage(authorization)
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid fileId, CancellationToken ct)
    {
        if (await briefings.FileAsync(id, fileId, User, ct) is not { } file)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        return File(file.Bytes, file.ContentType, file.FileName);
    }
}
