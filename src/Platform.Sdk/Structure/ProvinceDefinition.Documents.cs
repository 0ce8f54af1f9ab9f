using Platform.Sdk.Documents;

namespace Platform.Sdk.Structure;

// Sdk 1.4: the official documents' heading, kept in its own file.
public sealed partial record ProvinceDefinition
{
    /// <summary>What the province's official documents say (Sdk 1.4); <see cref="DocumentRules.Unstated"/> when the pack says nothing.</summary>
    public DocumentRules Documents { get; init; } = DocumentRules.Unstated;
}
