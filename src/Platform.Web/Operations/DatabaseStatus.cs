using Npgsql;
using Platform.Core.Persistence;

namespace Platform.Web.Operations;

/// <summary>What the administrator's database page shows of one server.</summary>
internal sealed record ServerState(bool Reachable, bool InRecovery, string? Version);

/// <summary>
/// The streaming replica that national reading uses (<c>ConnectionStrings:PlatformReadOnly</c>): whether it answers,
/// whether it has replayed everything it received, and how far behind the primary it is. <see cref="LagSeconds"/> is 0
/// when the replica has replayed all it received, else the time since the last transaction it replayed.
/// </summary>
internal sealed record ReplicaState(bool Configured, ServerState? Server, bool CaughtUp, double? LagSeconds, DateTimeOffset? LastReplayed);

/// <summary>Reads the state of the primary and of the replica, for the system administrator (/admin/database).</summary>
internal sealed class DatabaseStatus(
    NpgsqlDataSource primary, [FromKeyedServices(Database.National)] NpgsqlDataSource national, IConfiguration configuration)
{
    public async Task<ServerState> PrimaryAsync(CancellationToken ct) => await ServerAsync(primary, ct);

    public async Task<ReplicaState> ReplicaAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(configuration.GetConnectionString(Database.ReadOnlyConnectionStringName)))
        {
            return new ReplicaState(false, null, false, null, null);
        }

        var server = await ServerAsync(national, ct);
        if (!server.Reachable || !server.InRecovery)
        {
            return new ReplicaState(true, server, false, null, null);
        }

        try
        {
            await using var command = national.CreateCommand("""
                select coalesce(pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn(), false),
                       pg_last_xact_replay_timestamp(),
                       extract(epoch from now() - pg_last_xact_replay_timestamp())::float8
                """);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var caughtUp = reader.GetBoolean(0);
            DateTimeOffset? last = reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1);
            double? behind = reader.IsDBNull(2) ? null : reader.GetDouble(2);
            return new ReplicaState(true, server, caughtUp, caughtUp ? 0 : behind, last);
        }
        catch (NpgsqlException)
        {
            return new ReplicaState(true, server with { Reachable = false }, false, null, null);
        }
    }

    private static async Task<ServerState> ServerAsync(NpgsqlDataSource source, CancellationToken ct)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await using var command = source.CreateCommand("select pg_is_in_recovery(), current_setting('server_version')");
            await using var reader = await command.ExecuteReaderAsync(timeout.Token);
            await reader.ReadAsync(timeout.Token);
            return new ServerState(true, reader.GetBoolean(0), reader.GetString(1));
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException)
        {
            return new ServerState(false, false, null);
        }
    }
}
