using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
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

/// <summary>
/// Configuration section <c>Host</c>: how long a stopping instance (SIGTERM, a rolling restart behind the proxy) waits
/// for what it has in hand — requests being answered, the mail being handed over — before it exits anyway.
/// </summary>
internal sealed class HostLifetimeOptions
{
    public const string Section = "Host";

    /// <summary>Seconds; the framework's own default, said here so that an operator sees it and can change it.</summary>
    [Range(1, 600)]
    public int ShutdownSeconds { get; init; } = 30;
}

/// <summary>The host's settings bound to options classes and checked at start (see docs/operations.md).</summary>
internal static class HostSettings
{
    public static IServiceCollection AddHostSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<DatabaseOptions>(configuration, DatabaseOptions.Section);
        services.AddSettings<DemoOptions>(configuration, DemoOptions.Section);
        services.AddSettings<Platform.Core.Archive.ArchiveOptions>(configuration, Platform.Core.Archive.ArchiveOptions.Section);
        services.AddSettings<HostLifetimeOptions>(configuration, HostLifetimeOptions.Section);
        // After the framework's own reading of HostOptions, so this setting is the one that counts.
        services.AddOptions<HostOptions>().Configure<IOptions<HostLifetimeOptions>>(
            (host, lifetime) => host.ShutdownTimeout = TimeSpan.FromSeconds(lifetime.Value.ShutdownSeconds));
        return services;
    }
}
