using System.Text.RegularExpressions;

namespace Platform.Benchmarks;

/// <summary>
/// The province's search measured on its own: no raw baseline (it is one statement per module's source, each served by
/// its trigram index), but checked before the load to find records, so that the figure is of a search that works.
/// </summary>
internal static partial class SearchProbe
{
    public static async Task<EndpointResult> CheckAsync(HttpClient client, Options options)
    {
        var path = $"/{options.Province}/tim-kiem?q={Uri.EscapeDataString(options.SearchQuery ?? "")}";
        var html = await client.GetStringAsync(path);
        var hits = Hit().Matches(html).Count;
        if (hits == 0)
        {
            throw new InvalidOperationException($"{path} found nothing in the dataset: choose --search words its records hold.");
        }

        Console.WriteLine($"  search: {hits} hits for “{options.SearchQuery}”");
        return new EndpointResult(path, System.Text.Encoding.UTF8.GetByteCount(html));
    }

    [GeneratedRegex("<li>\\s*<p><span class=\"badge\">")]
    private static partial Regex Hit();
}
