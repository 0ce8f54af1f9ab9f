using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Forms;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>
/// Who is invited, their absence requests and attendance; the chair (or the head, where the regulation says so)
/// invites people who are not members.
/// </summary>
internal sealed class InviteesModel(MeetingPageServices services, MeetingCommands commands) : MeetingSectionPage(services)
{
    public override MeetingConcern Concern => MeetingConcern.Invitees;

    [BindProperty, StringLength(TextLimits.Name)] public string? GuestName { get; set; }
    [BindProperty, StringLength(TextLimits.Line)] public string? GuestOrganisation { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => commands.InviteGuestAsync(id, GuestName, GuestOrganisation, User, ct), "Đã mời đại biểu.", $"meetings/{id}/invitees", ct);
}
