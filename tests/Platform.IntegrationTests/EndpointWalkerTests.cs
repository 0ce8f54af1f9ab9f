using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Walks every page the host serves — the core's, every module's and every pack's — so a new page is covered the
/// day it is added: anonymous users are sent to sign in, a user of another province gets 404 whatever the id, and
/// a POST without a valid antiforgery token is refused.
/// </summary>
public sealed partial class EndpointWalkerTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    /// <summary>
    /// Pages meant for anyone: signing in (both steps), choosing a language, the error pages, and the read API's
    /// reference (as public as the OpenAPI document it is drawn from; the API's routes themselves are walked by ApiTests).
    /// </summary>
    private static readonly string[] Anonymous = ["/account/login", "/account/login-2fa", "/account/activate/{token}", "/account/forgot-password", "/language", "/error/{code:int}", "/api/tai-lieu"];

    internal List<string> Templates() =>
    [
        .. host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .Order(),
    ];

    /// <summary>A concrete address in <paramref name="province"/> for a route template; fails on a parameter it cannot fill.</summary>
    internal async Task<string> FillAsync(string template, string province)
    {
        var seat = host.Services.GetRequiredService<IProvinceCatalog>().Find(province)!.Seats.First(s => s.Role == SeatRole.Member).Key;
        // A meeting or a task of the province: its pages are walked as they are for a real one.
        var table = template.Contains("/tasks/", StringComparison.Ordinal) ? "tasks.tasks" : "meetings.meetings";
        var id = template.Contains("{id", StringComparison.Ordinal)
            ? (await host.Database.ScalarAsync<Guid>($"select id from {table} where province = '{province}' order by id limit 1")).ToString()
            : null;
        return Parameter().Replace(template, m => m.Groups[1].Value switch
        {
            "province" => province,
            "key" => seat,
            "change" => "replace",
            // The roster's forms: splitting the member seat filled in for {key}.
            "roster" => "split",
            "code" => "404",
            // An activation link nobody was given: the page answers as for any unusable link.
            "token" => "no-such-link",
            "id" => id!,
            // The demo has no documents or evidence files, and a seat's holding is looked up like them; what the walker
            // checks (sign-in, province, antiforgery) comes before the lookup.
            "documentId" or "fileId" or "requestId" or "appointment" => Guid.NewGuid().ToString(),
            // An index the Sơn La pack declares (Art. 8.2); Đắk Lắk's regulation names none, so its index pages are 404.
            "index" => "dti",
            // An indicator the Sơn La pack has reported periodically (Art. 9.2a); Đắk Lắk's declares none, so its page is 404.
            "indicator" => "ho-so-truc-tuyen",
            "year" => DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // A figure of the national roll-up (the meetings module's).
            "figure" => "hop-dinh-ky",
            var name => throw new InvalidOperationException($"The walker cannot fill {{{name}}} in {template}: add a sample value for it."),
        });
    }

    internal static bool IsAnonymous(string template) => Anonymous.Contains(template);

    private bool IsProvincePage(string template) =>
        template.StartsWith("/{province", StringComparison.Ordinal) ||
        host.Services.GetRequiredService<IProvinceCatalog>().Find(template.TrimStart('/').Split('/')[0]) is not null;

    [Fact]
    public void The_walker_sees_the_pages_of_the_core_the_modules_and_the_packs()
    {
        var templates = Templates();

        Assert.Contains("/", templates);
        Assert.Contains("/{province:province}/members", templates);
        Assert.Contains("/{province:province}/acting", templates);
        Assert.Contains("/{province:province}/meetings/{id:guid}/absences/{requestId:guid}/on-behalf", templates);
        Assert.Contains("/account/password", templates);
        Assert.Contains("/admin/packs", templates);
        Assert.Contains("/account/two-factor/enrol", templates);
        Assert.Contains("/son-la/quy-che", templates);
        Assert.Contains("/dak-lak/quy-che", templates);
        Assert.Contains("/{province:province}/meetings/{id:guid}/documents/{documentId:guid}", templates);
        // The inspection plan, its missions and their documents.
        Assert.Contains("/{province:province}/kiem-tra", templates);
        // The units' ranking of an index (Sơn La, Art. 8.2) and the ministry's comparison of provinces.
        Assert.Contains("/{province:province}/chi-so/{index}/don-vi/{year:int?}", templates);
        Assert.Contains("/quoc-gia/chi-so", templates);
        // The national roll-up and each figure's trend.
        Assert.Contains("/quoc-gia", templates);
        Assert.Contains("/quoc-gia/xu-huong/{figure}", templates);
        Assert.Contains("/{province:province}/kiem-tra/doan/moi", templates);
        Assert.Contains("/{province:province}/kiem-tra/doan/{id:guid}", templates);
        Assert.Contains("/{province:province}/kiem-tra/doan/{id:guid}/tep/{fileId:guid}", templates);
        // The meeting's concern pages, split from its overview.
        foreach (var concern in new[] { "status", "agenda", "documents", "briefings", "invitees", "minutes" })
        {
            Assert.Contains($"/{{province:province}}/meetings/{{id:guid}}/{concern}", templates);
        }
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_on_every_page_but_the_public_ones()
    {
        var client = host.CreateClient(new() { AllowAutoRedirect = false });
        var open = new List<string>();
        foreach (var template in Templates().Where(t => !IsAnonymous(t)))
        {
            var url = await FillAsync(template, "son-la");
            var response = await client.GetAsync(url);
            var toLogin = response.StatusCode == HttpStatusCode.Redirect &&
                response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal);
            if (!toLogin)
            {
                open.Add($"{url} → {(int)response.StatusCode}");
            }
        }

        Assert.Empty(open);
    }

    [Fact]
    public async Task A_user_of_one_province_gets_404_for_every_page_of_another()
    {
        var dakLak = await host.SignInAsync("dak-lak.secretariat");
        var leaks = new List<string>();
        foreach (var template in Templates().Where(IsProvincePage))
        {
            var own = template.Contains("{province", StringComparison.Ordinal) ? await FillAsync(template, "son-la") : template;
            if (!own.StartsWith("/son-la", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                var response = await dakLak.SendAsync(new HttpRequestMessage(method, own) { Content = method == HttpMethod.Post ? new FormUrlEncodedContent([]) : null });
                // A POST without a token may be refused before authorisation; what must never happen is a 2xx or 3xx.
                var allowed = response.StatusCode == HttpStatusCode.NotFound || (method == HttpMethod.Post && response.StatusCode == HttpStatusCode.BadRequest);
                if (!allowed)
                {
                    leaks.Add($"{method} {own} → {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(leaks);
        Assert.Equal(HttpStatusCode.NotFound, (await dakLak.GetAsync("/son-la/members")).StatusCode);
    }

    [Fact]
    public async Task Every_post_without_a_valid_antiforgery_token_is_refused()
    {
        // Two users between them reach every handler: a secretary of every province and the system administrator.
        var users = new[] { await host.SignInAsync(DemoAccounts.MultiSecretariat), await host.SignInAsync("admin") };
        var problems = new List<string>();
        foreach (var template in Templates().Where(t => !t.StartsWith("/error", StringComparison.Ordinal)))
        {
            var url = await FillAsync(template, "son-la");
            var refusedForTheToken = false;
            foreach (var client in users)
            {
                foreach (var token in new[] { null, "not-a-token" })
                {
                    var fields = token is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
                    var status = (await client.PostAsync(url, new FormUrlEncodedContent(fields))).StatusCode;
                    if ((int)status < 400)
                    {
                        problems.Add($"POST {url} ({token ?? "no token"}) → {(int)status}");
                    }

                    // 400: the token was checked; 404/405: the page has no POST handler at all.
                    refusedForTheToken |= status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed;
                }
            }

            if (!refusedForTheToken)
            {
                problems.Add($"POST {url}: no user reached the antiforgery check");
            }
        }

        Assert.Empty(problems);
    }

    [GeneratedRegex(@"\{(\w+)\??(?::[^}]*)?\}")]
    private static partial Regex Parameter();
}
