using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Core.Tenancy;

/// <summary>The provinces whose packs this process loaded, by code.</summary>
public interface IProvinceCatalog
{
    /// <summary>Every loaded province, in display order.</summary>
    IReadOnlyList<ProvinceDefinition> Provinces { get; }

    /// <summary>The province with this code, or null when no pack supplies it.</summary>
    ProvinceDefinition? Find(string code);
}
