namespace Platform.Benchmarks;

/// <summary>A page measured against a goal rather than a baseline, checked once before the load.</summary>
internal static class GoalPage
{
    /// <summary>Gets <paramref name="path"/> once; throws unless it answers 200 with <paramref name="mustShow"/> in its body.</summary>
    public static async Task<EndpointResult> CheckAsync(HttpClient client, string path, string mustShow)
    {
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || !html.Contains(mustShow, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode} without “{mustShow}”.");
        }

        return new EndpointResult(path, System.Text.Encoding.UTF8.GetByteCount(html));
    }
}
