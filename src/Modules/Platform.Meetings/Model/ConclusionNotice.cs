using Platform.Core.Commands;
using Platform.Core.Localization;
using Platform.Core.Persistence;

namespace Platform.Meetings.Model;

/// <summary>Where a conclusion notice stands.</summary>
internal enum NoticeStatus
{
    /// <summary>Drafted by the standing agency.</summary>
    Draft = 0,

    /// <summary>Approved by the chair; ready to issue.</summary>
    Approved = 1,

    /// <summary>Issued to every member and related agency; no longer editable.</summary>
    Issued = 2,
}

/// <summary>The written conclusion of a meeting (Thông báo kết luận), made of numbered items that become tasks.</summary>
internal sealed class ConclusionNotice : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid MeetingId { get; set; }
    public string? Number { get; set; }
    public DateOnly? Date { get; set; }
    public string? Signer { get; set; }
    public string? Preamble { get; set; }
    public NoticeStatus Status { get; set; }
    public required string DraftedBy { get; set; }
    public DateTimeOffset DraftedAt { get; set; }
    public string? ApprovedBy { get; set; }

    /// <summary>Set when a deputy acting for the chair approved it: the document naming them (Đắk Lắk, Art. 5.1; Sơn La, Art. 6.1).</summary>
    public string? ApprovedActingDocument { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public string? IssuedBy { get; set; }
    public DateTimeOffset? IssuedAt { get; set; }
    public uint Version { get; set; }
    public List<ConclusionItem> Items { get; set; } = [];

    // The notice's state rules. Each returns null when the step is allowed (and takes it), or the refusal the command
    // returns as it is; nothing is changed when refused.

    /// <summary>Whether the notice may still be revised: an issued notice does not change.</summary>
    public Outcome? CheckRevisable() => Status == NoticeStatus.Issued
        ? Outcome.Broken(new("Thông báo đã ban hành: không sửa được nữa.", "The notice was issued: it can no longer change."))
        : null;

    /// <summary>
    /// Revises the draft: an issued notice does not change. An approved draft edited again goes back to the chair.
    /// The command then writes the new text and items.
    /// </summary>
    public Outcome? Revise(string by, DateTimeOffset at)
    {
        if (CheckRevisable() is { } issued)
        {
            return issued;
        }

        (DraftedBy, DraftedAt) = (by, at);
        (Status, ApprovedBy, ApprovedAt, ApprovedActingDocument) = (NoticeStatus.Draft, null, null, null);
        return null;
    }

    /// <summary>
    /// The chair approves a complete draft: date, signer and at least one item. The number comes from the document
    /// register when the notice is issued (a number typed by hand, as before the register, is kept).
    /// </summary>
    public Outcome? Approve(string by, DateTimeOffset at, string? actingDocument)
    {
        if (Status != NoticeStatus.Draft)
        {
            return Outcome.Broken(new("Thông báo không ở trạng thái dự thảo.", "The notice is not a draft."));
        }

        if (Date is null || Signer is null || Items.Count == 0)
        {
            return Outcome.Broken(new("Dự thảo cần ngày, người ký và ít nhất một mục kết luận.", "The draft needs a date, a signer and at least one conclusion."));
        }

        (Status, ApprovedBy, ApprovedAt, ApprovedActingDocument) = (NoticeStatus.Approved, by, at, actingDocument);
        return null;
    }

    /// <summary>
    /// Issues an approved notice; <paramref name="cite"/> adds the regulation's article to the refusal of one the chair
    /// has not approved.
    /// </summary>
    public Outcome? Issue(string by, DateTimeOffset at, Func<Message, Message> cite)
    {
        ArgumentNullException.ThrowIfNull(cite);
        if (Status != NoticeStatus.Approved)
        {
            return Outcome.Broken(cite(new Message("Thông báo phải được người chủ trì duyệt trước khi ban hành.", "The chair must approve the notice before it is issued.")));
        }

        (Status, IssuedBy, IssuedAt) = (NoticeStatus.Issued, by, at);
        return null;
    }
}

/// <summary>One numbered conclusion; the tasks module turns items into tasks.</summary>
internal sealed class ConclusionItem : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid NoticeId { get; set; }
    public int Number { get; set; }
    public required string Text { get; set; }
    public string? LeadAgencyKey { get; set; }
    public DateOnly? DueDate { get; set; }

    /// <summary>The text folded for search (<c>meetings.fold</c>), kept by the database with every change of the text.</summary>
    public string SearchText { get; private set; } = "";
}

/// <summary>A member or related agency the notice was issued to, and when they opened it.</summary>
internal sealed class NoticeRecipient : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid NoticeId { get; set; }
    public string? SeatKey { get; set; }
    public string? AgencyKey { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public string? ReadBy { get; set; }
}
