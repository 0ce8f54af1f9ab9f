using Npgsql;

namespace Platform.Testing;

/// <summary>
/// A fresh database on the PostgreSQL cluster that ./test.sh starts (PLATFORM_TEST_DB), dropped afterwards.
/// Tests never fall back to a stand-in: without the cluster they fail and say how to run them.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _server;

    private TestDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true }.ConnectionString;
        ApplicationConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Username = ApplicationRole, Password = null }.ConnectionString;
    }

    /// <summary>The role the application connects as: it owns nothing, so row-level security applies to it.</summary>
    public const string ApplicationRole = "platform_app";

    /// <summary>The role of national sessions (Platform.Core.National.NationalReading.ReaderRole).</summary>
    public const string NationalReaderRole = "platform_national_reader";

    public string Name { get; }

    /// <summary>The database's owner (the cluster's superuser here): migrations, arranging data, tampering on purpose.</summary>
    public string ConnectionString { get; }

    /// <summary>The application's connection, as <see cref="ApplicationRole"/>.</summary>
    public string ApplicationConnectionString { get; }

    public static Task<TestDatabase> CreateAsync() =>
        CreateAsync(Environment.GetEnvironmentVariable("PLATFORM_TEST_DB")
            ?? throw new InvalidOperationException(
                "PLATFORM_TEST_DB is not set: run the tests with ./test.sh, which starts a throwaway PostgreSQL cluster."));

    /// <summary>A fresh database on the cluster at <paramref name="server"/> (a connection string without a database).</summary>
    public static async Task<TestDatabase> CreateAsync(string server)
    {
        var database = new TestDatabase(server, "t_" + Guid.NewGuid().ToString("N"));
        // Roles belong to the cluster and test processes run in parallel: one at a time (a cluster-wide advisory lock on
        // the maintenance database) creates the role or lets it log in, and only when it must — two concurrent
        // ALTER ROLE fail with "tuple concurrently updated".
        await database.ExecuteOnServerAsync($"""
            DO $$ BEGIN
                PERFORM pg_advisory_xact_lock(hashtext('platform-test-roles'));
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{ApplicationRole}') THEN
                    CREATE ROLE {ApplicationRole} LOGIN;
                ELSIF NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname = '{ApplicationRole}') THEN
                    ALTER ROLE {ApplicationRole} LOGIN;
                END IF;
                -- The national reader (NationalReading) is a cluster's role too: made here, under the same lock, so hosts
                -- starting side by side find it and the application's membership in place.
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{NationalReaderRole}') THEN
                    CREATE ROLE {NationalReaderRole} NOLOGIN;
                END IF;
                IF NOT pg_has_role('{ApplicationRole}', '{NationalReaderRole}', 'MEMBER') THEN
                    GRANT {NationalReaderRole} TO {ApplicationRole};
                END IF;
            END $$;
            """);
        await database.ExecuteOnServerAsync($"CREATE DATABASE {database.Name}");
        return database;
    }

    /// <summary>A database already on the cluster at <paramref name="server"/> (a restored backup); dropped afterwards like the others.</summary>
    public static Task<TestDatabase> ExistingAsync(string server, string name) => Task.FromResult(new TestDatabase(server, name));

    /// <summary>Runs SQL in this database, as the cluster's owner (to arrange data a test needs).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The plan PostgreSQL chooses for <paramref name="sql"/>, after <paramref name="setting"/> (a planner setting) in the same session.</summary>
    public async Task<string> ExplainAsync(string sql, string setting)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using (var set = new NpgsqlCommand(setting, connection))
        {
            await set.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand("explain " + sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }

    /// <summary>Reads one value from this database (SQL null as the type's default).</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)value;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
