using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Agenda;
using Platform.Core.Commands;
using Platform.Core.Modules;
using Platform.Core.Tenancy;
using Platform.Proposals.Model;
using Platform.Proposals.Persistence;

namespace Platform.Proposals.Services;

/// <summary>
/// The proposals the standing agency put on a meeting's agenda, for the meeting's agenda page: those put on that
/// meeting, and — for the next meeting — those waiting for the next one. One statement.
/// </summary>
internal sealed class ProposalAgenda(ProposalsDbContext db, ProposalCommands commands, CurrentProvince province) : IAgendaProposalSource, IModuleService
{
    public async Task<IReadOnlyList<AgendaProposal>> ForMeetingAsync(Guid meetingId, bool isNextMeeting, CancellationToken cancellationToken)
    {
        var code = province.Required.Code.Value;
        var rows = await db.Proposals.AsNoTracking()
            .Where(p => p.State == ProposalState.OnAgenda && (p.MeetingId == meetingId || (isNextMeeting && p.MeetingId == null)))
            .OrderBy(p => p.FiledAt)
            .Select(p => new { p.Id, p.Number, p.Year, p.Subject, p.FilerName, p.MeetingId, p.TakenByMeeting })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(p => new AgendaProposal(p.Id, $"{p.Number}/{p.Year}", p.Subject, p.FilerName, $"/{code}/kien-nghi/{p.Id}", p.MeetingId == meetingId, p.TakenByMeeting))];
    }

    public Task<Outcome> TakeAsync(Guid proposalId, Guid meetingId, string meetingTitle, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        commands.TakeAsync(proposalId, meetingId, meetingTitle, user, cancellationToken);
}
