using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Core.Persistence;

namespace Platform.Core.National;

/// <summary>
/// Reading several provinces in one statement, with row-level security still applied. A national session's
/// connection switches to <see cref="ReaderRole"/>, a role that may only <c>SELECT</c> province-owned tables and whose
/// policy lets it see the provinces listed in <c>app.provinces</c> (the provinces the account may read, set here) and
/// no other; its transactions are read-only as well. So a roll-up over 34 provinces reads each table once, and a bug in
/// a national query can neither write nor show a province the account is not granted.
/// </summary>
public sealed class NationalReading(IServiceScopeFactory scopes, [FromKeyedServices(Database.National)] NpgsqlDataSource source)
{
    /// <summary>The database role of national sessions: read-only, sees the listed provinces only.</summary>
    public const string ReaderRole = "platform_national_reader";

    /// <summary>The session setting that lists the provinces a national session may read, comma-separated.</summary>
    public const string ProvincesSetting = "app.provinces";

    /// <summary>
    /// Opens a session reading <paramref name="provinces"/> (province codes; the caller has checked the account may
    /// read each). An empty list reads nothing.
    /// </summary>
    public async Task<NationalSession> OpenAsync(IReadOnlyCollection<string> provinces, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(provinces);
        if (provinces.Any(p => p.Contains(',', StringComparison.Ordinal)))
        {
            throw new ArgumentException("A province code cannot contain a comma.", nameof(provinces));
        }

        var connection = await source.OpenConnectionAsync(ct);
        try
        {
            await using var batch = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand($"SET ROLE {ReaderRole}"),
                    new NpgsqlBatchCommand("SET default_transaction_read_only = on"),
                    new NpgsqlBatchCommand($"SELECT set_config('{ProvinceSessionSetting}', '', false), set_config('{ProvincesSetting}', $1, false)")
                    {
                        Parameters = { new NpgsqlParameter { Value = string.Join(',', provinces) } },
                    },
                },
            };
            await batch.ExecuteNonQueryAsync(ct);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return new NationalSession(scopes.CreateAsyncScope(), connection, [.. provinces]);
    }

    private const string ProvinceSessionSetting = "app.province";
}

/// <summary>
/// One national reading: module DbContexts on the reader's connection. Query filters bind a module's context to one
/// province, so national queries say <c>IgnoreQueryFilters()</c> and filter by <see cref="Provinces"/> themselves;
/// row-level security is the wall behind them.
/// </summary>
public sealed class NationalSession : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;
    private readonly NpgsqlConnection _connection;

    internal NationalSession(AsyncServiceScope scope, NpgsqlConnection connection, IReadOnlyList<string> provinces)
    {
        _scope = scope;
        _connection = connection;
        Provinces = provinces;
    }

    /// <summary>The province codes this session reads.</summary>
    public IReadOnlyList<string> Provinces { get; }

    /// <summary>Those of <paramref name="provinces"/> this session reads, once each, in their order.</summary>
    public IReadOnlyList<Sdk.Structure.ProvinceDefinition> Reading(IEnumerable<Sdk.Structure.ProvinceDefinition> provinces) =>
        [.. provinces.Where(p => Provinces.Contains(p.Code.Value)).DistinctBy(p => p.Code.Value)];

    /// <summary>A module's DbContext reading through this session's connection (the same instance on each call).</summary>
    public TContext Context<TContext>()
        where TContext : DbContext
    {
        var context = _scope.ServiceProvider.GetRequiredService<TContext>();
        if (!ReferenceEquals(context.Database.GetDbConnection(), _connection))
        {
            // An open connection handed over: EF Core leaves it open and the province interceptor does not run on it.
            context.Database.SetDbConnection(_connection);
            context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        }

        return context;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        // Back in the pool, the connection is reset (DISCARD ALL): role and settings do not outlive the session.
        await _connection.DisposeAsync();
    }
}
