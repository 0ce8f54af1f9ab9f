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
