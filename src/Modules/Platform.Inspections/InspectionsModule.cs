using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Modules;
using Platform.Core.Persistence;
using Platform.Inspections.Persistence;
using Platform.Sdk.Structure;

namespace Platform.Inspections;

/// <summary>The Inspections module's public face: its registration.</summary>
public static class InspectionsModule
{
    /// <summary>Adds the module's database, services and wording.</summary>
    public static IServiceCollection AddInspectionsModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<InspectionsDbContext>(InspectionsDbContext.Schema);
        services.AddModuleServices(typeof(InspectionsModule).Assembly);
        services.AddScoped<IModuleDatabase, InspectionsDatabase>();
        services.AddSingleton<Core.Localization.ITextSource, InspectionsTexts>();
        return services;
    }
}

/// <summary>Migrates the inspections schema; there is no demo data.</summary>
internal sealed class InspectionsDatabase(InspectionsDbContext db, IServiceProvider services) : IModuleDatabase
{
    public string Module => "inspections";

    public Task MigrateAsync(CancellationToken cancellationToken) => db.MigrateAsOwnerAsync(services, cancellationToken);

    public Task SynchroniseAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task LoadDemoDataAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;
}
