using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Platform.Core.Tenancy;

namespace Platform.Web.Packs;

/// <summary>Loads the configured plugins folder and makes each pack's province and Razor parts available.</summary>
internal static class PackHosting
{
    public static PackCatalog AddProvincePacks(this WebApplicationBuilder builder, IMvcBuilder mvc)
    {
        var folder = builder.Configuration["Plugins:Path"] ?? "plugins";
        if (!Path.IsPathRooted(folder))
        {
            folder = Path.Combine(builder.Environment.ContentRootPath, folder);
        }

        var policy = builder.Configuration.GetValue("Plugins:OnFailure", PackFailurePolicy.Stop);
        var catalog = PackCatalog.Load(folder, policy);

        using var loggers = LoggerFactory.Create(l => l.AddConsole());
        var log = loggers.CreateLogger("Platform.Packs");
        foreach (var failure in catalog.Scan.Failures)
        {
            log.LogError("Province pack skipped (Plugins:OnFailure=Skip): {Path}: {Reason}", failure.Path, failure.Reason);
        }

        foreach (var pack in catalog.Packs)
        {
            log.LogInformation("Province pack {Id} {Version} loaded for {Province} from {Folder}",
                pack.Manifest.Id, pack.Manifest.Version, pack.Definition.Code, pack.Folder);

            // The factory yields the compiled Razor part as well; a bare AssemblyPart would serve no pack page.
            foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(pack.Assembly).GetApplicationParts(pack.Assembly))
            {
                mvc.PartManager.ApplicationParts.Add(part);
            }
        }

        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton<IProvinceCatalog>(catalog);
        return catalog;
    }
}
