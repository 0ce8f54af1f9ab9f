namespace Platform.Core.Notifications;

/// <summary>A file sent with a notification's email (an invitation's calendar entry).</summary>
public sealed record NotificationAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>
/// What a module tells people about a change it is saving: the subject and text in Vietnamese, a link into the
/// province's pages, and who should hear of it — the holders of seats, the focal points of agencies and the holders of
/// province roles, resolved to accounts when the change commits.
/// </summary>
public sealed record Notification
{
    /// <summary>A stable name of the event ("meeting.invitation", "task.assigned"), for the pages and the mail headers.</summary>
    public required string Kind { get; init; }

    /// <summary>The subject line, Vietnamese.</summary>
    public required string Subject { get; init; }

    /// <summary>The text, Vietnamese, plain; the link is added after it.</summary>
    public required string Body { get; init; }

    /// <summary>The page it is about, as a path from the site's root ("/son-la/meetings/…").</summary>
    public string? Link { get; init; }

    /// <summary>Seats whose linked accounts hear of it.</summary>
    public IReadOnlyList<string> Seats { get; init; } = [];

    /// <summary>Agencies whose focal points hear of it.</summary>
    public IReadOnlyList<string> Agencies { get; init; } = [];

    /// <summary>Province roles ("secretariat") whose holders hear of it.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>A file attached to the email, if any.</summary>
    public NotificationAttachment? Attachment { get; init; }

    /// <summary>
    /// Accounts told directly, as the caller knows them (an account's own activation or password link), besides those
    /// the seats, agencies and roles reach.
    /// </summary>
    public IReadOnlyList<NotificationRecipient> People { get; init; } = [];

    /// <summary>
    /// The message goes by mail only, with no item in the app (a one-time link, a daily digest), and its link is not
    /// kept: it is erased from the outbox as soon as the email is sent, given up, or has no address to go to.
    /// </summary>
    public bool MailOnly { get; init; }

    /// <summary>
    /// Mailed at once whatever the person chose — invitations and conclusion notices, which the regulations require to
    /// reach every member (Đắk Lắk, Art. 9.1; Sơn La, Art. 11.1). Others wait for the daily digest of those who want one.
    /// </summary>
    public bool Mandatory { get; init; }
}

/// <summary>
/// Where a module puts a notification about the change its DbContext is about to save. The notification is written
/// to the outbox in the transaction that commits the change: a change rolled back sends nothing, and a committed one
/// always has its notification.
/// </summary>
public interface INotificationOutbox
{
    /// <summary>Queues <paramref name="notification"/> with the next commit of <paramref name="context"/>'s transaction.</summary>
    void Add(Microsoft.EntityFrameworkCore.DbContext context, Notification notification);

    /// <summary>Drops what was queued for <paramref name="context"/> (its changes were discarded without a save).</summary>
    void Discard(Microsoft.EntityFrameworkCore.DbContext context);
}

/// <summary>Writes notifications into the outbox on the connection of a transaction about to commit.</summary>
public interface IOutboxWriter
{
    /// <summary>Writes the province's notifications, with their recipients, inside <paramref name="transaction"/>.</summary>
    Task WriteAsync(System.Data.Common.DbTransaction transaction, string province, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken);
}

/// <summary>An account that hears of a notification: its name and email address (null when it has none).</summary>
public sealed record NotificationRecipient(Guid AccountId, string Name, string? Email);

/// <summary>Who in a province holds the seats, acts for the agencies or holds the roles a notification names.</summary>
public interface INotificationRecipients
{
    /// <summary>The enabled accounts of the province linked to any of the seats or agencies, or holding any of the roles; each once.</summary>
    Task<IReadOnlyList<NotificationRecipient>> ResolveAsync(
        string province, IReadOnlyCollection<string> seats, IReadOnlyCollection<string> agencies, IReadOnlyCollection<string> roles, CancellationToken cancellationToken);
}

/// <summary>The signed-in user's unread notifications in the current province, for the page header.</summary>
public interface IUnreadNotifications
{
    /// <summary>How many are unread; one statement, whatever the data.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);
}
