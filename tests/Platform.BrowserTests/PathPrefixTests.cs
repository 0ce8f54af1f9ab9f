using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests;

/// <summary>The demo site served under /bcd, as a ministry's proxy publishes it (<c>Platform:PathBase</c>).</summary>
public sealed class PrefixedHost() : BrowserHost(pathBase: "/bcd");

[CollectionDefinition(Name)]
public sealed class PrefixedCollection : ICollectionFixture<PrefixedHost>
{
    public const string Name = "Under a path prefix";
}

/// <summary>
/// Behind the proxy, in Chromium: an official signs in under /bcd, follows the navigation and the page's own links,
/// records a decision with a form, and never leaves the prefix — no page, stylesheet, script or form goes elsewhere.
/// </summary>
[Collection(PrefixedCollection.Name)]
public sealed class PathPrefixTests(PrefixedHost host) : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _outside = new();
    private BrowserSession _browser = null!;

    private IPage Page => _browser.Page;

    public async Task InitializeAsync()
    {
        _browser = await host.NewSessionAsync();
        Page.Request += (_, request) =>
        {
            var path = new Uri(request.Url).AbsolutePath;
            if (!path.StartsWith("/bcd/", StringComparison.Ordinal) && path != "/bcd")
            {
                _outside.Enqueue($"{request.Method} {request.Url}");
            }
        };
    }

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task An_official_signs_in_follows_links_and_saves_a_form_without_leaving_the_prefix()
    {
        // Asked for a page before signing in: the sign-in page under the prefix, and back to that page after.
        await _browser.OpenAsync(host.Address + "son-la/members");
        await Expect(Page).ToHaveURLAsync(new Regex("/bcd/account/login\\?ReturnUrl=%2Fbcd%2Fson-la%2Fmembers$"));
        await Page.Locator("#UserName").FillAsync("son-la.secretariat");
        await Page.Locator("#Password").FillAsync(Platform.Testing.DemoAccounts.Password);
        await _browser.GoAsync(() => Page.Locator("form.stacked button[type=submit]").ClickAsync());
        await Expect(Page).ToHaveURLAsync(new Regex("/bcd/son-la/members$"));
        await Expect(MainNav("Thành viên")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(MainNav("Cuộc họp")).Not.ToHaveAttributeAsync("aria-current", "page");

        // The navigation, then the page's own links: a seat, and the form that records its holder's replacement.
        await _browser.GoAsync(() => MainNav("Cuộc họp").ClickAsync());
        await Expect(Page).ToHaveURLAsync(new Regex("/bcd/son-la/meetings$"));
        await Expect(MainNav("Cuộc họp")).ToHaveAttributeAsync("aria-current", "page");
        await _browser.GoAsync(() => MainNav("Thành viên").ClickAsync());
        await _browser.GoAsync(() => Page.Locator("table.members").Last.GetByRole(AriaRole.Link, new() { Name = "Giám đốc Sở Tài chính", Exact = true }).ClickAsync());
        await Expect(Page).ToHaveURLAsync(new Regex("/bcd/son-la/seats/[^/]+$"));
        var seatUrl = Page.Url;
        await _browser.GoAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Thay thế theo quyết định" }).ClickAsync());
        await Expect(Page).ToHaveURLAsync(new Regex("/bcd/son-la/seats/[^/]+/replace$"));
        await Page.Locator("#Form_PersonName").FillAsync("Cầm Thị Tiền Tố");
        await Page.Locator("#Form_EffectiveFrom").FillAsync("01/09/2025");
        await Page.Locator("#Form_DecisionNumber").FillAsync("301/QĐ-UBND");
        await Page.Locator("#Form_DecisionDate").FillAsync("28/08/2025");
        await Page.Locator("#Form_DecisionSigner").FillAsync("Chủ tịch UBND tỉnh");
        await _browser.GoAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync());

        await Expect(Page).ToHaveURLAsync(seatUrl);
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu thay đổi.");
        await Expect(Page.Locator("section.card").First).ToContainTextAsync("Cầm Thị Tiền Tố");
        // The stylesheet and the script came from under the prefix too.
        await Expect(Page.Locator("link[rel=stylesheet]")).ToHaveAttributeAsync("href", new Regex("^/bcd/css/site\\.css"));
        await Expect(Page.Locator("script[src*=\"autosave\"]")).ToHaveAttributeAsync("src", new Regex("^/bcd/js/autosave\\.js"));

        // Signing out is a form of the layout: it posts under the prefix and lands on the sign-in page there.
        await _browser.GoAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync());
        await Expect(Page).ToHaveURLAsync(new Regex("/bcd/account/login$"));

        _browser.AssertNoBrokenResources();
        Assert.Empty(_outside);
    }

    private ILocator MainNav(string name) =>
        Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
}
