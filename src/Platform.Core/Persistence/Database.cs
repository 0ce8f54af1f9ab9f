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
        services.AddDbContext<TContext>((sp, options) => options
            .UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>(), npgsql => npgsql.MigrationsHistoryTable("__migrations", schema))
            .AddInterceptors(sp.GetServices<IInterceptor>()));

    /// <summary>Applies a module's migrations over a connection of the schema owner.</summary>
    public static async Task MigrateAsOwnerAsync(this DbContext context, IServiceProvider services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var connection = await services.GetRequiredKeyedService<NpgsqlDataSource>(Owner).OpenConnectionAsync(ct);
        var application = context.Database.GetDbConnection();
        context.Database.SetDbConnection(connection);
        try
        {
            // Creating the history table first spares a fresh database the failed probe EF Core would log as an error.
            await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
            await context.Database.MigrateAsync(ct);
            await ProtectHistoryAsync(context, connection, ct);
        }
        finally
        {
            context.Database.SetDbConnection(application);
        }
    }

    /// <summary>
    /// Takes back from the application role any right to change the module's migrations history. Migrations grant it
    /// data rights on every table of their schema (<c>GRANT … ON ALL TABLES</c>, default privileges), the history table
    /// included, and a table added later grants them again; so this runs after every migration, not once. A role that
    /// could rewrite the history could make the next start skip or replay a migration.
    /// </summary>
    private static async Task ProtectHistoryAsync(DbContext context, NpgsqlConnection connection, CancellationToken ct)
    {
        var options = RelationalOptionsExtension.Extract(context.GetService<IDbContextOptions>());
        var name = options.MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName;
        var table = options.MigrationsHistoryTableSchema is { } schema ? $"\"{schema}\".\"{name}\"" : $"\"{name}\"";
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            DO $$ BEGIN
                IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{RowLevelSecurity.ApplicationRole}') THEN
                    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON TABLE {table} FROM {RowLevelSecurity.ApplicationRole};
                END IF;
            END $$;
            """;
        await command.ExecuteNonQueryAsync(ct);
    }
}
