using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Platform.Core.Localization;
using Platform.Core.Settings;
using Platform.Core.Tenancy;

namespace Platform.Web.Packs;

/// <summary>Loads the configured plugins folder and makes each pack's province and Razor parts available.</summary>
internal static class PackHosting
{
    /// <summary>
    /// Loads the packs and adds them to the app; <see langword="null"/> when a pack is broken and the policy is to
    /// stop, after each broken pack has been logged on its own line.
    /// </summary>
    public static PackCatalog? AddProvincePacks(this WebApplicationBuilder builder, IMvcBuilder mvc)
    {
        var settings = builder.Configuration.ReadSettings<PluginsOptions>(PluginsOptions.Section);
        var folder = settings.Path;
        if (!Path.IsPathRooted(folder))
        {
            folder = Path.Combine(builder.Environment.ContentRootPath, folder);
        }

        var policy = settings.OnFailure;

        // The app's logging does not exist yet: a console logger of its own, one line per entry, so that each broken
        // pack is one line an operator can grep.
        using var loggers = LoggerFactory.Create(l => l.AddSimpleConsole(o => o.SingleLine = true));
        var log = loggers.CreateLogger("Platform.Packs");
        PackCatalog catalog;
        try
        {
            catalog = PackCatalog.Load(folder, policy, log);
        }
        catch (PackLoadException)
        {
            log.LogCritical(
                "Không nạp được gói tỉnh; máy chủ dừng. / Province packs failed to load; the host stops (Plugins:OnFailure=Stop; Skip would serve the others).");
            return null;
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

            // The pack's own dictionary (Sdk 1.3), read by its pages through IStringLocalizer.
            builder.Services.AddSingleton(new AssemblyTexts(pack.Assembly, pack.Definition.English));
        }

        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton<IProvinceCatalog>(catalog);
        return catalog;
    }
}
