using AngleSharp.Dom;

namespace Platform.IntegrationTests;

/// <summary>
/// Every page a reader reaches by following the site's own links from the home page. Downloads (answers marked as
/// attachments: files, calendars, exports, a report kept as a document) are fetched and must succeed, but are not pages.
/// </summary>
internal static class SiteCrawl
{
    public sealed record CrawledPage(string Url, IDocument Document);

    public static async Task<IReadOnlyList<CrawledPage>> FromHomeAsync(HttpClient client, int limit = 2000)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        var pages = new List<CrawledPage>();
        while (queue.TryDequeue(out var url))
        {
            var response = await client.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
            if (response.Content.Headers.ContentDisposition?.DispositionType == "attachment")
            {
                continue;
            }

            var page = await Html.ParseAsync(response);
            pages.Add(new CrawledPage(url, page));
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                var path = href.Split('#')[0];
                if (path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && seen.Count < limit && seen.Add(path))
                {
                    queue.Enqueue(path);
                }
            }
        }

        return pages;
    }
}
