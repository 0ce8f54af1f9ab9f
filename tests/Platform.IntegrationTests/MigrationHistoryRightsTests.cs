using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Core.Modules;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The application's role reads and writes the modules' data, never their migrations history: a role that could edit
/// <c>&lt;schema&gt;.__migrations</c> could make the next start skip or replay a migration.
/// </summary>
public sealed class MigrationHistoryRightsTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Every_module_keeps_its_history_in_its_own_schema()
    {
        using var scope = host.Services.CreateScope();
        var modules = scope.ServiceProvider.GetServices<IModuleDatabase>().Count();

        var schemas = await HistorySchemasAsync();

        Assert.Equal(modules, schemas.Count);
        Assert.Contains("committees", schemas);
        Assert.Contains("audit", schemas);
        Assert.Contains("data_protection", schemas);
    }

    [Fact]
    public async Task The_application_role_may_not_insert_update_delete_or_truncate_any_history()
    {
        _ = host.Services;
        var allowed = new List<string>();
        foreach (var schema in await HistorySchemasAsync())
        {
            var table = $"{schema}.__migrations";
            string[] writes =
            [
                $"INSERT INTO {table} SELECT * FROM {table} WHERE false",
                $"UPDATE {table} SET \"ProductVersion\" = \"ProductVersion\" WHERE false",
                $"DELETE FROM {table} WHERE false",
                $"TRUNCATE {table}",
            ];
            foreach (var sql in writes)
            {
                if (await RefusedAsync(sql) is not true)
                {
                    allowed.Add(sql);
                }
            }
        }

        Assert.Empty(allowed);
    }

    [Fact]
    public async Task Negative_control_a_write_the_application_role_may_make_is_not_reported_as_refused()
    {
        _ = host.Services;

        Assert.False(await RefusedAsync(
            "INSERT INTO data_protection.key_ring (friendly_name, xml) SELECT friendly_name, xml FROM data_protection.key_ring WHERE false"));
    }

    private async Task<List<string>> HistorySchemasAsync()
    {
        await using var connection = new NpgsqlConnection(host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_schema FROM information_schema.tables WHERE table_name = '__migrations' ORDER BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var schemas = new List<string>();
        while (await reader.ReadAsync())
        {
            schemas.Add(reader.GetString(0));
        }

        return schemas;
    }

    /// <summary>Runs <paramref name="sql"/> as the application role: true when PostgreSQL refuses it for lack of rights.</summary>
    private async Task<bool> RefusedAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(host.Database.ApplicationConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        try
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            await command.ExecuteNonQueryAsync();
            return false;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            return true;
        }
        finally
        {
            await transaction.RollbackAsync();
        }
    }
}
