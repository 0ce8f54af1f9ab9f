using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Security;
using Platform.Meetings.Rules;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>
/// What waits for the signed-in leader: absence requests they approve (as head or chair, by the province's rule),
/// extraordinary meetings proposed to the head, conclusion notices awaiting the chair's approval.
/// </summary>
internal sealed class DecisionsModel(MeetingQueries queries, AbsenceCommands commands, MeetingRulebook rules, IAuthorizationService authorization)
    : MeetingsPage(authorization)
{
    public IReadOnlyList<PendingRequest> Requests { get; private set; } = [];
    public IReadOnlyList<MeetingRow> Proposed { get; private set; } = [];
    public IReadOnlyList<MeetingRow> Notices { get; private set; } = [];
    public MeetingRulebook Rules => rules;

    [BindProperty] public string? Note { get; set; }
    public Guid? NoteFor { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(Guid requestId, bool approve, uint version, CancellationToken ct)
    {
        var outcome = await commands.DecideAsync(requestId, approve, Note, version, User, ct);
        if (outcome.Succeeded)
        {
            return After(approve ? "Đã đồng ý cho vắng mặt." : "Đã không đồng ý cho vắng mặt.", "meetings/decisions");
        }

        var refused = Refusal(outcome);
        if (refused is not null)
        {
            return refused;
        }

        NoteFor = requestId;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var seats = MySeats;
        Requests = await queries.PendingForAsync(seats, ct);
        Proposed = User.HoldsSeat(ProvinceCode, rules.HeadSeatKey) ? await queries.ProposedAsync(ct) : [];
        Notices = await queries.NoticesToApproveAsync(seats, ct);
    }
}
