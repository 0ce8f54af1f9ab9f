using Platform.Core.Localization;

namespace Platform.Inspections;

/// <summary>English wording of the inspections pages; Vietnamese is the key and the default.</summary>
internal sealed class InspectionsTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
    };
}
