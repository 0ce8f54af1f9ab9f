using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Platform.Core.Modules;
using Platform.Core.Persistence;
using Platform.Testing;
using Platform.Web;

namespace Platform.IntegrationTests;

/// <summary>
/// A restart on a database that already has every migration (the usual start, and every instance after the first)
/// skips EF Core's migrator and grants nothing that is already granted, yet still puts right what is wrong: a history
/// table the application role may write again, a table the national reader lost, a policy in the form that read the
/// session's settings once per row. The model comparison the skipped
/// migrator would have made is made here for every module.
/// </summary>
public sealed class RestartOnMigratedDatabaseTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    [Fact]
    public void Every_module_s_migrations_describe_its_model()
    {
        using var scope = host.Services.CreateScope();
        var contexts = Contexts(scope.ServiceProvider);

        Assert.True(contexts.Count >= scope.ServiceProvider.GetServices<IModuleDatabase>().Count());
        Assert.Empty(contexts.Where(c => c.Database.HasPendingModelChanges()).Select(c => c.GetType().Name));
    }

    [Fact]
    public void The_migrations_a_start_looks_for_are_the_ones_EF_Core_would_apply()
    {
        using var scope = host.Services.CreateScope();
        var contexts = Contexts(scope.ServiceProvider);

        Assert.All(contexts, c => Assert.Equal(
            c.Database.GetMigrations().Order(StringComparer.Ordinal),
            Database.DeclaredMigrations(c.GetType(), c.GetService<IDbContextOptions>())));
        Assert.Contains(contexts, c => c.Database.GetMigrations().Count() > 1);
    }

    [Fact]
    public async Task A_restart_on_a_migrated_database_rewrites_no_catalog_row()
    {
        _ = host.Services;
        var before = await CatalogVersionsAsync();

        await RestartDatabaseWorkAsync();

        Assert.Equal(before, await CatalogVersionsAsync());
    }

    [Fact]
    public async Task A_history_right_given_back_to_the_application_is_taken_away_at_the_next_start()
    {
        _ = host.Services;
        await OwnerAsync($"GRANT INSERT, UPDATE ON committees.__migrations TO {TestDatabase.ApplicationRole}");
        Assert.True(await ApplicationHasAsync("committees.__migrations", "INSERT"));

        await RestartDatabaseWorkAsync();

        Assert.False(await ApplicationHasAsync("committees.__migrations", "INSERT, UPDATE"));
    }

    [Fact]
    public async Task A_table_the_national_reader_lost_is_given_back_at_the_next_start()
    {
        _ = host.Services;
        await OwnerAsync($"REVOKE SELECT ON tasks.tasks FROM {TestDatabase.NationalReaderRole}");
        Assert.False(await HasAsync(TestDatabase.NationalReaderRole, "tasks.tasks", "SELECT"));

        await RestartDatabaseWorkAsync();

        Assert.True(await HasAsync(TestDatabase.NationalReaderRole, "tasks.tasks", "SELECT"));
    }

    [Fact]
    public async Task Every_province_policy_reads_the_session_s_settings_once_per_statement()
    {
        _ = host.Services;

        var policies = await PoliciesAsync();

        Assert.Contains(policies, p => p.Name == "province_isolation" && p.Table == "tasks.tasks");
        Assert.Contains(policies, p => p.Name == "national_read" && p.Table == "tasks.tasks");
        Assert.DoesNotContain(policies, p => !p.Qual.Contains("SELECT current_setting", StringComparison.Ordinal)
                                             && !p.Qual.Contains("SELECT string_to_array", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_policy_that_reads_the_settings_once_per_row_is_rewritten_at_the_next_start()
    {
        _ = host.Services;
        // The form the first release's migrations and start wrote.
        await OwnerAsync("ALTER POLICY province_isolation ON tasks.tasks USING (province = current_setting('app.province', true))");
        await OwnerAsync(
            $"ALTER POLICY national_read ON tasks.tasks USING (current_user = '{TestDatabase.NationalReaderRole}' " +
            "AND province = ANY (string_to_array(current_setting('app.provinces', true), ',')))");
        Assert.DoesNotContain("SELECT", (await PoliciesAsync()).Single(p => p is { Name: "province_isolation", Table: "tasks.tasks" }).Qual, StringComparison.Ordinal);

        await RestartDatabaseWorkAsync();

        var policies = await PoliciesAsync();
        Assert.Contains("SELECT current_setting('app.province'", policies.Single(p => p is { Name: "province_isolation", Table: "tasks.tasks" }).Qual, StringComparison.Ordinal);
        Assert.Contains("SELECT string_to_array(current_setting('app.provinces'", policies.Single(p => p is { Name: "national_read", Table: "tasks.tasks" }).Qual, StringComparison.Ordinal);
        // The check on what is written is left as it was.
        Assert.Equal("(province = current_setting('app.province'::text, true))", policies.Single(p => p is { Name: "province_isolation", Table: "tasks.tasks" }).Check);
    }

    private async Task<List<(string Name, string Table, string Qual, string? Check)>> PoliciesAsync()
    {
        await using var connection = new NpgsqlConnection(host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT policyname, schemaname || '.' || tablename, qual, with_check FROM pg_policies WHERE policyname IN ('province_isolation', 'national_read')",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var policies = new List<(string, string, string, string?)>();
        while (await reader.ReadAsync())
        {
            policies.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return policies;
    }

    /// <summary>Every module's DbContext the host registers (<see cref="Database.AddModuleDbContext{TContext}"/>).</summary>
    private static List<DbContext> Contexts(IServiceProvider services) =>
        [.. services.GetServices<ModuleContext>().Select(c => (DbContext)services.GetRequiredService(c.Type))];

    /// <summary>What a restart does to the database before serving: migrations, rights, each province's structure and demo data.</summary>
    private Task RestartDatabaseWorkAsync() =>
        host.Services.GetServices<IHostedService>().OfType<DatabaseStartup>().Single().StartAsync(CancellationToken.None);

    /// <summary>The row version of every table, index, schema and policy of the database's own schemas: a GRANT, REVOKE or ALTER POLICY rewrites it.</summary>
    private async Task<Dictionary<string, uint>> CatalogVersionsAsync()
    {
        await using var connection = new NpgsqlConnection(host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT n.nspname || '.' || c.relname, c.xmin::text::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
            UNION ALL
            SELECT 'schema ' || nspname, xmin::text::bigint FROM pg_namespace WHERE nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema'
            UNION ALL
            SELECT 'policy ' || polname || ' on ' || polrelid::regclass::text, xmin::text::bigint FROM pg_policy
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new Dictionary<string, uint>();
        while (await reader.ReadAsync())
        {
            versions[reader.GetString(0)] = (uint)reader.GetInt64(1);
        }

        return versions;
    }

    private async Task OwnerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private Task<bool> ApplicationHasAsync(string table, string rights) => HasAsync(TestDatabase.ApplicationRole, table, rights);

    private async Task<bool> HasAsync(string role, string table, string rights)
    {
        await using var connection = new NpgsqlConnection(host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT has_table_privilege(@role, @table, @rights)", connection);
        command.Parameters.AddWithValue("role", role);
        command.Parameters.AddWithValue("table", table);
        command.Parameters.AddWithValue("rights", rights);
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
