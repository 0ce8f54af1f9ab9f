using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Meetings.Model;
using Platform.Meetings.Rules;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>A member asks to be excused, perhaps sending a substitute; the page states the province's rules first.</summary>
internal sealed class AbsenceModel(MeetingQueries queries, AbsenceCommands commands, MeetingRulebook rules, TimeProvider clock, IAuthorizationService authorization)
    : MeetingsPage(authorization)
{
    [BindProperty]
    public AbsenceForm Form { get; set; } = new();

    public MeetingDetail Detail { get; private set; } = null!;
    public MeetingRulebook Rules => rules;
    public Invitation? Invitation { get; private set; }

    /// <summary>The lateness the request would be flagged with if sent now.</summary>
    public string? LateNow { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? ghe, CancellationToken ct)
    {
        Form.SeatKey = ghe;
        return await LoadAsync(id, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await commands.RequestAsync(id, Form, User, ct);
        if (outcome.Succeeded)
        {
            return After("Đã gửi đề nghị vắng mặt; người có thẩm quyền sẽ quyết định.", $"meetings/{id}");
        }

        return Refusal(outcome) ?? await LoadAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var detail = await queries.DetailAsync(id, ct);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        var mine = detail.Meeting.Invitations.Where(i => i.SeatKey is not null && MySeats.Contains(i.SeatKey)).ToList();
        Invitation = mine.FirstOrDefault(i => i.SeatKey == Form.SeatKey) ?? mine.FirstOrDefault();
        Form.SeatKey = Invitation?.SeatKey;
        LateNow = rules.LateRule(clock.GetUtcNow(), detail.Meeting.StartsAt)?.ToString();
        return null;
    }
}
