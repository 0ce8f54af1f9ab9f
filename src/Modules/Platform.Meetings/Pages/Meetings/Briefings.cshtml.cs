using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Files;
using Platform.Core.Forms;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>
/// Material for the head's speech, where the regulation asks for it (e.g. Đắk Lắk, Art. 13.2): an invited member sends
/// it until the meeting is held; the preparing agency, the head and the standing agency read every send.
/// </summary>
internal sealed class BriefingsModel(MeetingPageServices services, BriefingDesk briefings) : MeetingSectionPage(services)
{
    public override MeetingConcern Concern => MeetingConcern.Briefings;

    [BindProperty, StringLength(TextLimits.Long)] public string? BriefingText { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, string? seat, IFormFile? briefingFile, CancellationToken ct)
    {
        var upload = Upload.From(briefingFile is null ? [] : [briefingFile]);
        try
        {
            return await RunAsync(id, () => briefings.SendAsync(id, seat, BriefingText, upload.SingleOrDefault(), User, ct), "Đã gửi thông tin, tài liệu phục vụ Trưởng Ban.", $"meetings/{id}/briefings", ct);
        }
        finally
        {
            await Uploads.DisposeAllAsync(upload);
        }
    }
}
