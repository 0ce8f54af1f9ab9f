using Platform.Core.Localization;

namespace Platform.Proposals;

/// <summary>English wording of the proposals pages; Vietnamese is the key and the default.</summary>
internal sealed class ProposalsTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
    };
}
