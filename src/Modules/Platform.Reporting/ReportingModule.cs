using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Modules;
using Platform.Core.Persistence;
using Platform.Reporting.Persistence;
using Platform.Sdk.Structure;

namespace Platform.Reporting;

/// <summary>The Reporting module's public face: its registration.</summary>
public static class ReportingModule
{
    /// <summary>Adds the module's database, services and wording.</summary>
    public static IServiceCollection AddReportingModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<ReportingDbContext>(ReportingDbContext.Schema);
        services.AddModuleServices(typeof(ReportingModule).Assembly);
        services.AddScoped<IModuleDatabase, ReportingDatabase>();
        services.AddSingleton<Core.Localization.ITextSource, ReportingTexts>();
        services.AddSingleton<Core.Api.IApiEndpoints, Api.ReportingApi>();
        return services;
    }
}

/// <summary>Migrates the reporting schema. Obligations are computed from the pack, so there is nothing to synchronise.</summary>
internal sealed class ReportingDatabase(ReportingDbContext db, IServiceProvider services) : IModuleDatabase
{
    public string Module => "reporting";

    public Task MigrateAsync(CancellationToken cancellationToken) => db.MigrateAsOwnerAsync(services, cancellationToken);

    public Task SynchroniseAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task LoadDemoDataAsync(ProvinceDefinition province, CancellationToken cancellationToken) => Task.CompletedTask;
}
