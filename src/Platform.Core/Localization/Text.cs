using System.Collections.Frozen;
using System.Globalization;

namespace Platform.Core.Localization;

/// <summary>
/// A module's English wording for its Vietnamese texts. Vietnamese is the key and the default: a text with no
/// English entry shows in Vietnamese, never as a blank or a key.
/// </summary>
public interface ITextSource
{
    /// <summary>Pairs of (Vietnamese, English).</summary>
    IEnumerable<KeyValuePair<string, string>> English { get; }
}

/// <summary>The UI's wording in the request's language: <c>T["Thành viên"]</c> is "Members" in English.</summary>
public sealed class Text
{
    private readonly FrozenDictionary<string, string> _english;

    /// <summary>Merges every module's wording.</summary>
    public Text(IEnumerable<ITextSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var english = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in sources.SelectMany(s => s.English))
        {
            english[pair.Key] = pair.Value;
        }

        _english = english.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>True when the request's UI language is English.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The text in the current UI language.</summary>
    public string this[string vietnamese] =>
        IsEnglish && _english.TryGetValue(vietnamese, out var english) ? english : vietnamese;

    /// <summary>The text in the current UI language, with arguments filled in.</summary>
    public string Format(string vietnamese, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, this[vietnamese], args);
}
