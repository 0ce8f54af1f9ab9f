using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;
using Platform.Testing;
using SameSiteMode = Microsoft.Net.Http.Headers.SameSiteMode;

namespace Platform.IntegrationTests;

/// <summary>
/// The host's cookies — form tokens, the message after a save, the language — are out of scripts' reach and not sent
/// by other sites' forms; over HTTPS they are Secure, and on an HTTPS-only deployment they carry the __Host- prefix.
/// </summary>
public sealed class CookieTests
{
    /// <summary>A deployment declared HTTPS-only.</summary>
    public sealed class HttpsOnlyHost : PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:HttpsOnly", "true");
        }
    }

    [Fact]
    public async Task Over_HTTP_the_cookies_are_HttpOnly_and_SameSite_without_prefix()
    {
        await using var hosts = new Hosts();
        var host = await hosts.StartAsync(new PlatformFactory());

        var cookies = await CookiesOfAFormSaveAndALanguageSwitch(host, "http://localhost/");

        AssertCookie(cookies, "Platform.Antiforgery", SameSiteMode.Strict, secure: false);
        AssertCookie(cookies, "Platform.TempData", SameSiteMode.Strict, secure: false);
        AssertCookie(cookies, "Platform.Culture", SameSiteMode.Lax, secure: false);
        AssertCookie(cookies, "Platform.Session", SameSiteMode.Lax, secure: false);
    }

    [Fact]
    public async Task Over_HTTPS_the_same_cookies_are_Secure()
    {
        await using var hosts = new Hosts();
        var host = await hosts.StartAsync(new PlatformFactory());

        var cookies = await CookiesOfAFormSaveAndALanguageSwitch(host, "https://platform.test/");

        AssertCookie(cookies, "Platform.Antiforgery", SameSiteMode.Strict, secure: true);
        AssertCookie(cookies, "Platform.TempData", SameSiteMode.Strict, secure: true);
        AssertCookie(cookies, "Platform.Culture", SameSiteMode.Lax, secure: true);
        AssertCookie(cookies, "Platform.Session", SameSiteMode.Lax, secure: true);
    }

    [Fact]
    public async Task An_HTTPS_only_deployment_names_them_Host_prefixed()
    {
        await using var hosts = new Hosts();
        var host = await hosts.StartAsync(new HttpsOnlyHost());

        var cookies = await CookiesOfAFormSaveAndALanguageSwitch(host, "https://platform.test/");

        AssertCookie(cookies, "__Host-Platform.Antiforgery", SameSiteMode.Strict, secure: true);
        AssertCookie(cookies, "__Host-Platform.TempData", SameSiteMode.Strict, secure: true);
        AssertCookie(cookies, "__Host-Platform.Culture", SameSiteMode.Lax, secure: true);
        AssertCookie(cookies, "__Host-Platform.Session", SameSiteMode.Lax, secure: true);
        Assert.DoesNotContain(cookies, c => !c.Name.Value!.StartsWith("__Host-", StringComparison.Ordinal));
    }

    /// <summary>Replaces a seat's holder (form token, then the saved message) and switches the language.</summary>
    private static async Task<List<SetCookieHeaderValue>> CookiesOfAFormSaveAndALanguageSwitch(PlatformFactory host, string address)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(address), AllowAutoRedirect = false });
        var seat = host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!.Seats.First(s => s.Role == SeatRole.Member).Key;
        var cookies = new List<SetCookieHeaderValue>();

        cookies.AddRange(SetCookies(await client.GetAsync("/account/login")));
        var signedIn = await FormPost.SubmitAsync(client, "/account/login", new Dictionary<string, string>
        {
            ["UserName"] = DemoAccounts.MultiSecretariat,
            ["Password"] = DemoAccounts.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        cookies.AddRange(SetCookies(signedIn));

        var form = await client.GetAsync($"/son-la/seats/{seat}/replace");
        cookies.AddRange(SetCookies(form));
        var saved = await FormPost.SubmitAsync(client, $"/son-la/seats/{seat}/replace", new Dictionary<string, string>
        {
            ["Form.EffectiveFrom"] = "01/09/2025",
            ["Form.DecisionNumber"] = "245/QĐ-UBND",
            ["Form.DecisionDate"] = "25/08/2025",
            ["Form.DecisionSigner"] = "Chủ tịch UBND tỉnh",
            ["Form.PersonName"] = "Lê Thị Thu (demo)",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        cookies.AddRange(SetCookies(saved));
        var switched = await FormPost.SubmitAsync(client, "/son-la", new Dictionary<string, string>
        {
            ["culture"] = "en-GB",
            ["returnUrl"] = "/son-la",
        }, action: "/language");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        cookies.AddRange(SetCookies(switched));
        return cookies;
    }

    private static IList<SetCookieHeaderValue> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues(HeaderNames.SetCookie, out var values) ? SetCookieHeaderValue.ParseList(values.ToList()) : [];

    private static void AssertCookie(List<SetCookieHeaderValue> cookies, string name, SameSiteMode sameSite, bool secure)
    {
        var cookie = cookies.FirstOrDefault(c => c.Name == name)
            ?? throw new Xunit.Sdk.XunitException($"No cookie {name}; set were: {string.Join(", ", cookies.Select(c => c.Name))}");
        Assert.True(cookie.HttpOnly, $"{name} is not HttpOnly");
        Assert.Equal(sameSite, cookie.SameSite);
        Assert.Equal(secure, cookie.Secure);
        Assert.Equal("/", cookie.Path.Value);
        Assert.Null(cookie.Domain.Value);
    }
}
