using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>Every response tells the browser to run no inline code, not to be framed and not to guess types.</summary>
public sealed class SecurityHeadersTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; " +
        "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static TheoryData<string, HttpStatusCode> Responses => new()
    {
        { "/", HttpStatusCode.OK },
        { "/son-la/members", HttpStatusCode.OK },
        { "/dak-lak/quy-che", HttpStatusCode.OK },
        { "/ha-giang/members", HttpStatusCode.NotFound },
        { "/css/site.css", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_browser_defences(string url, HttpStatusCode status)
    {
        var response = await (await host.SignInAsync(DemoAccounts.MultiSecretariat)).GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        AssertDefences(response);
    }

    [Fact]
    public async Task A_redirect_after_a_form_carries_them_too()
    {
        var client = await host.SignInAsync(DemoAccounts.MultiSecretariat, new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await FormPost.SubmitAsync(client, "/son-la", new Dictionary<string, string>
        {
            ["culture"] = "en-GB",
            ["returnUrl"] = "/son-la",
        }, action: "/language");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertDefences(response);
    }

    [Fact]
    public async Task Plain_HTTP_gets_no_HSTS()
    {
        var response = await host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://platform.test/") })
            .GetAsync("/");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task HTTPS_is_pinned_for_a_year_on_this_host_only()
    {
        var response = await host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://platform.test/") })
            .GetAsync("/");

        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task No_page_of_the_site_has_inline_script_or_style()
    {
        var pages = await SiteCrawl.FromHomeAsync(await host.SignInAsync(DemoAccounts.MultiSecretariat));

        Assert.True(pages.Count > 20, $"only {pages.Count} pages reached");
        var inline = pages
            .SelectMany(p => p.Document.QuerySelectorAll("script:not([src]), style, [style]")
                .Concat(p.Document.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))))
                .Select(e => $"{p.Url}: <{e.LocalName}>"))
            .ToList();
        Assert.Empty(inline);
    }

    private static void AssertDefences(HttpResponseMessage response)
    {
        Assert.Equal(Policy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("camera=(), geolocation=(), microphone=(), payment=(), usb=()", Header(response, "Permissions-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
            ? Assert.Single(values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} has no {name} header.");
}
