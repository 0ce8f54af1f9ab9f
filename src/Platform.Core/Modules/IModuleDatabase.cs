using Platform.Sdk.Structure;

namespace Platform.Core.Modules;

/// <summary>A module's own schema: migrated at start, then given each loaded province's pack to bring in line.</summary>
public interface IModuleDatabase
{
    /// <summary>The module's name, for logs.</summary>
    string Module { get; }

    /// <summary>Applies the module's migrations.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Brings what the module keeps of the pack (e.g. the committee structure) in line with it. Idempotent.</summary>
    Task SynchroniseAsync(ProvinceDefinition province, CancellationToken cancellationToken);

    /// <summary>Loads the pack's demo data if it is not there yet. Idempotent; never called on a production install.</summary>
    Task LoadDemoDataAsync(ProvinceDefinition province, CancellationToken cancellationToken);
}
