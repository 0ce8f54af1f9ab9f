using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Documents;
using Platform.Core.Forms;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>
/// The minutes of a held meeting, drafted by the standing agency; a conflicting edit is refused, not overwritten. With
/// the attendance register they print, and download as a Decree 30 .docx, for whoever reads the meeting.
/// </summary>
internal sealed class MinutesModel(MeetingPageServices services, MeetingCommands commands) : MeetingSectionPage(services)
{
    public override MeetingConcern Concern => MeetingConcern.Minutes;

    [BindProperty, StringLength(TextLimits.Long)] public string? Minutes { get; set; }
    [BindProperty] public uint Version { get; set; }

    /// <summary>The minutes with the attendance register as an official document; null before the meeting is held.</summary>
    public OfficialDocument? Document { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct) ?? Page();

    /// <summary>The minutes as a .docx; the same people as the page may download it, and it says what the page shows.</summary>
    public async Task<IActionResult> OnGetDocxAsync(Guid id, CancellationToken ct)
    {
        if (await ShowAsync(id, ct) is { } missing)
        {
            return missing;
        }

        return Document is null
            ? NotFound()
            : File(OfficialDocumentWriter.ToBytes(Document), OfficialDocumentWriter.ContentType, $"bien-ban-{id:N}.docx");
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => commands.SaveMinutesAsync(id, Minutes, Version, User, ct), "Đã lưu biên bản.", $"meetings/{id}/minutes", ct);

    protected override void Shown(MeetingDetail detail)
    {
        Document = MeetingDocuments.Minutes(detail, Rules);
        if (Errors.Count == 0)
        {
            Minutes = detail.Meeting.Minutes;
        }

        // After a conflict the typed minutes stay, to be sent again on purpose over the newer version.
        Version = detail.Meeting.Version;
    }
}
