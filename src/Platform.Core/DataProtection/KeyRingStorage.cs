using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Core.Modules;
using Platform.Core.Persistence;
using Platform.Sdk.Structure;

namespace Platform.Core.DataProtection;

/// <summary>Stores the data-protection key ring in the platform's database, schema <c>data_protection</c>.</summary>
public static class KeyRingStorage
{
    /// <summary>Where the keys are kept (<c>data_protection.key_ring</c>), for messages to operators.</summary>
    public static string Table { get; } = $"{KeyRingDbContext.Schema}.{PostgresKeyRing.Table}";

    /// <summary>
    /// Persists keys to <c>data_protection.key_ring</c> on the shared data source; the schema is migrated at start
    /// with the modules' schemas.
    /// </summary>
    public static IDataProtectionBuilder PersistKeysToPostgres(this IDataProtectionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddModuleDbContext<KeyRingDbContext>(KeyRingDbContext.Schema);
        builder.Services.AddScoped<IModuleDatabase, KeyRingDatabase>();
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<NpgsqlDataSource>((options, dataSource) => options.XmlRepository = new PostgresKeyRing(dataSource));
        return builder;
    }
}

/// <summary>Migrates the key ring's schema; it keeps nothing of any province.</summary>
internal sealed class KeyRingDatabase(KeyRingDbContext db, IServiceProvider services) : IModuleDatabase
{
    public string Module => "data-protection";

    public Task MigrateAsync(CancellationToken cancellationToken) => db.MigrateAsOwnerAsync(services, cancellationToken);

    public Task SynchroniseAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task LoadDemoDataAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;
}
