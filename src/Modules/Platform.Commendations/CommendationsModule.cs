using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Modules;
using Platform.Core.Persistence;
using Platform.Commendations.Persistence;
using Platform.Sdk.Structure;

namespace Platform.Commendations;

/// <summary>The Commendations module's public face: its registration.</summary>
public static class CommendationsModule
{
    /// <summary>Adds the module's database, services and wording.</summary>
    public static IServiceCollection AddCommendationsModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<CommendationsDbContext>(CommendationsDbContext.Schema);
        services.AddModuleServices(typeof(CommendationsModule).Assembly);
        services.AddScoped<IModuleDatabase, CommendationsDatabase>();
        services.AddSingleton<Core.Localization.ITextSource, CommendationsTexts>();
        return services;
    }
}

/// <summary>Migrates the commendations schema; there is no demo data.</summary>
internal sealed class CommendationsDatabase(CommendationsDbContext db, IServiceProvider services) : IModuleDatabase
{
    public string Module => "commendations";

    public Task MigrateAsync(CancellationToken cancellationToken) => db.MigrateAsOwnerAsync(services, cancellationToken);

    public Task SynchroniseAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task LoadDemoDataAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;
}
