using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Pages;
using Platform.Indices.Services;
using Platform.Meetings.Contracts;

namespace Platform.Indices.Pages.Indices;

/// <summary>
/// The standing agency attaches the indices' summary (each index's latest result against its target) to a meeting still
/// to be held; the form also sits on the indices' overview. Anyone else is refused.
/// </summary>
internal sealed class SendSummaryModel(IndexMeetingSummary summary) : CommandPage
{
    /// <summary>The meeting chosen.</summary>
    [BindProperty(Name = "MeetingId")] public Guid? MeetingId { get; set; }

    /// <summary>The meeting the summary was just attached to, after the redirect.</summary>
    [BindProperty(SupportsGet = true, Name = "cuoc-hop")] public Guid? AttachedTo { get; set; }

    public IReadOnlyList<MeetingHeading> Meetings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await summary.MayAttachAsync(User))
        {
            return Forbid();
        }

        Meetings = await summary.MeetingsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (MeetingId is not { } meeting)
        {
            Errors = new Dictionary<string, Core.Localization.Message> { ["MeetingId"] = new("Hãy chọn cuộc họp.", "Choose the meeting.") };
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else
        {
            var outcome = await summary.AttachAsync(meeting, User, ct);
            if (outcome.Succeeded)
            {
                return After("Đã đính kèm bản tổng hợp chỉ số vào tài liệu cuộc họp.", $"chi-so/gui-cuoc-hop?cuoc-hop={meeting}");
            }

            if (Refusal(outcome) is { } missing)
            {
                return missing;
            }
        }

        if (await summary.MayAttachAsync(User))
        {
            Meetings = await summary.MeetingsAsync(ct);
        }

        return Page();
    }
}

/// <summary>The summary form as drawn: the province, the meetings offered, the error and the meeting chosen.</summary>
internal sealed record SendSummaryView(string Province, IReadOnlyList<MeetingHeading> Meetings, string? Error, Guid? Chosen);
