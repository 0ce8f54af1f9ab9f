using Platform.Core.Localization;

namespace Platform.Meetings;

/// <summary>English wording of the meetings pages; Vietnamese is the key and the default.</summary>
internal sealed class MeetingsTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
        ["Cuộc họp"] = "Meetings",
    };
}
