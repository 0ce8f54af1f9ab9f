using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Platform.Core.Dates;
using Platform.Core.Links;
using Platform.Core.Notifications;
using Platform.Core.Tenancy;
using Platform.Notifications.Model;
using Platform.Sdk.Structure;

namespace Platform.Notifications.Reminders;

/// <summary>
/// One province's reminders for one day. The day is taken first (a row in <c>notifications.reminder_runs</c>, in the
/// transaction that writes the reminders): a second instance of the host trying the same day waits for the first and
/// then finds it taken; a round that fails rolls back whole and the next try does it again. Every module's open
/// deadlines are read (<see cref="IDeadlineSource"/>), each is placed at its stage — coming near, due today, passed —
/// and only the stages not reminded before (<c>notifications.reminders_sent</c>) go to the outbox, to the app and mail.
/// </summary>
internal sealed class ReminderRound(
    IServiceScopeFactory scopes, NpgsqlDataSource dataSource, IOptions<ReminderSettings> options, PublicSite site, TimeProvider clock, ILogger<ReminderRound> log)
{
    /// <summary>Sends the province's reminders for <paramref name="today"/>; returns how many, or null when the day was taken already.</summary>
    public async Task<int?> RunAsync(ProvinceDefinition province, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(province);
        var code = province.Code.Value;
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(province);

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var setting = new NpgsqlCommand("select set_config('app.province', $1, true)", connection, transaction) { Parameters = { Text(code) } })
        {
            await setting.ExecuteNonQueryAsync(ct);
        }

        await using (var take = new NpgsqlCommand(
            "insert into notifications.reminder_runs (province, day, ran_at, reminded) values ($1, $2, $3, 0) on conflict do nothing", connection, transaction)
        {
            Parameters = { Text(code), Day(today), new() { Value = clock.GetUtcNow(), NpgsqlDbType = NpgsqlDbType.TimestampTz } },
        })
        {
            if (await take.ExecuteNonQueryAsync(ct) == 0)
            {
                return null;
            }
        }

        var found = new List<(IDeadlineSource Source, Deadline Deadline, ReminderStage Stage)>();
        foreach (var source in scope.ServiceProvider.GetServices<IDeadlineSource>())
        {
            var ahead = await source.DaysAheadAsync(ct);
            foreach (var deadline in await source.OpenAsync(today.AddDays(-options.Value.OverdueDays), today.AddDays(ahead), ct))
            {
                found.Add((source, deadline, StageOf(deadline.Due, today)));
            }
        }

        var fresh = await NotRemindedAsync(connection, transaction, code, today, found.Select(f => (f.Deadline.Key, f.Deadline.Due, f.Stage)).ToList(), ct);
        var notifications = found.Where(f => fresh.Contains((f.Deadline.Key, f.Deadline.Due, f.Stage)))
            .Select(f => Compose(f.Source.Kind, f.Deadline, f.Stage, today))
            .ToList();
        var writer = scope.ServiceProvider.GetRequiredService<IOutboxWriter>();
        if (notifications.Count > 0)
        {
            await writer.WriteAsync(transaction, code, notifications, ct);
        }

        // Then the day's digests, today's reminders included, for those who chose one email a working day.
        var digests = await DigestsAsync(connection, transaction, province, today, ct);
        if (digests.Count > 0)
        {
            await writer.WriteAsync(transaction, code, digests, ct);
        }

        await using (var done = new NpgsqlCommand("update notifications.reminder_runs set reminded = $3 where province = $1 and day = $2", connection, transaction)
        {
            Parameters = { Text(code), Day(today), new() { Value = notifications.Count, NpgsqlDbType = NpgsqlDbType.Integer } },
        })
        {
            await done.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        log.LogInformation("{Count} reminder(s) for {Province} on {Day}.", notifications.Count, code, today);
        return notifications.Count;
    }

    public static ReminderStage StageOf(DateOnly due, DateOnly today) =>
        due < today ? ReminderStage.Overdue : due == today ? ReminderStage.Today : ReminderStage.Soon;

    /// <summary>What the reminder says, in Vietnamese: what is due, the day, and how far it is (or was).</summary>
    public static Notification Compose(string kind, Deadline deadline, ReminderStage stage, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var day = VietnamTime.Format(deadline.Due);
        var distance = Math.Abs(deadline.Due.DayNumber - today.DayNumber);
        var (subject, when) = stage switch
        {
            ReminderStage.Soon => ($"Sắp đến hạn (còn {distance} ngày): {deadline.What}", $"Hạn: {day} — còn {distance} ngày."),
            ReminderStage.Today => ($"Hôm nay đến hạn: {deadline.What}", $"Hạn: {day} — hôm nay là ngày cuối."),
            _ => ($"Đã quá hạn: {deadline.What}", $"Hạn: {day} — đã quá {distance} ngày."),
        };
        return new Notification
        {
            Kind = $"reminder.{kind}",
            Subject = subject.Length > 900 ? string.Concat(subject.AsSpan(0, 899), "…") : subject,
            Body = $"{deadline.What}\n{when}",
            Link = deadline.Link,
            Seats = deadline.Seats,
            Agencies = deadline.Agencies,
        };
    }

    /// <summary>
    /// Takes every email waiting for a digest in the province (marked as gone in one) and makes one mail-only message
    /// per person listing them, oldest first, each with its link. One statement to take them.
    /// </summary>
    private async Task<List<Notification>> DigestsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ProvinceDefinition province, DateOnly today, CancellationToken ct)
    {
        await using var take = new NpgsqlCommand("""
            with taken as (
                update notifications.deliveries d set state = $1, sent_at = $2, next_attempt_at = $2
                where d.state = $3
                returning d.account_id, d.recipient_name, d.address, d.message_id)
            select t.account_id, t.recipient_name, t.address, o.subject, o.link
            from taken t join notifications.outbox o on o.id = t.message_id
            order by t.account_id, o.created_at, o.id
            """, connection, transaction)
        {
            Parameters =
            {
                new() { Value = (int)DeliveryState.InDigest, NpgsqlDbType = NpgsqlDbType.Integer },
                new() { Value = clock.GetUtcNow(), NpgsqlDbType = NpgsqlDbType.TimestampTz },
                new() { Value = (int)DeliveryState.AwaitingDigest, NpgsqlDbType = NpgsqlDbType.Integer },
            },
        };
        var lines = new List<(NotificationRecipient Person, string Subject, string? Link)>();
        await using (var reader = await take.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                lines.Add((new NotificationRecipient(reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)),
                    reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }

        return [.. lines.GroupBy(l => l.Person.AccountId).Select(g =>
        {
            var items = g.ToList();
            var body = new System.Text.StringBuilder($"Các thông báo của {province.Name} gửi tới đồng chí từ thư tổng hợp trước:\n");
            foreach (var (_, subject, link) in items)
            {
                body.Append("\n• ").Append(subject);
                if (link is not null)
                {
                    body.Append("\n  ").Append(site.Link(link));
                }
            }

            return new Notification
            {
                Kind = "digest",
                Subject = $"Tổng hợp thông báo ngày {VietnamTime.Format(today)} ({items.Count})",
                Body = body.ToString(),
                Link = $"/{province.Code.Value}/thong-bao",
                MailOnly = true,
                People = [items[0].Person],
            };
        })];
    }

    /// <summary>Records the reminders about to be sent and returns those not recorded before (one statement).</summary>
    private static async Task<HashSet<(string, DateOnly, ReminderStage)>> NotRemindedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string province, DateOnly today,
        List<(string Key, DateOnly Due, ReminderStage Stage)> candidates, CancellationToken ct)
    {
        var fresh = new HashSet<(string, DateOnly, ReminderStage)>();
        if (candidates.Count == 0)
        {
            return fresh;
        }

        await using var insert = new NpgsqlCommand("""
            insert into notifications.reminders_sent (province, deadline_key, due, stage, sent_on)
            select $1, k, d, s, $5 from unnest($2::text[], $3::date[], $4::int[]) as c(k, d, s)
            on conflict do nothing
            returning deadline_key, due, stage
            """, connection, transaction)
        {
            Parameters =
            {
                Text(province),
                new() { Value = candidates.Select(c => c.Key).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                new() { Value = candidates.Select(c => c.Due).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date },
                new() { Value = candidates.Select(c => (int)c.Stage).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer },
                Day(today),
            },
        };
        await using var reader = await insert.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            fresh.Add((reader.GetString(0), reader.GetFieldValue<DateOnly>(1), (ReminderStage)reader.GetInt32(2)));
        }

        return fresh;
    }

    private static NpgsqlParameter Text(string value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlParameter Day(DateOnly value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Date };
}
