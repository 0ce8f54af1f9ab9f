using Platform.Sdk.Building;
using Platform.Sdk.Documents;

namespace Platform.Sdk;

// Sdk 1.4: the official documents' heading, kept in its own file.
public sealed partial class ProvincePackBuilder
{
    private DocumentRulesBuilder? _documents;

    /// <summary>
    /// What the province's official documents say (since Sdk 1.4): governing body, committee, symbol and place. A
    /// pack that states nothing issues no official document (the download is not offered).
    /// </summary>
    public DocumentRulesBuilder Documents() => _documents ??= new DocumentRulesBuilder();

    private DocumentRules BuildDocuments() => _documents?.Build() ?? DocumentRules.Unstated;
}
