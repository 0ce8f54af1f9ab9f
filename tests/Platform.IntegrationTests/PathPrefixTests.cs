using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The site behind a ministry's proxy under <c>/bcd</c> (<c>Platform:PathBase</c>): every link, form and source of the
/// pages the endpoint walker knows starts with the prefix and answers; signing in, redirects after a save, cookies,
/// the calendar file and the activation links keep to it; a wrong prefix stops the start.
/// </summary>
public sealed class PathPrefixTests(PathPrefixTests.PrefixedHost host) : IClassFixture<PathPrefixTests.PrefixedHost>
{
    private const string Prefix = "/bcd";

    /// <summary>The site as the proxy serves it: under /bcd, its public address ending with the prefix.</summary>
    public sealed class PrefixedHost : PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Platform:PathBase", Prefix);
            builder.UseSetting("Platform:PublicUrl", "http://localhost" + Prefix);
        }
    }

    /// <summary>Signs in on the sign-in page under the prefix, as an official behind the proxy does.</summary>
    private async Task<HttpClient> SignInAsync(string userName)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedIn = await FormPost.SubmitAsync(client, Prefix + "/account/login", new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = DemoAccounts.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(Prefix + "/", signedIn.Headers.Location!.OriginalString);
        return client;
    }

    [Fact]
    public async Task Every_link_form_and_source_of_the_walked_pages_starts_with_the_prefix_and_answers()
    {
        var walker = new EndpointWalkerTests(host);
        var wrong = new List<string>();
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        var walked = 0;
        foreach (var user in new[] { DemoAccounts.MultiSecretariat, "son-la.province-admin", "admin" })
        {
            var client = await SignInAsync(user);
            foreach (var template in walker.Templates().Where(t => !EndpointWalkerTests.IsAnonymous(t) && t != "/account/logout"))
            {
                var url = Prefix + await walker.FillAsync(template, "son-la");
                var response = await client.GetAsync(url);
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                walked++;
                var page = await Html.ParseAsync(response);
                foreach (var (element, value) in Addresses(page))
                {
                    var target = new Uri(new Uri("http://localhost" + url), value);
                    if (target.Host != "localhost")
                    {
                        continue;
                    }

                    if (!target.AbsolutePath.StartsWith(Prefix + "/", StringComparison.Ordinal) && target.AbsolutePath != Prefix)
                    {
                        wrong.Add($"{url} ({user}): <{element}> {value}");
                    }
                    else if (element is "a" or "link" or "script" or "img")
                    {
                        targets.TryAdd(target.PathAndQuery, $"{url} ({user})");
                    }
                }
            }

            // Every address the pages point to answers for the user who saw it (files and exports included).
            foreach (var (target, from) in targets)
            {
                var status = (await client.GetAsync(target)).StatusCode;
                if ((int)status >= 400)
                {
                    wrong.Add($"{from}: {target} → {(int)status}");
                }
            }

            targets.Clear();
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        // The province's pages, the core's and the packs' were read, not skipped.
        Assert.True(walked > 40, $"Only {walked} pages answered under {Prefix}.");
    }

    [Fact]
    public async Task Signing_in_returns_to_the_page_asked_for_and_a_save_redirects_inside_the_prefix_with_cookies_kept_to_it()
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var cookies = new List<SetCookieHeaderValue>();

        // Outside the prefix nothing answers, and no cookie is set for "/".
        var outside = await client.GetAsync("/son-la/members");
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Empty(SetCookies(outside));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/favicon.ico")).StatusCode);

        var asked = await client.GetAsync(Prefix + "/son-la/members");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var login = asked.Headers.Location!;
        Assert.Equal(Prefix + "/account/login", login.IsAbsoluteUri ? login.AbsolutePath : login.OriginalString.Split('?')[0]);
        var loginPage = login.IsAbsoluteUri ? login.PathAndQuery : login.OriginalString;
        Assert.Contains("ReturnUrl=%2Fbcd%2Fson-la%2Fmembers", loginPage, StringComparison.Ordinal);

        cookies.AddRange(SetCookies(await client.GetAsync(loginPage)));
        var signedIn = await FormPost.SubmitAsync(client, loginPage, new Dictionary<string, string>
        {
            ["UserName"] = DemoAccounts.MultiSecretariat,
            ["Password"] = DemoAccounts.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(Prefix + "/son-la/members", signedIn.Headers.Location!.OriginalString);
        cookies.AddRange(SetCookies(signedIn));

        var seat = host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!.Seats.First(s => s.Role == SeatRole.Member).Key;
        var form = await Forms.OpenAsync(client, $"{Prefix}/son-la/seats/{seat}/replace", "#Form_PersonName");
        Assert.StartsWith(Prefix + "/son-la/seats/", form.Action, StringComparison.Ordinal);
        var saved = await form.SendAsync(client, new Dictionary<string, string>
        {
            ["Form.EffectiveFrom"] = "01/09/2025",
            ["Form.DecisionNumber"] = "245/QĐ-UBND",
            ["Form.DecisionDate"] = "25/08/2025",
            ["Form.DecisionSigner"] = "Chủ tịch UBND tỉnh",
            ["Form.PersonName"] = "Lê Thị Thu (demo)",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"{Prefix}/son-la/seats/{seat}", saved.Headers.Location!.OriginalString);
        cookies.AddRange(SetCookies(saved));
        var done = await Html.GetAsync(client, saved.Headers.Location!.OriginalString);
        Assert.Contains("Lê Thị Thu (demo)", done.Text(), StringComparison.Ordinal);

        var switched = await FormPost.SubmitAsync(client, Prefix + "/son-la", new Dictionary<string, string> { ["culture"] = "en-GB" }, action: Prefix + "/language");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal(Prefix + "/son-la", switched.Headers.Location!.OriginalString);
        cookies.AddRange(SetCookies(switched));

        Assert.Equal(
            ["Platform.Antiforgery", "Platform.Culture", "Platform.Session", "Platform.TempData"],
            cookies.Select(c => c.Name.Value!).Where(n => n.StartsWith("Platform.", StringComparison.Ordinal) && n != "Platform.External" && n != "Platform.TwoFactor").Distinct().Order());
        Assert.All(cookies, c => Assert.Equal(Prefix, c.Path.Value));
    }

    [Fact]
    public async Task The_calendar_file_and_the_activation_links_point_inside_the_prefix()
    {
        var secretary = await SignInAsync(DemoAccounts.MultiSecretariat);
        var meeting = await host.Database.ScalarAsync<Guid>("select id from meetings.meetings where province = 'son-la' order by id limit 1");
        var ics = await secretary.GetStringAsync($"{Prefix}/son-la/meetings/{meeting}/ics");
        Assert.Contains($"http://localhost{Prefix}/son-la/meetings/{meeting}", ics.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var admin = await SignInAsync("son-la.province-admin");
        var created = await Forms.SubmitAsync(admin, Prefix + "/son-la/quan-tri/tai-khoan", "#Form_FullName", new Dictionary<string, string>
        {
            ["Form.FullName"] = "Lò Văn Tiền Tố",
            ["Form.UserName"] = "sl.tien-to",
            ["Form.Email"] = "",
            ["Form.Role"] = "member",
            ["Form.Seat"] = "",
            ["Form.Agency"] = "so-noi-vu",
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var link = Assert.Single((await Html.ParseAsync(created)).QuerySelectorAll("code.activation-link")).TextContent.Trim();
        Assert.StartsWith($"http://localhost{Prefix}/account/activate/", link, StringComparison.Ordinal);
        var activation = await host.CreateClient().GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, activation.StatusCode);
        Assert.NotNull((await Html.ParseAsync(activation)).QuerySelector("#password"));
    }

    [Theory]
    [InlineData("bcd", "http://localhost/bcd", "Platform:PathBase")]
    [InlineData("/bcd/", "http://localhost/bcd", "Platform:PathBase")]
    [InlineData("/bộ", "http://localhost/bộ", "Platform:PathBase")]
    [InlineData("/bcd", "http://localhost", "Platform:PublicUrl")]
    public void A_prefix_that_would_break_the_links_stops_the_start_naming_the_setting(string pathBase, string publicUrl, string named)
    {
        var refused = Assert.ThrowsAny<Exception>(() => host.WithWebHostBuilder(b =>
        {
            b.UseSetting("Platform:PathBase", pathBase);
            b.UseSetting("Platform:PublicUrl", publicUrl);
        }).Services);

        var message = string.Join(" | ", Causes(refused).Select(e => e.Message));
        Assert.Contains(named, message, StringComparison.Ordinal);
        Assert.Contains("phải", message, StringComparison.Ordinal);
        Assert.Contains("must", message, StringComparison.Ordinal);
    }

    /// <summary>The addresses a page holds: links, stylesheets, scripts, images, form actions and the autosave address.</summary>
    private static IEnumerable<(string Element, string Value)> Addresses(IDocument page)
    {
        foreach (var element in page.QuerySelectorAll("[href], [src], [action], [formaction], [data-autosave]"))
        {
            foreach (var attribute in new[] { "href", "src", "action", "formaction", "data-autosave" })
            {
                if (element.GetAttribute(attribute) is { } value)
                {
                    yield return (element.LocalName, value);
                }
            }
        }
    }

    private static IList<SetCookieHeaderValue> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues(HeaderNames.SetCookie, out var values) ? SetCookieHeaderValue.ParseList(values.ToList()) : [];

    private static IEnumerable<Exception> Causes(Exception e)
    {
        for (Exception? cause = e; cause is not null; cause = cause.InnerException)
        {
            yield return cause;
            if (cause is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Causes))
                {
                    yield return inner;
                }
            }
        }
    }
}

/// <summary>
/// A proxy that says where it serves the site with <c>X-Forwarded-Prefix</c> (<c>Platform:ForwardedPrefix</c>): its
/// prefix is believed from the proxy's address only (<c>Platform:TrustedProxies</c>), never from anyone else.
/// </summary>
public sealed class ForwardedPrefixTests(ForwardedPrefixTests.ProxiedHost host) : IClassFixture<ForwardedPrefixTests.ProxiedHost>
{
    private const string Proxy = "10.9.8.7";

    /// <summary>The request's source address, which a test server does not have: taken from a test header.</summary>
    private const string SourceHeader = "X-Test-Source";

    public sealed class ProxiedHost : PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Platform:ForwardedPrefix", "true");
            builder.UseSetting("Platform:TrustedProxies:0", Proxy);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, SourceAddress>());
        }
    }

    private sealed class SourceAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[SourceHeader].FirstOrDefault() ?? "127.0.0.1");
                return then(context);
            });
            next(app);
        };
    }

    private async Task<IDocument> LoginPageAsync(string source)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add(SourceHeader, source);
        request.Headers.Add("X-Forwarded-Prefix", "/bcd");
        var response = await host.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    [Fact]
    public async Task The_trusted_proxys_prefix_goes_into_every_link_and_anyone_elses_is_ignored()
    {
        var proxied = await LoginPageAsync(Proxy);
        Assert.Equal("/bcd/account/login", proxied.QuerySelector("form.stacked")!.GetAttribute("action"));
        Assert.Equal("/bcd", proxied.QuerySelector("footer a")!.GetAttribute("href"));
        Assert.StartsWith("/bcd/css/site.css", proxied.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), StringComparison.Ordinal);

        var forged = await LoginPageAsync("10.1.1.1");
        Assert.Equal("/account/login", forged.QuerySelector("form.stacked")!.GetAttribute("action"));
        Assert.Equal("/", forged.QuerySelector("footer a")!.GetAttribute("href"));
    }
}
