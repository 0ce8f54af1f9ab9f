using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Platform.Core.Persistence;

/// <summary>One PostgreSQL data source for the process; each module's DbContext uses it with its own schema.</summary>
public static class Database
{
    /// <summary>The configuration key of the connection string.</summary>
    public const string ConnectionStringName = "Platform";

    /// <summary>Adds the shared data source, built from <c>ConnectionStrings:Platform</c>.</summary>
    public static IServiceCollection AddPlatformDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"Thiếu chuỗi kết nối 'ConnectionStrings:{ConnectionStringName}'. / The connection string 'ConnectionStrings:{ConnectionStringName}' is missing.");
        }

        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        return services;
    }

    /// <summary>
    /// Adds a module's DbContext on the shared data source, with its migrations history in its own schema and any
    /// interceptors registered in the container (tests count statements that way).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : DbContext =>
        services.AddDbContext<TContext>((sp, options) => options
            .UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>(), npgsql => npgsql.MigrationsHistoryTable("__migrations", schema))
            .AddInterceptors(sp.GetServices<IInterceptor>()));
}
