using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Platform.Core.Auditing;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Tenancy;

namespace Platform.Audit.Trail;

/// <summary>
/// Appends records to their province's chain. Appends to one chain are serialised by a transaction-scoped advisory
/// lock: a writer reads the chain's last entry only once it holds the lock, and the lock is held until its
/// transaction ends, so two writers can never both extend the same entry. The unique (province, sequence) index
/// refuses a fork should anything get past the lock.
/// </summary>
/// <remarks>
/// Written with plain commands on the caller's connection: the records must join the transaction of whichever
/// module's DbContext is committing, and the chain needs exact control of what is read under the lock.
/// </remarks>
internal sealed class AuditAppender(NpgsqlDataSource dataSource, ICurrentActor actor, CurrentProvince province, TimeProvider clock)
    : IAuditTrail, IAuditWriter, IModuleService
{
    // First half of the advisory lock key: "the audit chains"; the second half is the chain's hash.
    private const int ChainLocks = 0x41554454;

    private const string Insert = """
        insert into audit.entries (province, sequence, occurred_at, actor_id, actor_name, acting_for, remote_address,
                                   action, entity, entity_id, before, after, previous_hash, hash)
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
        """;

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
                entry.Hash = previous = EntryHash.Compute(entry);
                batch.BatchCommands.Add(InsertCommand(entry));
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<(long Sequence, string? Hash)> LockAndReadLastAsync(
        NpgsqlTransaction transaction, string? chainProvince, CancellationToken cancellationToken)
    {
        var read = chainProvince is null
            ? new NpgsqlBatchCommand("select sequence, hash from audit.entries where province is null order by sequence desc limit 1")
            : new NpgsqlBatchCommand("select sequence, hash from audit.entries where province = $1 order by sequence desc limit 1")
            {
                Parameters = { new() { Value = chainProvince } },
            };
        var chainLock = new NpgsqlBatchCommand("select pg_advisory_xact_lock($1, hashtext($2))")
        {
            Parameters = { new() { Value = ChainLocks }, new() { Value = AuditEntry.ChainOf(chainProvince) } },
        };

        // Two statements, so that the read's snapshot is taken after the lock is granted (read committed).
        await using var batch = new NpgsqlBatch(transaction.Connection, transaction) { BatchCommands = { chainLock, read } };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetString(1)) : (0, null);
    }

    private static NpgsqlBatchCommand InsertCommand(AuditEntry e) => new(Insert)
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
