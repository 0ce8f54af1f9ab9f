using Npgsql;
using NpgsqlTypes;
using Platform.Notifications.Model;

namespace Platform.Notifications.Mail;

/// <summary>A delivery as the administrator's page lists it.</summary>
internal sealed record DeliveryRow(
    Guid Id, string Province, string RecipientName, string? Address, string Subject, string Kind, DeliveryState State, int Attempts,
    DateTimeOffset NextAttemptAt, string? LastError, DateTimeOffset? SentAt, DateTimeOffset CreatedAt, string MailMessageId);

/// <summary>
/// The emails waiting in one province, worked on with plain SQL by whichever instance of the host runs a sender. Each
/// step is its own short transaction acting for the province (<c>app.province</c>, so row-level security holds):
/// a claim takes one due message with <c>FOR UPDATE SKIP LOCKED</c> — two senders never take the same one, and neither
/// waits for the other — and commits it as <see cref="DeliveryState.Sending"/> before the message is handed over.
/// </summary>
internal sealed class MailQueue(NpgsqlDataSource dataSource)
{
    /// <summary>Marks as uncertain what a sender claimed and never finished (it stopped between claiming and marking).</summary>
    public Task<int> RecoverAsync(string province, DateTimeOffset now, CancellationToken ct) =>
        InProvinceAsync(province, async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand("""
                update notifications.deliveries set state = $1, claimed_until = null, last_error = $2
                where state = $3 and claimed_until < $4
                """, connection, transaction)
            {
                Parameters = { P((int)DeliveryState.Uncertain), P(MailTexts.Interrupted), P((int)DeliveryState.Sending), P(now) },
            };
            return await command.ExecuteNonQueryAsync(ct);
        }, ct);

    /// <summary>Claims the next due message, or null when none is due (or all due ones are being claimed by others).</summary>
    public Task<OutgoingMail?> ClaimAsync(string province, DateTimeOffset now, TimeSpan hold, CancellationToken ct) =>
        InProvinceAsync(province, async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand("""
                update notifications.deliveries d
                set state = $1, attempts = d.attempts + 1, claimed_until = $2
                from notifications.outbox o
                where o.id = d.message_id and d.id = (
                    select id from notifications.deliveries
                    where state = $3 and next_attempt_at <= $4
                    order by next_attempt_at, id
                    limit 1
                    for update skip locked)
                returning d.id, d.province, d.mail_message_id, d.recipient_name, d.address, d.attempts, o.kind, o.subject, o.body, o.link,
                          o.attachment_name, o.attachment_type, o.attachment, o.created_at
                """, connection, transaction)
            {
                Parameters = { P((int)DeliveryState.Sending), P(now + hold), P((int)DeliveryState.Pending), P(now) },
            };
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                return null;
            }

            return new OutgoingMail(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5),
                reader.GetString(6), reader.GetString(7), reader.GetString(8), Text(reader, 9), Text(reader, 10), Text(reader, 11),
                reader.IsDBNull(12) ? null : (byte[])reader.GetValue(12), reader.GetFieldValue<DateTimeOffset>(13));
        }, ct);

    public Task MarkSentAsync(string province, Guid id, DateTimeOffset now, CancellationToken ct) =>
        UpdateAsync(province, Done("update notifications.deliveries set state = $2, sent_at = $3, claimed_until = null, last_error = null where id = $1 and state = $4"),
            [P(id), P((int)DeliveryState.Sent), P(now), P((int)DeliveryState.Sending)], ct);

    public Task MarkRetryAsync(string province, Guid id, DateTimeOffset next, string reason, CancellationToken ct) =>
        UpdateAsync(province, "update notifications.deliveries set state = $2, next_attempt_at = $3, claimed_until = null, last_error = $4 where id = $1 and state = $5",
            [P(id), P((int)DeliveryState.Pending), P(next), P(reason), P((int)DeliveryState.Sending)], ct);

    public Task MarkFailedAsync(string province, Guid id, string reason, CancellationToken ct) =>
        UpdateAsync(province, Done("update notifications.deliveries set state = $2, claimed_until = null, last_error = $3 where id = $1 and state = $4"),
            [P(id), P((int)DeliveryState.Failed), P(reason), P((int)DeliveryState.Sending)], ct);

    /// <summary>
    /// An email done with (sent or given up), and the link of a mail-only message erased with it: a one-time link lives
    /// in the outbox only until its email has gone.
    /// </summary>
    private static string Done(string update) => $"""
        with done as ({update} returning message_id)
        update notifications.outbox o set link = null from done where o.id = done.message_id and o.mail_only
        """;

    /// <summary>Puts a failed or uncertain message back in the queue, due now, at the administrator's request.</summary>
    public Task<int> RequeueAsync(string province, Guid id, DateTimeOffset now, CancellationToken ct) =>
        UpdateAsync(province, "update notifications.deliveries set state = $2, attempts = 0, next_attempt_at = $3, last_error = null where id = $1 and state in ($4, $5)",
            [P(id), P((int)DeliveryState.Pending), P(now), P((int)DeliveryState.Failed), P((int)DeliveryState.Uncertain)], ct);

    /// <summary>The province's emails not yet sent — waiting, failing, failed, uncertain or without an address — and the newest sent, newest first.</summary>
    public Task<List<DeliveryRow>> ListAsync(string province, int limit, CancellationToken ct) =>
        InProvinceAsync(province, async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand("""
                select d.id, d.province, d.recipient_name, d.address, o.subject, o.kind, d.state, d.attempts, d.next_attempt_at, d.last_error, d.sent_at, d.created_at, d.mail_message_id
                from notifications.deliveries d join notifications.outbox o on o.id = d.message_id
                order by (d.state = $1), d.created_at desc, d.id
                limit $2
                """, connection, transaction)
            {
                Parameters = { P((int)DeliveryState.Sent), P(limit) },
            };
            var rows = new List<DeliveryRow>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(new DeliveryRow(
                    reader.GetGuid(0), reader.GetString(1), reader.GetString(2), Text(reader, 3), reader.GetString(4), reader.GetString(5),
                    (DeliveryState)reader.GetInt32(6), reader.GetInt32(7), reader.GetFieldValue<DateTimeOffset>(8), Text(reader, 9),
                    reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10), reader.GetFieldValue<DateTimeOffset>(11), reader.GetString(12)));
            }

            return rows;
        }, ct);

    private Task<int> UpdateAsync(string province, string sql, NpgsqlParameter[] parameters, CancellationToken ct) =>
        InProvinceAsync(province, async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.AddRange(parameters);
            return await command.ExecuteNonQueryAsync(ct);
        }, ct);

    /// <summary>Runs <paramref name="work"/> in a transaction acting for <paramref name="province"/>, and commits it.</summary>
    private async Task<T> InProvinceAsync<T>(string province, Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var setting = new NpgsqlCommand("select set_config('app.province', $1, true)", connection, transaction) { Parameters = { P(province) } })
        {
            await setting.ExecuteNonQueryAsync(ct);
        }

        var result = await work(connection, transaction);
        await transaction.CommitAsync(ct);
        return result;
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static NpgsqlParameter P(object value) => value switch
    {
        DateTimeOffset t => new NpgsqlParameter { Value = t, NpgsqlDbType = NpgsqlDbType.TimestampTz },
        _ => new NpgsqlParameter { Value = value },
    };
}
