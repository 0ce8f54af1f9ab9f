using System.ComponentModel.DataAnnotations;
using Platform.Core.Settings;
using Platform.Web.Packs;

namespace Platform.Web;

/// <summary>Configuration section <c>Database</c>.</summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply every module's migrations at start.</summary>
    public bool Migrate { get; init; } = true;
}

/// <summary>Configuration section <c>Plugins</c>: where the province packs are and what a broken one does.</summary>
internal sealed class PluginsOptions
{
    public const string Section = "Plugins";

    /// <summary>The packs' folder, relative to the content root unless rooted.</summary>
    [Required]
    public string Path { get; init; } = "plugins";

    public PackFailurePolicy OnFailure { get; init; } = PackFailurePolicy.Stop;
}

/// <summary>The host's settings bound to options classes and checked at start (see docs/operations.md).</summary>
internal static class HostSettings
{
    public static IServiceCollection AddHostSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<DatabaseOptions>(configuration, DatabaseOptions.Section);
        services.AddSettings<DemoOptions>(configuration, DemoOptions.Section);
        services.AddSettings<Platform.Core.Archive.ArchiveOptions>(configuration, Platform.Core.Archive.ArchiveOptions.Section);
        return services;
    }
}
