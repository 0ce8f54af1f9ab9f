using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Meetings.Rules;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>The printable invitation (giấy mời): what, when, where, who chairs, the agenda and who is invited.</summary>
internal sealed class InvitationModel(MeetingQueries queries, MeetingRulebook rules) : PageModel
{
    public MeetingDetail Detail { get; private set; } = null!;
    public MeetingRulebook Rules => rules;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var detail = await queries.DetailAsync(id, ct);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        return Page();
    }
}
