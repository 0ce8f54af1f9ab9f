using Platform.Sdk;

namespace Platform.Core.Localization;

/// <summary>
/// A message for the user in both languages, shown in the request's; rule messages carry the province and article
/// they come from ("… (Sơn La, Điều 9.2c)").
/// </summary>
public sealed record Message(string Vietnamese, string English)
{
    /// <summary>A message that cites a province's regulation.</summary>
    public static Message Citing(string province, ArticleRef article, string vietnamese, string english)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new Message($"{vietnamese} ({province}, {article.ToVietnamese()})", $"{english} ({province}, {article.ToEnglish()})");
    }

    /// <summary>The message in the current UI language.</summary>
    public override string ToString() => Text.IsEnglish ? English : Vietnamese;
}
