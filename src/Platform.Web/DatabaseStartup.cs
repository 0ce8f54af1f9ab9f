using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Core.National;
using Platform.Core.Persistence;
using Platform.Core.Modules;
using Platform.Core.Settings;
using Platform.Core.Tenancy;

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

        var demo = demoData.Value.Load;
        foreach (var province in catalog.Provinces)
        {
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
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
