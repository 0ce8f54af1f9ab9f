using Platform.Core.Persistence;

namespace Platform.Notifications.Model;

/// <summary>
/// One notification as its module wrote it, in the transaction of the change that caused it: what it says, what it
/// links to, whom it named and the file it carries. Its inbox items and deliveries were written with it.
/// </summary>
internal sealed class OutboxMessage : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public required string Kind { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public string? Link { get; set; }
    public string[] SeatKeys { get; set; } = [];
    public string[] AgencyKeys { get; set; } = [];
    public string[] Roles { get; set; } = [];
    public string? AttachmentName { get; set; }
    public string? AttachmentType { get; set; }
    public byte[]? Attachment { get; set; }

    /// <summary>Mail only, its link erased once the email is done with (a one-time link, a digest).</summary>
    public bool MailOnly { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A notification in one account's list in the app: read or not.</summary>
internal sealed class InboxItem : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid MessageId { get; set; }
    public Guid AccountId { get; set; }
    public required string Kind { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public string? Link { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>Where an email stands.</summary>
internal enum DeliveryState
{
    /// <summary>Waiting to be sent (first time, or again after a failure, from <see cref="Delivery.NextAttemptAt"/>).</summary>
    Pending = 0,

    /// <summary>Claimed by a sender, which is handing it to the mail server.</summary>
    Sending = 1,

    /// <summary>Accepted by the mail server, or written as an .eml file.</summary>
    Sent = 2,

    /// <summary>Given up: refused for good by the server, or too many attempts; the reason is kept.</summary>
    Failed = 3,

    /// <summary>The person has no email address: nothing to send; they see it in the app.</summary>
    NoAddress = 4,

    /// <summary>The sender stopped while handing it over: it may have gone. Not sent again unless the administrator asks.</summary>
    Uncertain = 5,

    /// <summary>Waits for the person's daily digest (they chose one, and the message is not mandatory).</summary>
    AwaitingDigest = 6,

    /// <summary>Gone out in a daily digest, as one line of it.</summary>
    InDigest = 7,
}

/// <summary>
/// One email to one account. Its Message-Id is fixed when it is written, before any attempt, so the mail server and
/// the administrator can tell a copy; a claim (state <see cref="DeliveryState.Sending"/>) is committed before the
/// message is handed over, so a sender that stops half-way leaves it marked rather than sent twice.
/// </summary>
internal sealed class Delivery : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid MessageId { get; set; }
    public Guid AccountId { get; set; }
    public required string RecipientName { get; set; }
    public string? Address { get; set; }
    public required string MailMessageId { get; set; }
    public DeliveryState State { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// How one person wants the province's notifications by mail: each at once (the default), or one digest a working day.
/// Invitations and conclusion notices always go at once.
/// </summary>
internal sealed class MailPreference : IProvinceOwned
{
    public required string Province { get; set; }
    public Guid AccountId { get; set; }
    public bool DailyDigest { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
