using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Forms;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>
/// Where the meeting stands: the head decides a proposed meeting (e.g. Sơn La, Art. 12.3); the standing agency records
/// it as held once it has begun, or cancels it with a reason.
/// </summary>
internal sealed class StatusModel(MeetingPageServices services, MeetingCommands commands) : MeetingSectionPage(services)
{
    public override MeetingConcern Concern => MeetingConcern.Status;

    [BindProperty] public string? Note { get; set; }
    [BindProperty, StringLength(TextLimits.Line)] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostDecideAsync(Guid id, bool approve, CancellationToken ct) =>
        RunAsync(id, () => commands.DecideAsync(id, approve, Note, User, ct), approve ? "Đã quyết định họp." : "Đã không đồng ý tổ chức cuộc họp.", $"meetings/{id}", ct);

    public Task<IActionResult> OnPostHeldAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => commands.MarkHeldAsync(id, User, ct), "Đã ghi nhận cuộc họp đã diễn ra.", $"meetings/{id}", ct);

    public Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => commands.CancelAsync(id, Reason, User, ct), "Đã hủy cuộc họp.", $"meetings/{id}", ct);
}
