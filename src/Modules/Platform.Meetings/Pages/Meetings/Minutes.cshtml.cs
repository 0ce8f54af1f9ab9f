using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Forms;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>The minutes of a held meeting, drafted by the standing agency; a conflicting edit is refused, not overwritten.</summary>
internal sealed class MinutesModel(MeetingPageServices services, MeetingCommands commands) : MeetingSectionPage(services)
{
    public override MeetingConcern Concern => MeetingConcern.Minutes;

    [BindProperty, StringLength(TextLimits.Long)] public string? Minutes { get; set; }
    [BindProperty] public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => commands.SaveMinutesAsync(id, Minutes, Version, User, ct), "Đã lưu biên bản.", $"meetings/{id}/minutes", ct);

    protected override void Shown(MeetingDetail detail)
    {
        if (Errors.Count == 0)
        {
            Minutes = detail.Meeting.Minutes;
        }

        // After a conflict the typed minutes stay, to be sent again on purpose over the newer version.
        Version = detail.Meeting.Version;
    }
}
