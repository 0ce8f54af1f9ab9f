using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Forms;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>The meeting's agenda: the standing agency adds items and takes them off until the meeting is held or cancelled.</summary>
internal sealed class AgendaModel(MeetingPageServices services, MeetingCommands commands) : MeetingSectionPage(services)
{
    public override MeetingConcern Concern => MeetingConcern.Agenda;

    [BindProperty, StringLength(TextLimits.Line)] public string? ItemTitle { get; set; }
    [BindProperty, StringLength(TextLimits.Name)] public string? ItemPresenter { get; set; }
    [BindProperty] public string? ItemMinutes { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => commands.AddAgendaItemAsync(id, ItemTitle, ItemPresenter, ItemMinutes, User, ct), "Đã thêm mục vào chương trình.", $"meetings/{id}/agenda", ct);

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid itemId, CancellationToken ct) =>
        RunAsync(id, () => commands.RemoveAgendaItemAsync(id, itemId, User, ct), "Đã bỏ mục khỏi chương trình.", $"meetings/{id}/agenda", ct);
}
