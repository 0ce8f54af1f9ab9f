using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Platform.Core.Localization;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Every page reached from the home page, read in English by each kind of user, looks up only texts that have their
/// English: a recording localizer notes every Vietnamese text a page asked for and its module's (or pack's)
/// dictionary did not translate, with the page that asked.
/// </summary>
public sealed class EnglishWordingTests(EnglishWordingTests.RecordingHost host) : IClassFixture<EnglishWordingTests.RecordingHost>
{
    /// <summary>The host with the localizer factory wrapped by one that records the texts found without English.</summary>
    public sealed class RecordingHost : PlatformFactory
    {
        /// <summary>Vietnamese text → the pages that showed it untranslated.</summary>
        public ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> Untranslated { get; } = new(StringComparer.Ordinal);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<TextLocalizerFactory>();
                services.AddSingleton<IStringLocalizerFactory>(sp => new RecordingFactory(
                    sp.GetRequiredService<TextLocalizerFactory>(), sp.GetRequiredService<IHttpContextAccessor>(), Untranslated));
            });
        }
    }

    private sealed class RecordingFactory(
        IStringLocalizerFactory inner, IHttpContextAccessor http, ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> untranslated)
        : IStringLocalizerFactory
    {
        public IStringLocalizer Create(Type resourceSource) => new Recording(inner.Create(resourceSource), this);

        public IStringLocalizer Create(string baseName, string location) => new Recording(inner.Create(baseName, location), this);

        public void Note(LocalizedString text)
        {
            if (text.ResourceNotFound && text.Name.Any(char.IsLetter))
            {
                var page = http.HttpContext?.Request.Path.Value ?? "(no request)";
                untranslated.GetOrAdd(text.Name, _ => new(StringComparer.Ordinal)).TryAdd(page, 0);
            }
        }
    }

    private sealed class Recording(IStringLocalizer inner, RecordingFactory factory) : IStringLocalizer
    {
        public LocalizedString this[string name] => Noted(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Noted(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Noted(LocalizedString text)
        {
            factory.Note(text);
            return text;
        }
    }

    private static async Task InEnglishAsync(HttpClient client, string from)
    {
        var response = await FormPost.SubmitAsync(client, from, new Dictionary<string, string>
        {
            ["culture"] = "en-GB",
            ["returnUrl"] = from,
        }, action: "/language");
        Assert.True(response.IsSuccessStatusCode, $"Switching to English from {from}: {(int)response.StatusCode}");
    }

    /// <summary>
    /// The pages reached by following the site's links from the home page (what each page answers is other tests'
    /// business: a link a user may not follow is skipped here).
    /// </summary>
    private static async Task<List<string>> CrawlAsync(HttpClient client)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        var pages = new List<string>();
        while (queue.TryDequeue(out var url))
        {
            var response = await client.GetAsync(url);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentDisposition?.DispositionType == "attachment")
            {
                continue;
            }

            pages.Add(url);
            var page = await Html.ParseAsync(response);
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                var path = href.Split('#')[0];
                if (path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && seen.Count < 2000 && seen.Add(path))
                {
                    queue.Enqueue(path);
                }
            }
        }

        return pages;
    }

    [Fact]
    public async Task Every_page_read_in_English_finds_the_English_of_every_text_it_shows()
    {
        host.Untranslated.Clear();
        var visited = new List<string>();
        foreach (var user in new[] { DemoAccounts.MultiSecretariat, "admin", "son-la.leader", "son-la.member", "son-la.province-admin", "dak-lak.secretariat" })
        {
            var client = await host.SignInAsync(user);
            await InEnglishAsync(client, "/");
            visited.AddRange(await CrawlAsync(client));
        }

        // The pages anyone reaches: signing in, an unusable activation link, the error pages.
        var anonymous = host.CreateClient();
        await InEnglishAsync(anonymous, "/account/login");
        foreach (var url in new[] { "/account/login", "/account/activate/no-such-link", "/no-such-page" })
        {
            await anonymous.GetAsync(url);
            visited.Add(url);
        }

        Assert.Contains(visited, u => u.EndsWith("/quy-che", StringComparison.Ordinal));
        Assert.Contains(visited, u => u.StartsWith("/dak-lak/", StringComparison.Ordinal));
        var report = host.Untranslated.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}    ← {string.Join(", ", p.Value.Keys.Order(StringComparer.Ordinal).Take(3))}")
            .ToList();
        Assert.True(report.Count == 0, $"{report.Count} texts shown in English mode have no English:{Environment.NewLine}{string.Join(Environment.NewLine, report)}");
    }

    [Fact]
    public async Task The_recorder_notes_a_text_without_English_and_a_packs_page_reads_the_packs_own_dictionary()
    {
        // Negative control: a text no dictionary has is noted in English, never in Vietnamese.
        var localizer = host.Services.GetRequiredService<IStringLocalizer<EnglishWordingTests>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
            Assert.Equal("Câu không có trong từ điển nào", localizer["Câu không có trong từ điển nào"].Value);
            Assert.False(host.Untranslated.ContainsKey("Câu không có trong từ điển nào"));

            CultureInfo.CurrentUICulture = new CultureInfo("en-GB");
            Assert.Equal("Câu không có trong từ điển nào", localizer["Câu không có trong từ điển nào"].Value);
            Assert.True(host.Untranslated.ContainsKey("Câu không có trong từ điển nào"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
            host.Untranslated.Clear();
        }

        var client = await host.SignInAsync("son-la.member");
        await InEnglishAsync(client, "/son-la/quy-che");
        var page = await Html.GetAsync(client, "/son-la/quy-che");
        Assert.Equal("Working regulation", page.QuerySelector("h1")!.Text());
        Assert.Contains("Decision No. ", page.Text(), StringComparison.Ordinal);
        // The regulation's own words are content: they stay Vietnamese, marked as such.
        Assert.Equal("vi", page.QuerySelector("h2 span")!.GetAttribute("lang"));
    }
}
