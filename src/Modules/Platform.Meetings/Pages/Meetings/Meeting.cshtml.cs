using Microsoft.AspNetCore.Mvc;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>
/// One meeting at a glance: what, when, who chairs and on whose delegation, its agenda and documents, invitees and
/// their absence requests, the minutes and the conclusion notice — read only, each with a link to the page that
/// changes it: <see cref="StatusModel"/> (the head's decision, held, cancelled), <see cref="AgendaModel"/>,
/// <see cref="DocumentsModel"/>, <see cref="BriefingsModel"/>, <see cref="InviteesModel"/>, <see cref="MinutesModel"/>,
/// and the register (<see cref="AttendanceModel"/>) and conclusion notice (<see cref="NoticeModel"/>).
/// </summary>
internal sealed class MeetingModel(MeetingPageServices services) : MeetingSectionPage(services)
{
    public override MeetingConcern Concern => MeetingConcern.Overview;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct) ?? Page();
}
