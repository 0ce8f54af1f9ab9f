using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// Every page of both provinces fits the screens officials have — 1366×768 and 1024×768 — without the page itself
/// scrolling sideways: wide content (the org chart, a wide table) scrolls inside its own box or wraps.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PageWidthTests(BrowserHost host) : IAsyncLifetime
{
    private static readonly int[] Widths = [1366, 1024];

    private BrowserSession _secretariat = null!;

    public async Task InitializeAsync()
    {
        _secretariat = await host.NewSessionAsync();
        // The secretariat of both provinces sees every page of each, its settings and audit log included.
        await _secretariat.SignInAsync("multi.secretariat");
    }

    public async Task DisposeAsync() => await _secretariat.DisposeAsync();

    [Fact]
    public async Task Every_page_of_both_provinces_fits_1366_and_1024_pixels_without_scrolling_sideways()
    {
        var (visited, overflows) = await CrawlAsync(_secretariat, ["/", "/son-la", "/dak-lak"], IsProvincePage);

        Assert.True(visited.Count > 40, "The crawl reached only " + string.Join(", ", visited));
        // A meeting's concern pages, linked from its overview, are walked too.
        foreach (var concern in new[] { "status", "agenda", "documents", "invitees", "minutes" })
        {
            Assert.Contains(visited, p => p.EndsWith("/" + concern, StringComparison.Ordinal) && p.Contains("/meetings/", StringComparison.Ordinal));
        }

        Assert.Empty(overflows);
    }

    [Fact]
    public async Task The_account_administration_pages_fit_1366_and_1024_pixels_too()
    {
        // The secretariat does not administer accounts: a province administrator walks its own pages (list, one
        // account, the import), whose tables of accounts, roles, seats and agencies are the widest.
        await using var admin = await host.NewSessionAsync();
        await admin.SignInAsync("son-la.province-admin");

        var (visited, overflows) = await CrawlAsync(admin, ["/son-la/quan-tri/tai-khoan"], p => p.StartsWith("/son-la/quan-tri/", StringComparison.Ordinal));

        Assert.Contains("/son-la/quan-tri/tai-khoan/nhap", visited);
        Assert.Contains(visited, p => Variable().IsMatch(p.Split('/')[^1]));
        Assert.Empty(overflows);
    }

    [Fact]
    public async Task The_national_roll_up_and_its_trends_fit_1366_and_1024_pixels_too()
    {
        // The ministry viewer reads every province: the roll-up's widest table, each figure's trend chart beside its table.
        await using var ministry = await host.NewSessionAsync();
        await ministry.SignInAsync("ministry.viewer");

        var (visited, overflows) = await CrawlAsync(ministry, ["/quoc-gia"], p => p.StartsWith("/quoc-gia", StringComparison.Ordinal));

        Assert.Contains("/quoc-gia", visited);
        Assert.Contains(visited, p => p.StartsWith("/quoc-gia/xu-huong/", StringComparison.Ordinal));
        Assert.Empty(overflows);
    }

    [Fact]
    public async Task The_system_administrators_pages_fit_1366_and_1024_pixels_too()
    {
        // The pages a deployment's operator reads: accounts, the loaded packs, the database with its replica and lag
        // (issue 18), the mail queue and the API clients, and whatever they link to under /admin.
        await using var admin = await host.NewSessionAsync();
        await admin.SignInAsync("admin");

        var (visited, overflows) = await CrawlAsync(
            admin, ["/admin/accounts", "/admin/packs", "/admin/database", "/admin/mail", "/admin/api"],
            p => p.StartsWith("/admin/", StringComparison.Ordinal));

        Assert.Contains("/admin/database", visited);
        Assert.Contains("/admin/packs", visited);
        Assert.Empty(overflows);
    }

    /// <summary>Opens every page reachable from <paramref name="starts"/> (one address per page shape) at both widths.</summary>
    private static async Task<(List<string> Visited, List<string> Overflows)> CrawlAsync(BrowserSession session, string[] starts, Func<string, bool> follow)
    {
        var page = session.Page;
        var queue = new Queue<string>(starts);
        var shapes = new HashSet<string>(queue.Select(Shape), StringComparer.Ordinal);
        var visited = new List<string>();
        var overflows = new List<string>();
        while (queue.TryDequeue(out var path))
        {
            // Downloads (files, calendars, exports, a report kept as a document) are not pages.
            var answer = await page.APIRequest.GetAsync(path);
            var type = answer.Headers.GetValueOrDefault("content-type") ?? "";
            var attachment = answer.Headers.GetValueOrDefault("content-disposition")?.StartsWith("attachment", StringComparison.Ordinal) == true;
            await answer.DisposeAsync();
            if (!type.StartsWith("text/html", StringComparison.Ordinal) || attachment)
            {
                continue;
            }

            await page.SetViewportSizeAsync(Widths[0], 768);
            await session.OpenAsync(path);
            visited.Add(path);
            foreach (var width in Widths)
            {
                await page.SetViewportSizeAsync(width, 768);
                var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                if (sizes[0] > sizes[1])
                {
                    var widest = await page.EvaluateAsync<string>(WidestElement);
                    overflows.Add($"{path} at {width}px: {sizes[0]}px wide for {sizes[1]}px; widest: {widest}");
                }
            }

            foreach (var href in await page.EvalOnSelectorAllAsync<string[]>("main a[href], nav a[href]", "links => links.map(a => a.getAttribute('href'))"))
            {
                var next = href.Split('#')[0];
                if (follow(next) && shapes.Add(Shape(next)))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return (visited, overflows);
    }

    /// <summary>Names the element that reaches furthest right, to say what overflows.</summary>
    private const string WidestElement = """
        () => {
          let widest = null, right = 0;
          for (const e of document.querySelectorAll("body *")) {
            const r = e.getBoundingClientRect().right;
            if (r > right) { right = r; widest = e; }
          }
          return widest ? `${widest.tagName.toLowerCase()}.${[...widest.classList].join(".")} (right edge ${Math.round(right)}px)` : "";
        }
        """;

    private static bool IsProvincePage(string path) =>
        path.StartsWith("/son-la", StringComparison.Ordinal) || path.StartsWith("/dak-lak", StringComparison.Ordinal);

    /// <summary>
    /// One address stands for every address of the same page: ids, numbers and seat keys are alike, and so are the
    /// query strings (another period, another day) of one page.
    /// </summary>
    private static string Shape(string path)
    {
        var segments = path.Split('?')[0].Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            if (Variable().IsMatch(segments[i]) || segments[i - 1] == "seats")
            {
                segments[i] = "*";
            }
        }

        return string.Join('/', segments);
    }

    [GeneratedRegex("^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9]+)$")]
    private static partial Regex Variable();
}
