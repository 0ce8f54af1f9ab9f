using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Committees.Acting;
using Platform.Committees.Persistence;
using Platform.Committees.Structure;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Persistence;
using Platform.Sdk.Structure;

namespace Platform.Committees;

/// <summary>The Committees module's public face: its registration.</summary>
public static class CommitteesModule
{
    /// <summary>Adds the module's database, services and wording.</summary>
    public static IServiceCollection AddCommitteesModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<CommitteesDbContext>(CommitteesDbContext.Schema);
        services.AddModuleServices(typeof(CommitteesModule).Assembly);
        services.AddScoped<StructureSynchroniser>();
        services.AddScoped<DemoData>();
        services.AddScoped<IModuleDatabase, CommitteesDatabase>();
        services.AddSingleton<ITextSource, CommitteesTexts>();
        services.AddSingleton<Core.Api.IApiEndpoints, Api.CommitteesApi>();
        services.AddScoped<IClaimsTransformation, ActingSeatClaims>();
        return services;
    }
}

/// <summary>Migrates the committees schema and keeps it in line with each pack.</summary>
internal sealed class CommitteesDatabase(CommitteesDbContext db, StructureSynchroniser synchroniser, DemoData demo, IServiceProvider services) : IModuleDatabase
{
    public string Module => "committees";

    public Task MigrateAsync(CancellationToken cancellationToken) => db.MigrateAsOwnerAsync(services, cancellationToken);

    public Task SynchroniseAsync(ProvinceDefinition province, CancellationToken cancellationToken) =>
        synchroniser.SynchroniseAsync(province, cancellationToken);

    public Task LoadDemoDataAsync(ProvinceDefinition province, CancellationToken cancellationToken) =>
        demo.LoadAsync(province, cancellationToken);
}
