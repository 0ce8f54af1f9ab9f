namespace Platform.Meetings.Contracts;

/// <summary>
/// What other modules may read of the current province's meetings: one meeting's heading, so a consultation can say
/// which meeting handed it a question, and the written opinions members sent with their absence (Sơn La, Art. 9.2c–d),
/// so a member's history of opinions holds them beside the consultations they answered.
/// </summary>
public interface IMeetingRecords
{
    /// <summary>The meeting of the current province, or null (unknown, or another province's).</summary>
    Task<MeetingHeading?> MeetingAsync(Guid meetingId, CancellationToken cancellationToken);

    /// <summary>Written opinions sent for meetings by the holders of <paramref name="seatKeys"/>, newest first; one statement.</summary>
    Task<IReadOnlyList<MeetingWrittenOpinion>> WrittenOpinionsAsync(IReadOnlyList<string> seatKeys, CancellationToken cancellationToken);
}

/// <summary>A meeting as another module names it.</summary>
/// <param name="Id">The meeting, for links (<c>/{province}/meetings/{Id}</c>).</param>
/// <param name="Title">Its title.</param>
/// <param name="StartsAt">When it starts.</param>
/// <param name="TakesOpinions">It takes opinions on major issues or draft reports (Sơn La, Art. 9.2c–d).</param>
public sealed record MeetingHeading(Guid Id, string Title, DateTimeOffset StartsAt, bool TakesOpinions);

/// <summary>A member's written opinion sent with a request to be represented at a meeting.</summary>
/// <param name="MeetingId">The meeting.</param>
/// <param name="MeetingTitle">Its title.</param>
/// <param name="MeetingStartsAt">When it started.</param>
/// <param name="SeatKey">The seat whose holder sent it.</param>
/// <param name="HolderName">Who held the seat when it was sent, when known.</param>
/// <param name="Opinion">The opinion.</param>
/// <param name="SentAt">When it was sent.</param>
public sealed record MeetingWrittenOpinion(Guid MeetingId, string MeetingTitle, DateTimeOffset MeetingStartsAt, string SeatKey, string? HolderName, string Opinion, DateTimeOffset SentAt);
