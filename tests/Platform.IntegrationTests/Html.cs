using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Platform.IntegrationTests;

/// <summary>Reads a page as a user sees it: its elements and its visible text.</summary>
internal static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    public static string Text(this IDocument document) => Normalise(document.Body?.TextContent ?? "");

    public static string Text(this IElement element) => Normalise(element.TextContent);

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
