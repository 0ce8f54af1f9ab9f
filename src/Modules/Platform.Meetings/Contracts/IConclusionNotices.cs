namespace Platform.Meetings.Contracts;

/// <summary>
/// What other modules may read of the meetings: issued conclusion notices and their numbered items, so that each item
/// can be followed as a task. Drafts are never visible through it.
/// </summary>
public interface IConclusionNotices
{
    /// <summary>The issued notices of the current province, newest first, with their items.</summary>
    Task<IReadOnlyList<IssuedNotice>> IssuedAsync(CancellationToken cancellationToken);

    /// <summary>One item of an issued notice of the current province, or null (unknown, or its notice is not issued).</summary>
    Task<IssuedItem?> ItemAsync(Guid itemId, CancellationToken cancellationToken);
}

/// <summary>An issued conclusion notice.</summary>
/// <param name="Id">The notice.</param>
/// <param name="MeetingId">Its meeting, for links (<c>/{province}/meetings/{MeetingId}/notice</c>).</param>
/// <param name="Number">Its number, e.g. "15/TB-BCĐ".</param>
/// <param name="Date">Its date.</param>
/// <param name="Signer">Who signed it.</param>
/// <param name="MeetingTitle">The meeting it concludes.</param>
/// <param name="ChairSeatKey">The seat that chaired the meeting and approved the notice: the issuer of its conclusions.</param>
/// <param name="Items">Its numbered items.</param>
public sealed record IssuedNotice(Guid Id, Guid MeetingId, string Number, DateOnly Date, string Signer, string MeetingTitle, string ChairSeatKey, IReadOnlyList<IssuedItem> Items);

/// <summary>A numbered conclusion of an issued notice.</summary>
/// <param name="Id">The item.</param>
/// <param name="NoticeId">Its notice.</param>
/// <param name="MeetingId">The notice's meeting.</param>
/// <param name="NoticeNumber">The notice's number.</param>
/// <param name="NoticeDate">The notice's date.</param>
/// <param name="ChairSeatKey">The seat that chaired the meeting.</param>
/// <param name="Number">The item's number in the notice.</param>
/// <param name="Text">The conclusion.</param>
/// <param name="LeadAgencyKey">The agency the notice puts in charge, if any.</param>
/// <param name="DueDate">The deadline the notice sets, if any.</param>
public sealed record IssuedItem(
    Guid Id, Guid NoticeId, Guid MeetingId, string NoticeNumber, DateOnly NoticeDate, string ChairSeatKey, int Number, string Text, string? LeadAgencyKey, DateOnly? DueDate);
