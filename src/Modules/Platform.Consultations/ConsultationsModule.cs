using Microsoft.Extensions.DependencyInjection;
using Platform.Consultations.Persistence;
using Platform.Core.Modules;
using Platform.Core.Persistence;
using Platform.Sdk.Structure;

namespace Platform.Consultations;

/// <summary>The Consultations module's public face: its registration.</summary>
public static class ConsultationsModule
{
    /// <summary>Adds the module's database, services and wording.</summary>
    public static IServiceCollection AddConsultationsModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<ConsultationsDbContext>(ConsultationsDbContext.Schema);
        services.AddModuleServices(typeof(ConsultationsModule).Assembly);
        services.AddScoped<IModuleDatabase, ConsultationsDatabase>();
        services.AddSingleton<Core.Localization.ITextSource, ConsultationsTexts>();
        return services;
    }
}

/// <summary>Migrates the consultations schema; there is no demo data.</summary>
internal sealed class ConsultationsDatabase(ConsultationsDbContext db, IServiceProvider services) : IModuleDatabase
{
    public string Module => "consultations";

    public Task MigrateAsync(CancellationToken cancellationToken) => db.MigrateAsOwnerAsync(services, cancellationToken);

    public Task SynchroniseAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task LoadDemoDataAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;
}
