using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Modules;
using Platform.Core.Persistence;
using Platform.Indices.Persistence;
using Platform.Indices.Services;
using Platform.Sdk.Structure;

namespace Platform.Indices;

/// <summary>The Indices module's public face: its registration.</summary>
public static class IndicesModule
{
    /// <summary>Adds the module's database, services and wording.</summary>
    public static IServiceCollection AddIndicesModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<IndicesDbContext>(IndicesDbContext.Schema);
        services.AddModuleServices(typeof(IndicesModule).Assembly);
        services.AddScoped<IModuleDatabase, IndicesDatabase>();
        services.AddSingleton<Core.Localization.ITextSource, IndicesTexts>();
        services.AddSingleton<Core.Localization.ITextSource, IndicesRankingTexts>();
        services.AddSingleton<Core.Localization.ITextSource, IndexTaskTexts>();
        return services;
    }
}

/// <summary>Migrates the indices schema; the indices themselves are the pack's, so there is nothing to synchronise.</summary>
internal sealed class IndicesDatabase(IndicesDbContext db, IServiceProvider services) : IModuleDatabase
{
    public string Module => "indices";

    public Task MigrateAsync(CancellationToken cancellationToken) => db.MigrateAsOwnerAsync(services, cancellationToken);

    public Task SynchroniseAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task LoadDemoDataAsync(ProvinceDefinition province, CancellationToken cancellationToken) =>
        services.GetRequiredService<DemoIndices>().LoadAsync(cancellationToken);
}
