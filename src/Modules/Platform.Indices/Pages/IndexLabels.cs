using Platform.Core.Localization;
using Platform.Sdk;

namespace Platform.Indices.Pages;

/// <summary>How citations read on the indices pages.</summary>
internal static class IndexLabels
{
    public static string Cite(string province, ArticleRef article) =>
        Text.Cite(province, article);
}
