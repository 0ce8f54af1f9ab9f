using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Documents;
using Platform.Meetings.Rules;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>
/// The invitation (giấy mời): what, when, where, who chairs, the agenda and who is invited — printable, and as a
/// Decree 30 .docx ready to sign by whoever convenes (Đắk Lắk Art. 4.3; Sơn La Art. 5.3). Whoever reads the meeting
/// reads its invitation; the province's policy on the pages and the meeting's row-level security decide who that is.
/// </summary>
internal sealed class InvitationModel(MeetingQueries queries, MeetingRulebook rules) : PageModel
{
    public MeetingDetail Detail { get; private set; } = null!;
    public MeetingRulebook Rules => rules;

    /// <summary>The invitation as an official document; null when the pack states no heading or the meeting is not decided.</summary>
    public OfficialDocument? Document { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    /// <summary>The invitation as a .docx; the same people as the page may download it, and it says what the page shows.</summary>
    public async Task<IActionResult> OnGetDocxAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing)
        {
            return missing;
        }

        return Document is null
            ? NotFound()
            : File(OfficialDocumentWriter.ToBytes(Document), OfficialDocumentWriter.ContentType, $"giay-moi-{id:N}.docx");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var detail = await queries.DetailAsync(id, ct);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        Document = MeetingDocuments.Invitation(detail, rules);
        return null;
    }
}
