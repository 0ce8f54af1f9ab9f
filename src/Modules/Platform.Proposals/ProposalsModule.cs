using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Modules;
using Platform.Core.Persistence;
using Platform.Proposals.Persistence;
using Platform.Sdk.Structure;

namespace Platform.Proposals;

/// <summary>The Proposals module's public face: its registration.</summary>
public static class ProposalsModule
{
    /// <summary>Adds the module's database, services and wording.</summary>
    public static IServiceCollection AddProposalsModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<ProposalsDbContext>(ProposalsDbContext.Schema);
        services.AddModuleServices(typeof(ProposalsModule).Assembly);
        services.AddScoped<IModuleDatabase, ProposalsDatabase>();
        services.AddSingleton<Core.Localization.ITextSource, ProposalsTexts>();
        return services;
    }
}

/// <summary>Migrates the proposals schema; there is no demo data.</summary>
internal sealed class ProposalsDatabase(ProposalsDbContext db, IServiceProvider services) : IModuleDatabase
{
    public string Module => "proposals";

    public Task MigrateAsync(CancellationToken cancellationToken) => db.MigrateAsOwnerAsync(services, cancellationToken);

    public Task SynchroniseAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task LoadDemoDataAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;
}
