using System.Security.Claims;
using Platform.Core.Commands;

namespace Platform.Core.Agenda;

/// <summary>
/// A matter proposed for a meeting's agenda by another module (a member's proposal or an obstacle the standing agency
/// put on the agenda), as the meeting's agenda page lists it.
/// </summary>
/// <param name="Id">The proposal, for the action that takes it.</param>
/// <param name="Reference">Its number, e.g. "3/2026".</param>
/// <param name="Subject">What it is about.</param>
/// <param name="Filer">Who raised it.</param>
/// <param name="Link">Its page, as a path from the site's root ("/son-la/kien-nghi/…").</param>
/// <param name="ChosenForThisMeeting">True when put on this very meeting; false when it waits for the next meeting.</param>
/// <param name="TakenByThisMeeting">True once this meeting took it as an agenda item.</param>
public sealed record AgendaProposal(Guid Id, string Reference, string Subject, string Filer, string Link, bool ChosenForThisMeeting, bool TakenByThisMeeting);

/// <summary>
/// Matters waiting for a meeting's agenda, read by the meetings module without knowing who keeps them (the
/// proposals module implements it). The current province only, in a fixed number of statements.
/// </summary>
public interface IAgendaProposalSource
{
    /// <summary>
    /// The matters put on meeting <paramref name="meetingId"/>'s agenda or taken by it and, when
    /// <paramref name="isNextMeeting"/>, those waiting for the next meeting.
    /// </summary>
    Task<IReadOnlyList<AgendaProposal>> ForMeetingAsync(Guid meetingId, bool isNextMeeting, CancellationToken cancellationToken);

    /// <summary>Records that meeting <paramref name="meetingId"/> (<paramref name="meetingTitle"/>) took the matter as an agenda item; the source decides who may.</summary>
    Task<Outcome> TakeAsync(Guid proposalId, Guid meetingId, string meetingTitle, ClaimsPrincipal user, CancellationToken cancellationToken);
}
