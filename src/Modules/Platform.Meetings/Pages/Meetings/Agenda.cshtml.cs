using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Agenda;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Forms;
using Platform.Core.Localization;
using Platform.Meetings.Model;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>
/// The meeting's agenda: the standing agency adds items and takes them off until the meeting is held or cancelled. The
/// matters other modules proposed for it (<see cref="IAgendaProposalSource"/>: proposals and obstacles put on this
/// meeting, or on the next one when this is the next meeting) are listed, and the standing agency takes them as items.
/// </summary>
internal sealed class AgendaModel(MeetingPageServices services, MeetingCommands commands, MeetingQueries queries, IEnumerable<IAgendaProposalSource> sources) : MeetingSectionPage(services)
{
    public override MeetingConcern Concern => MeetingConcern.Agenda;

    [BindProperty, StringLength(TextLimits.Line)] public string? ItemTitle { get; set; }
    [BindProperty, StringLength(TextLimits.Name)] public string? ItemPresenter { get; set; }
    [BindProperty] public string? ItemMinutes { get; set; }

    /// <summary>Matters proposed for this meeting's agenda ("Đề xuất đưa vào chương trình họp").</summary>
    public IReadOnlyList<AgendaProposal> Proposed { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct) ?? await WithProposedAsync(ct) ?? Page();

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => commands.AddAgendaItemAsync(id, ItemTitle, ItemPresenter, ItemMinutes, User, ct), "Đã thêm mục vào chương trình.", $"meetings/{id}/agenda", ct);

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid itemId, CancellationToken ct) =>
        RunAsync(id, () => commands.RemoveAgendaItemAsync(id, itemId, User, ct), "Đã bỏ mục khỏi chương trình.", $"meetings/{id}/agenda", ct);

    /// <summary>
    /// The standing agency takes a proposed matter as an agenda item: the item is added, then the matter records the
    /// meeting that took it. A matter not proposed for this meeting is refused before anything is saved.
    /// </summary>
    public async Task<IActionResult> OnPostTakeAsync(Guid id, Guid proposalId, CancellationToken ct)
    {
        if (await ShowAsync(id, ct) is { } missing)
        {
            return missing;
        }

        await WithProposedAsync(ct);
        var matter = Proposed.FirstOrDefault(p => p.Id == proposalId && !p.TakenByThisMeeting);
        var source = sources.FirstOrDefault();
        if (matter is null || source is null)
        {
            return await RunAsync(id, () => Task.FromResult(Outcome.Broken(new("Đề xuất này không chờ đưa vào chương trình cuộc họp này.", "This matter is not waiting for this meeting's agenda."))), "", "", ct);
        }

        var title = $"Kiến nghị số {matter.Reference}: {matter.Subject}";
        title = title.Length > TextLimits.Line ? title[..TextLimits.Line] : title;
        var presenter = matter.Filer.Length > TextLimits.Name ? matter.Filer[..TextLimits.Name] : matter.Filer;
        return await RunAsync(id, async () =>
        {
            var added = await commands.AddAgendaItemAsync(id, title, presenter, "15", User, ct);
            return added.Succeeded ? await source.TakeAsync(proposalId, id, Meeting.Title, User, ct) : added;
        }, "Đã đưa đề xuất vào chương trình họp.", $"meetings/{id}/agenda", ct);
    }

    /// <summary>
    /// Reads the proposed matters: those put on this meeting and, when this is the next meeting not yet held or
    /// cancelled (no other one starts before it), those waiting for the next meeting.
    /// </summary>
    private async Task<IActionResult?> WithProposedAsync(CancellationToken ct)
    {
        var now = Now;
        var isNext = false;
        if (!Closed && Meeting.StartsAt >= now)
        {
            var upcoming = await queries.BetweenAsync(VietnamTime.DayOf(now), VietnamTime.DayOf(Meeting.StartsAt), ct);
            isNext = !upcoming.Any(m => m.Id != Meeting.Id && m.Status is MeetingStatus.Proposed or MeetingStatus.Scheduled && m.StartsAt >= now && m.StartsAt < Meeting.StartsAt);
        }

        var proposed = new List<AgendaProposal>();
        foreach (var source in sources)
        {
            proposed.AddRange(await source.ForMeetingAsync(Meeting.Id, isNext, ct));
        }

        Proposed = proposed;
        return null;
    }
}
