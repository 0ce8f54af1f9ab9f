using System.Globalization;

namespace Platform.Core.Localization;

/// <summary>
/// A module's English wording for its Vietnamese texts: the module's own dictionary, read by its pages and services
/// through <c>IStringLocalizer</c> (see <see cref="TextLocalizerFactory"/>). Vietnamese is the key and the default: a
/// text with no English entry shows in Vietnamese, never as a blank or a key.
/// </summary>
public interface ITextSource
{
    /// <summary>Pairs of (Vietnamese, English).</summary>
    IEnumerable<KeyValuePair<string, string>> English { get; }
}

/// <summary>The request's UI language, for the few texts that come in both languages with their content.</summary>
public static class Text
{
    /// <summary>True when the request's UI language is English.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>An article as the pages cite it in the request's language: "Sơn La, Điều 12.4" / "Sơn La, Art. 12.4".</summary>
    public static string Cite(string province, Sdk.ArticleRef article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return $"{province}, {(IsEnglish ? article.ToEnglish() : article.ToVietnamese())}";
    }
}
