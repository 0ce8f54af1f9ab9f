using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Platform.Core.Persistence;

/// <summary>
/// Two PostgreSQL data sources for the process. The application connects as a role that owns nothing, so forced
/// row-level security applies to it; migrations run as the schema owner. Each module's DbContext uses the first with
/// its own schema.
/// </summary>
public static class Database
{
    /// <summary>The application's connection string: a role without ownership (row-level security applies).</summary>
    public const string ConnectionStringName = "Platform";

    /// <summary>The owner's connection string, for migrations and commands; defaults to the application's.</summary>
    public const string OwnerConnectionStringName = "PlatformOwner";

    /// <summary>The key of the owner's data source in the container.</summary>
    public const string Owner = "owner";

    /// <summary>
    /// The connection string national reading may use instead of the application's: a streaming replica, when the
    /// deployment has one. The same role and rights as the application's.
    /// </summary>
    public const string ReadOnlyConnectionStringName = "PlatformReadOnly";

    /// <summary>The key of the data source national reading uses (<see cref="National.NationalReading"/>).</summary>
    public const string National = "national";

    /// <summary>Adds both data sources, from <c>ConnectionStrings:Platform</c> and <c>ConnectionStrings:PlatformOwner</c>.</summary>
    public static IServiceCollection AddPlatformDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var application = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(application))
        {
            throw new InvalidOperationException(
                $"Thiếu chuỗi kết nối 'ConnectionStrings:{ConnectionStringName}'. / The connection string 'ConnectionStrings:{ConnectionStringName}' is missing.");
        }

        var owner = configuration.GetConnectionString(OwnerConnectionStringName);
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(application).Build());
        services.AddKeyedSingleton(Owner, (_, _) => new NpgsqlDataSourceBuilder(string.IsNullOrWhiteSpace(owner) ? application : owner).Build());
        var readOnly = configuration.GetConnectionString(ReadOnlyConnectionStringName);
        services.AddKeyedSingleton(National, (_, _) => new NpgsqlDataSourceBuilder(string.IsNullOrWhiteSpace(readOnly) ? application : readOnly).Build());
        services.AddSingleton<National.NationalReading>();
        services.AddScoped<IInterceptor, ProvinceSessionInterceptor>();
        return services;
    }

    /// <summary>
    /// Adds a module's DbContext on the application's data source, with its migrations history in its own schema and
    /// the interceptors registered in the container (the province session setting, the audit trail, test counters).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : DbContext =>
        services
            .AddSingleton(new ModuleContext(typeof(TContext)))
            .AddDbContext<TContext>((sp, options) => options
                .UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>(), npgsql => npgsql.MigrationsHistoryTable("__migrations", schema))
                .AddInterceptors(sp.GetServices<IInterceptor>()));

    /// <summary>
    /// Builds every module's EF Core model on the thread pool, in the order the modules were added, and completes when
    /// all are built. The start runs it beside its own work (the migrations check, each province's structure), which
    /// waits on the database for much of its time: a model it then needs is built already or being built, instead of
    /// after it, one by one, on a 2-CPU machine about half a second of a warm start. A model that fails to build fails
    /// here and again, with the same message, where the start needs it.
    /// </summary>
    public static Task BuildModelsAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var contexts = services.GetServices<ModuleContext>().Select(c => c.Type).ToList();
        return Task.Run(() =>
        {
            foreach (var type in contexts)
            {
                using var scope = services.CreateScope();
                _ = ((DbContext)scope.ServiceProvider.GetRequiredService(type)).Model;
            }
        });
    }

    /// <summary>
    /// Applies a module's migrations over a connection of the schema owner. A start that finds every migration of the
    /// module in its history (the usual restart) reads the history with one statement and leaves EF Core out: its
    /// migrator would build the module's model, take the migration lock and rebuild the design-time model to compare it
    /// with the snapshot, a tenth of a second or more per module for nothing. That comparison still runs on every database
    /// that has something to apply, and <c>RestartOnMigratedDatabaseTests</c> makes it for every module.
    /// </summary>
    public static async Task MigrateAsOwnerAsync(this DbContext context, IServiceProvider services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        await using var connection = await services.GetRequiredKeyedService<NpgsqlDataSource>(Owner).OpenConnectionAsync(ct);
        var options = (IDbContextOptions)services.GetRequiredService(typeof(DbContextOptions<>).MakeGenericType(context.GetType()));
        var history = HistoryTable(options);
        var applied = await AppliedMigrationsAsync(connection, history, ct);
        if (!DeclaredMigrations(context.GetType(), options).All(applied.Contains))
        {
            var application = context.Database.GetDbConnection();
            context.Database.SetDbConnection(connection);
            try
            {
                // Creating the history table first spares a fresh database the failed probe EF Core would log as an error.
                await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
                await context.Database.MigrateAsync(ct);
            }
            finally
            {
                context.Database.SetDbConnection(application);
            }
        }

        await ProtectHistoryAsync(connection, history, ct);
    }

    /// <summary>
    /// The identifiers of the migrations a context declares, found as EF Core finds them (a <see cref="Migration"/> with
    /// <see cref="MigrationAttribute"/> and a <see cref="DbContextAttribute"/> naming the context, in the migrations
    /// assembly), without building the context's model.
    /// </summary>
    public static IReadOnlyList<string> DeclaredMigrations(Type contextType, IDbContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(contextType);
        ArgumentNullException.ThrowIfNull(options);
        var assemblyName = RelationalOptionsExtension.Extract(options).MigrationsAssembly;
        var assembly = assemblyName is null ? contextType.Assembly : Assembly.Load(new AssemblyName(assemblyName));
        return [.. assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && t.IsSubclassOf(typeof(Migration))
                        && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The module's migrations history table, quoted (schema and name from its options).</summary>
    private static string HistoryTable(IDbContextOptions options)
    {
        var relational = RelationalOptionsExtension.Extract(options);
        var name = relational.MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName;
        return relational.MigrationsHistoryTableSchema is { } schema ? $"\"{schema}\".\"{name}\"" : $"\"{name}\"";
    }

    /// <summary>The migrations the history table records; none when the table does not exist yet (a fresh database).</summary>
    private static async Task<HashSet<string>> AppliedMigrationsAsync(NpgsqlConnection connection, string table, CancellationToken ct)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var exists = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection))
        {
            exists.Parameters.AddWithValue("table", table);
            if (await exists.ExecuteScalarAsync(ct) is not true)
            {
                return applied;
            }
        }

        await using var command = new NpgsqlCommand($"SELECT \"MigrationId\" FROM {table}", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            applied.Add(reader.GetString(0));
        }

        return applied;
    }

    /// <summary>
    /// Takes back from the application role any right to change the module's migrations history. Migrations grant it
    /// data rights on every table of their schema (<c>GRANT … ON ALL TABLES</c>, default privileges), the history table
    /// included, and a table added later grants them again; so this runs after every migration, not once. A role that
    /// could rewrite the history could make the next start skip or replay a migration.
    /// </summary>
    private static async Task ProtectHistoryAsync(NpgsqlConnection connection, string table, CancellationToken ct)
    {
        // Revoked only when held: a REVOKE rewrites the table's catalog row (and every session's cache of it) even when
        // there is nothing to take back, on every start.
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            DO $$ BEGIN
                IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{RowLevelSecurity.ApplicationRole}')
                   AND has_table_privilege('{RowLevelSecurity.ApplicationRole}', '{table.Replace("'", "''", StringComparison.Ordinal)}', 'INSERT, UPDATE, DELETE, TRUNCATE') THEN
                    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON TABLE {table} FROM {RowLevelSecurity.ApplicationRole};
                END IF;
            END $$;
            """;
        await command.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>A module's DbContext type, as <see cref="Database.AddModuleDbContext{TContext}"/> added it.</summary>
public sealed record ModuleContext(Type Type);
