using System.Collections.Concurrent;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;

namespace Platform.Web.Packs;

/// <summary>What the host does when a pack is broken.</summary>
public enum PackFailurePolicy
{
    /// <summary>Refuse to start, naming every broken pack (the default: a province must not silently vanish).</summary>
    Stop,

    /// <summary>Log every broken pack and serve the others (for deployments hosting many provinces).</summary>
    Skip,
}

/// <summary>
/// The loaded packs by province code. Packs are loaded once per process and folder: loading the same assembly
/// twice would give two copies of every type (and break caches keyed by type).
/// </summary>
internal sealed class PackCatalog : IProvinceCatalog
{
    private static readonly ConcurrentDictionary<string, Lazy<PackScan>> Scans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LoadedPack> _byCode;

    private PackCatalog(PackScan scan)
    {
        Scan = scan;
        _byCode = scan.Packs.ToDictionary(p => p.Definition.Code.Value, StringComparer.Ordinal);
        Provinces = [.. scan.Packs.Select(p => p.Definition).OrderBy(d => d.Name, StringComparer.Create(new("vi-VN"), false))];
    }

    public PackScan Scan { get; }

    public IReadOnlyList<ProvinceDefinition> Provinces { get; }

    public IEnumerable<LoadedPack> Packs => Scan.Packs;

    public ProvinceDefinition? Find(string code) => _byCode.GetValueOrDefault(code)?.Definition;

    /// <summary>
    /// Loads (once per process) the packs of a folder, logs each broken pack on one line (its folder, the file at fault
    /// and the reason; a known fault needs no stack trace) and applies the failure policy.
    /// </summary>
    /// <exception cref="PackLoadException">A pack is broken and the policy is <see cref="PackFailurePolicy.Stop"/>.</exception>
    public static PackCatalog Load(string pluginsFolder, PackFailurePolicy policy, ILogger? log = null)
    {
        var full = Path.GetFullPath(pluginsFolder);
        var scan = Scans.GetOrAdd(full, f => new Lazy<PackScan>(() => PackLoader.Scan(f))).Value;
        foreach (var failure in scan.Failures)
        {
            log?.LogError(
                "Province pack {Outcome} (Plugins:OnFailure={Policy}): folder {Folder}, file {File}: {Reason}",
                policy == PackFailurePolicy.Skip ? "skipped" : "broken", policy, failure.Path,
                failure.File.Length == 0 ? "-" : failure.File, failure.Reason);
        }

        if (policy == PackFailurePolicy.Stop && scan.Failures.Count > 0)
        {
            throw new PackLoadException(
                "Không nạp được gói tỉnh; máy chủ dừng (Plugins:OnFailure=Stop). / Province packs failed to load; the host stops (Plugins:OnFailure=Stop):" +
                Environment.NewLine + string.Join(Environment.NewLine, scan.Failures.Select(f => " - " + f)));
        }

        return new PackCatalog(scan);
    }
}
