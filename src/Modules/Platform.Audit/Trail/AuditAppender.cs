using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Platform.Core.Auditing;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Tenancy;

namespace Platform.Audit.Trail;

/// <summary>
/// Appends records to their province's chain through the database's <c>audit.append</c> function, the only way the
/// application's role may write the trail. Appends to one chain are serialised by a transaction-scoped advisory lock
/// that <c>audit.lock_chain</c> takes before it hands back the chain's last entry; the writer computes each entry's
/// MAC (keyed by <see cref="AuditKey"/>, which the database never holds) over it, and <c>audit.append</c> accepts an
/// entry only as the next of its chain. The unique (province, sequence) index refuses a fork should anything get past.
/// </summary>
/// <remarks>
/// Written with plain commands on the caller's connection: the records must join the transaction of whichever
/// module's DbContext is committing, and the chain needs exact control of what is read under the lock.
/// </remarks>
internal sealed class AuditAppender(
    NpgsqlDataSource dataSource, ICurrentActor actor, CurrentProvince province, TimeProvider clock, AuditKey key, AuditCheckpoints checkpoints)
    : IAuditTrail, IAuditWriter, IModuleService
{
    private const string Append = "select audit.append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)";

    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await AppendAsync(transaction, [record], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task AppendAsync(DbTransaction transaction, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var npgsql = (NpgsqlTransaction)transaction;
        var now = ToMicroseconds(clock.GetUtcNow());
        // Chains are always locked in the same order, so two transactions writing to the same chains cannot deadlock.
        foreach (var chain in records.GroupBy(r => r.Province).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var (sequence, previous) = await LockAndReadLastAsync(npgsql, chain.Key, cancellationToken);
            await using var batch = new NpgsqlBatch(npgsql.Connection, npgsql);
            foreach (var record in chain)
            {
                var entry = new AuditEntry
                {
                    Province = chain.Key,
                    Sequence = ++sequence,
                    OccurredAt = now,
                    ActorId = actor.UserId,
                    ActorName = actor.Name,
                    ActingFor = province.Code,
                    RemoteAddress = actor.RemoteAddress,
                    Action = record.Action,
                    Entity = record.Entity,
                    EntityId = record.EntityId,
                    Before = record.Before,
                    After = record.After,
                    PreviousHash = previous,
                    Hash = "",
                };
                entry.Hash = previous = EntryHash.Keyed(entry, key.Bytes);
                batch.BatchCommands.Add(AppendCommand(entry));
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
            checkpoints.ChainExtended(chain.Key);
        }
    }

    private static async Task<(long Sequence, string? Hash)> LockAndReadLastAsync(
        NpgsqlTransaction transaction, string? chainProvince, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select last_sequence, last_hash from audit.lock_chain($1)", transaction.Connection, transaction)
        {
            Parameters = { Parameter(chainProvince, NpgsqlDbType.Text) },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    private static NpgsqlBatchCommand AppendCommand(AuditEntry e) => new(Append)
    {
        Parameters =
        {
            Parameter(e.Province, NpgsqlDbType.Text),
            Parameter(e.Sequence, NpgsqlDbType.Bigint),
            Parameter(e.OccurredAt, NpgsqlDbType.TimestampTz),
            Parameter(e.ActorId, NpgsqlDbType.Uuid),
            Parameter(e.ActorName, NpgsqlDbType.Text),
            Parameter(e.ActingFor, NpgsqlDbType.Text),
            Parameter(e.RemoteAddress, NpgsqlDbType.Text),
            Parameter(e.Action, NpgsqlDbType.Text),
            Parameter(e.Entity, NpgsqlDbType.Text),
            Parameter(e.EntityId, NpgsqlDbType.Text),
            Parameter(e.Before, NpgsqlDbType.Jsonb),
            Parameter(e.After, NpgsqlDbType.Jsonb),
            Parameter(e.PreviousHash, NpgsqlDbType.Text),
            Parameter(e.Hash, NpgsqlDbType.Text),
        },
    };

    private static NpgsqlParameter Parameter(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };

    // PostgreSQL keeps microseconds; the hash must cover the instant exactly as it will be read back.
    private static DateTimeOffset ToMicroseconds(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % 10), TimeSpan.Zero);
}
