using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Core.National;
using Platform.Core.Persistence;
using Platform.Core.Modules;
using Platform.Core.Settings;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;

namespace Platform.Web;

/// <summary>
/// Before the server accepts requests: migrates every module's schema, brings each province's stored structure in
/// line with its pack and, when asked (the run command, never production), loads the packs' demo data.
/// </summary>
internal sealed class DatabaseStartup(
    IServiceProvider services, IProvinceCatalog catalog, IOptions<DatabaseOptions> database, IOptions<DemoOptions> demoData, ILogger<DatabaseStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Observed: its failure (a model that cannot be built) surfaces where the start first uses that model.
        var models = Database.BuildModelsAsync(services);
        try
        {
            await PrepareAsync(cancellationToken);
        }
        finally
        {
            await models.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (database.Value.Migrate)
        {
            await using var scope = services.CreateAsyncScope();
            foreach (var module in scope.ServiceProvider.GetServices<IModuleDatabase>())
            {
                log.LogInformation("Applying migrations of {Module}", module.Module);
                await module.MigrateAsync(cancellationToken);
            }

            // Every province-owned table is now in place: the national reader may read them, and nothing else.
            await NationalReaderGrants.ApplyAsync(services.GetRequiredKeyedService<NpgsqlDataSource>(Database.Owner), cancellationToken);
        }

        // The first province alone (its demo data makes the accounts every province's shares: the ministry's viewer,
        // the administrator), then the others side by side: each works on its own rows, under its own audit chain, and
        // mostly waits on the database, so a deployment of many provinces starts in a fraction of the time one after
        // another would take.
        var provinces = catalog.Provinces;
        if (provinces.Count > 0)
        {
            await PrepareProvinceAsync(provinces[0], cancellationToken);
            await Parallel.ForEachAsync(
                provinces.Skip(1),
                new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount, CancellationToken = cancellationToken },
                PrepareProvinceAsync);
        }
    }

    /// <summary>Brings the province's stored structure in line with its pack and, when asked, loads its demo data.</summary>
    private async ValueTask PrepareProvinceAsync(ProvinceDefinition province, CancellationToken cancellationToken)
    {
        var demo = demoData.Value.Load;
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(province);
        foreach (var module in scope.ServiceProvider.GetServices<IModuleDatabase>())
        {
            await module.SynchroniseAsync(province, cancellationToken);
            if (demo)
            {
                await module.LoadDemoDataAsync(province, cancellationToken);
            }
        }

        log.LogInformation("Province {Province} ready{Demo}", province.Code, demo ? " with demo data" : "");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
