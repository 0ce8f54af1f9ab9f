using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Platform.Core.Links;
using Platform.Core.Modules;
using Platform.Core.Notifications;
using Platform.Notifications.Model;

namespace Platform.Notifications.Mail;

/// <summary>
/// Writes notifications into the outbox on the connection of the transaction that commits the change: the message,
/// an item in each recipient's list in the app, and an email for each (marked at once when the person has no address).
/// Recipients are the accounts linked, at that moment, to the seats, agencies and roles the notification names.
/// </summary>
/// <remarks>
/// Plain commands on the caller's connection, as the audit trail does: the rows must join whichever module's
/// transaction is committing, and no other module maps or names this schema's tables.
/// </remarks>
internal sealed class OutboxWriter(INotificationRecipients recipients, PublicSite site, TimeProvider clock) : IOutboxWriter, IModuleService
{
    public async Task WriteAsync(DbTransaction transaction, string province, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        var npgsql = (NpgsqlTransaction)transaction;
        var now = clock.GetUtcNow();
        await using var batch = new NpgsqlBatch(npgsql.Connection, npgsql);
        foreach (var n in notifications)
        {
            var id = Guid.CreateVersion7();
            var people = (await recipients.ResolveAsync(province, n.Seats, n.Agencies, n.Roles, cancellationToken))
                .Concat(n.People).DistinctBy(p => p.AccountId).Select(p => (Person: p, Address: AddressOf(p.Email))).ToList();
            // A mail-only message's link is a secret for its recipient: not kept when there is no address to send it to.
            var link = n.MailOnly && people.All(p => p.Address is null) ? null : n.Link;
            batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                insert into notifications.outbox (id, province, kind, subject, body, link, seat_keys, agency_keys, roles, attachment_name, attachment_type, attachment, mail_only, created_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
                """)
            {
                Parameters =
                {
                    P(id, NpgsqlDbType.Uuid), P(province, NpgsqlDbType.Text), P(n.Kind, NpgsqlDbType.Text), P(n.Subject, NpgsqlDbType.Varchar),
                    P(n.Body, NpgsqlDbType.Text), P(link, NpgsqlDbType.Text),
                    P(n.Seats.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text), P(n.Agencies.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
                    P(n.Roles.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
                    P(n.Attachment?.FileName, NpgsqlDbType.Text), P(n.Attachment?.ContentType, NpgsqlDbType.Text), P(n.Attachment?.Content, NpgsqlDbType.Bytea),
                    P(n.MailOnly, NpgsqlDbType.Boolean), P(now, NpgsqlDbType.TimestampTz),
                },
            });

            foreach (var (person, address) in people)
            {
                if (!n.MailOnly)
                {
                    batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                        insert into notifications.inbox (id, province, message_id, account_id, kind, subject, body, link, created_at)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                        """)
                    {
                        Parameters =
                        {
                            P(Guid.CreateVersion7(), NpgsqlDbType.Uuid), P(province, NpgsqlDbType.Text), P(id, NpgsqlDbType.Uuid), P(person.AccountId, NpgsqlDbType.Uuid),
                            P(n.Kind, NpgsqlDbType.Text), P(n.Subject, NpgsqlDbType.Text), P(n.Body, NpgsqlDbType.Text), P(n.Link, NpgsqlDbType.Text), P(now, NpgsqlDbType.TimestampTz),
                        },
                    });
                }

                // Without an address: marked at once. A person who chose the daily digest gets the message in it, unless
                // it is mandatory (invitations, conclusion notices) or is itself mail only (a link, a digest).
                var delivery = Guid.CreateVersion7();
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    insert into notifications.deliveries (id, province, message_id, account_id, recipient_name, address, mail_message_id, state, attempts, next_attempt_at, last_error, created_at)
                    select $1, $2, $3, $4, $5, $6, $7,
                           case when $6 is null then $8
                                when not $11 and exists (select from notifications.mail_preferences p where p.province = $2 and p.account_id = $4 and p.daily_digest) then $12
                                else $13 end,
                           0, $9, $10, $9
                    """)
                {
                    Parameters =
                    {
                        P(delivery, NpgsqlDbType.Uuid), P(province, NpgsqlDbType.Text), P(id, NpgsqlDbType.Uuid), P(person.AccountId, NpgsqlDbType.Uuid),
                        P(person.Name, NpgsqlDbType.Text), P(address, NpgsqlDbType.Text), P(MailMessageId(delivery), NpgsqlDbType.Text),
                        P((int)DeliveryState.NoAddress, NpgsqlDbType.Integer), P(now, NpgsqlDbType.TimestampTz),
                        P(address is null ? MailTexts.NoAddress(person.Email) : null, NpgsqlDbType.Text),
                        P(n.Mandatory || n.MailOnly, NpgsqlDbType.Boolean), P((int)DeliveryState.AwaitingDigest, NpgsqlDbType.Integer),
                        P((int)DeliveryState.Pending, NpgsqlDbType.Integer),
                    },
                });
            }
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string? AddressOf(string? email) =>
        MimeKit.MailboxAddress.TryParse(email ?? "", out var parsed) && parsed.Address.Contains('@', StringComparison.Ordinal) ? parsed.Address : null;

    /// <summary>The email's Message-Id (RFC 5322), fixed before any attempt: the delivery's id at the site's host.</summary>
    private string MailMessageId(Guid delivery) =>
        $"{delivery:N}@{(Uri.TryCreate(site.Root, UriKind.Absolute, out var uri) ? uri.Host : "platform.local")}";

    private static NpgsqlParameter P(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };
}
