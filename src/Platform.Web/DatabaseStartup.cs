using Platform.Core.Modules;
using Platform.Core.Tenancy;

namespace Platform.Web;

/// <summary>
/// At start: migrates every module's schema, brings each province's stored structure in line with its pack and,
/// when asked (the run command, never production), loads the packs' demo data.
/// </summary>
internal static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken ct = default)
    {
        var migrate = app.Configuration.GetValue("Database:Migrate", true);
        var demo = app.Configuration.GetValue("Demo:Load", false);
        var catalog = app.Services.GetRequiredService<IProvinceCatalog>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Database");

        if (migrate)
        {
            await using var scope = app.Services.CreateAsyncScope();
            foreach (var module in scope.ServiceProvider.GetServices<IModuleDatabase>())
            {
                log.LogInformation("Applying migrations of {Module}", module.Module);
                await module.MigrateAsync(ct);
            }
        }

        foreach (var province in catalog.Provinces)
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(province);
            foreach (var module in scope.ServiceProvider.GetServices<IModuleDatabase>())
            {
                await module.SynchroniseAsync(province, ct);
                if (demo)
                {
                    await module.LoadDemoDataAsync(province, ct);
                }
            }

            log.LogInformation("Province {Province} ready{Demo}", province.Code, demo ? " with demo data" : "");
        }
    }
}
