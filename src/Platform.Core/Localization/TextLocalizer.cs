using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Platform.Core.Localization;

/// <summary>
/// The wording of one module or pack in the request's language: <c>T["Thành viên"]</c> is "Members" in English.
/// Vietnamese is the source text and the key; in Vietnamese every text is found as it is written; in English a text
/// with no English in the dictionaries read shows in Vietnamese and is marked <see cref="LocalizedString.ResourceNotFound"/>.
/// </summary>
internal sealed class TextLocalizer : IStringLocalizer
{
    private readonly IReadOnlyList<FrozenDictionary<string, string>> _dictionaries;
    private readonly Func<FrozenDictionary<string, string>?>? _fallback;

    /// <param name="dictionaries">The dictionaries read in order, the first holding the English wins.</param>
    /// <param name="fallback">A further dictionary chosen per request (the shared wording's: the page's module), or null.</param>
    public TextLocalizer(IReadOnlyList<FrozenDictionary<string, string>> dictionaries, Func<FrozenDictionary<string, string>?>? fallback = null)
    {
        _dictionaries = dictionaries;
        _fallback = fallback;
    }

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            if (!Text.IsEnglish)
            {
                return new LocalizedString(name, name, resourceNotFound: false);
            }

            foreach (var dictionary in _dictionaries)
            {
                if (dictionary.TryGetValue(name, out var english))
                {
                    return new LocalizedString(name, english, resourceNotFound: false);
                }
            }

            return _fallback?.Invoke() is { } more && more.TryGetValue(name, out var found)
                ? new LocalizedString(name, found, resourceNotFound: false)
                : new LocalizedString(name, name, resourceNotFound: true);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        _dictionaries.SelectMany(d => d).DistinctBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => Text.IsEnglish ? new LocalizedString(p.Key, p.Value) : new LocalizedString(p.Key, p.Key));
}

/// <summary>The wording helpers pages and services use beside the indexer.</summary>
public static class TextLocalizerExtensions
{
    /// <summary>The text in the current UI language, with arguments filled in: <c>T.Format("Trang {0}/{1}", 1, 3)</c>.</summary>
    public static string Format(this IStringLocalizer localizer, string vietnamese, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return string.Format(CultureInfo.CurrentCulture, localizer[vietnamese].Value, args);
    }
}
