using System.Security.Claims;
using Platform.Core.Commands;

namespace Platform.Meetings.Contracts;

/// <summary>
/// What other modules may put among a meeting's documents: a document they generate (e.g. the indices' summary against
/// their targets), for a meeting still to be held, added as the standing agency's upload is (only the standing agency
/// may; audited as every meeting document).
/// </summary>
public interface IMeetingAttachments
{
    /// <summary>The current province's meetings proposed or scheduled, starting from <paramref name="from"/>, soonest first (at most 20); one statement.</summary>
    Task<IReadOnlyList<MeetingHeading>> UpcomingAsync(DateTimeOffset from, CancellationToken cancellationToken);

    /// <summary>
    /// Adds <paramref name="content"/> as a normal (not restricted) document of the meeting. Refused to anyone but the
    /// standing agency, missing for an unknown meeting, broken for a meeting held or cancelled; the outcome carries the
    /// document's id.
    /// </summary>
    Task<Outcome> AttachAsync(Guid meetingId, string fileName, byte[] content, ClaimsPrincipal user, CancellationToken cancellationToken);
}
