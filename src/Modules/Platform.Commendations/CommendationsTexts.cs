using Platform.Core.Localization;

namespace Platform.Commendations;

/// <summary>English wording of the commendations pages; Vietnamese is the key and the default.</summary>
internal sealed class CommendationsTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
    };
}
