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
            batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                insert into notifications.outbox (id, province, kind, subject, body, link, seat_keys, agency_keys, roles, attachment_name, attachment_type, attachment, created_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
                """)
            {
                Parameters =
                {
                    P(id, NpgsqlDbType.Uuid), P(province, NpgsqlDbType.Text), P(n.Kind, NpgsqlDbType.Text), P(n.Subject, NpgsqlDbType.Varchar),
                    P(n.Body, NpgsqlDbType.Text), P(n.Link, NpgsqlDbType.Text),
                    P(n.Seats.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text), P(n.Agencies.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
                    P(n.Roles.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
                    P(n.Attachment?.FileName, NpgsqlDbType.Text), P(n.Attachment?.ContentType, NpgsqlDbType.Text), P(n.Attachment?.Content, NpgsqlDbType.Bytea),
                    P(now, NpgsqlDbType.TimestampTz),
                },
            });

            foreach (var person in await recipients.ResolveAsync(province, n.Seats, n.Agencies, n.Roles, cancellationToken))
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

                var delivery = Guid.CreateVersion7();
                var address = MimeKit.MailboxAddress.TryParse(person.Email ?? "", out var parsed) && parsed.Address.Contains('@', StringComparison.Ordinal) ? parsed.Address : null;
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    insert into notifications.deliveries (id, province, message_id, account_id, recipient_name, address, mail_message_id, state, attempts, next_attempt_at, last_error, created_at)
                    values ($1, $2, $3, $4, $5, $6, $7, $8, 0, $9, $10, $9)
                    """)
                {
                    Parameters =
                    {
                        P(delivery, NpgsqlDbType.Uuid), P(province, NpgsqlDbType.Text), P(id, NpgsqlDbType.Uuid), P(person.AccountId, NpgsqlDbType.Uuid),
                        P(person.Name, NpgsqlDbType.Text), P(address, NpgsqlDbType.Text), P(MailMessageId(delivery), NpgsqlDbType.Text),
                        P((int)(address is null ? DeliveryState.NoAddress : DeliveryState.Pending), NpgsqlDbType.Integer), P(now, NpgsqlDbType.TimestampTz),
                        P(address is null ? MailTexts.NoAddress(person.Email) : null, NpgsqlDbType.Text),
                    },
                });
            }
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The email's Message-Id (RFC 5322), fixed before any attempt: the delivery's id at the site's host.</summary>
    private string MailMessageId(Guid delivery) =>
        $"{delivery:N}@{(Uri.TryCreate(site.Root, UriKind.Absolute, out var uri) ? uri.Host : "platform.local")}";

    private static NpgsqlParameter P(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };
}
