namespace Platform.Benchmarks;

/// <summary>A page and its raw-Npgsql baseline, checked to show the same rows before they are measured.</summary>
internal sealed record Comparison(string Name, EndpointResult Page, EndpointResult Baseline, string Agreement)
{
    /// <summary>
    /// Gets both once; throws unless both answer 200 and <paramref name="rows"/> finds the same non-empty list in each.
    /// </summary>
    public static async Task<Comparison> CheckAsync(
        HttpClient client, string name, string pagePath, string baselinePath, Func<string, List<string>> rows, string what)
    {
        var pageHtml = await client.GetStringAsync(pagePath);
        var baselineHtml = await client.GetStringAsync(baselinePath);
        var pageRows = rows(pageHtml);
        var baselineRows = rows(baselineHtml);
        if (pageRows.Count == 0 || !pageRows.SequenceEqual(baselineRows))
        {
            throw new InvalidOperationException(
                $"{pagePath} shows [{string.Join(", ", pageRows)}] but {baselinePath} [{string.Join(", ", baselineRows)}].");
        }

        return new Comparison(
            name,
            new EndpointResult(pagePath, System.Text.Encoding.UTF8.GetByteCount(pageHtml)),
            new EndpointResult(baselinePath, System.Text.Encoding.UTF8.GetByteCount(baselineHtml)),
            $"Both answers listed the same {pageRows.Count} {what} before the load started.");
    }
}
