using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>Sign-in resists guessing, and an account an administrator disables is out at its next request.</summary>
public sealed class SessionSecurityTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    private static Dictionary<string, string> Credentials(string user, string password) => new()
    {
        ["UserName"] = user,
        ["Password"] = password,
    };

    [Fact]
    public async Task Repeated_wrong_passwords_make_the_next_attempt_wait_rather_than_lock_the_account()
    {
        var client = host.CreateClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await FormPost.SubmitAsync(client, "/account/login", Credentials("dak-lak.member", "wrong-password-" + attempt));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var right = await FormPost.SubmitAsync(client, "/account/login", Credentials("dak-lak.member", DemoAccounts.Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        var wait = int.Parse(right.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(wait, 1, 30);
        var page = await Html.ParseAsync(right);
        var alert = page.QuerySelector("[role=alert]")!.Text();
        Assert.Contains("Quá nhiều lần thử", alert, StringComparison.Ordinal);
        Assert.Contains($"Thử lại sau {wait} giây", alert, StringComparison.Ordinal);
        Assert.Equal("dak-lak.member", page.QuerySelector("#UserName")!.GetAttribute("value"));
        Assert.Equal(0, await host.Database.ScalarAsync<long>(
            "select count(*) from identity.accounts where user_name = 'dak-lak.member' and (lockout_end is not null or access_failed_count > 0)"));
    }

    [Fact]
    public async Task An_unknown_user_a_wrong_password_and_a_refused_account_get_the_same_answer()
    {
        _ = host.Services; // started: its migrations have run
        await host.Database.ExecuteAsync("""
            update identity.accounts set is_disabled = true where user_name = 'dak-lak.leader';
            update identity.accounts set lockout_end = now() + interval '1 hour' where user_name = 'dak-lak.secretariat';
            """);
        var client = host.CreateClient();

        var answers = new List<(HttpStatusCode Status, string Alert)>();
        foreach (var (user, password) in (IEnumerable<(string, string)>)[
            ("nobody.here", "some-password-1"),
            ("son-la.secretariat", "some-password-1"),
            ("dak-lak.leader", DemoAccounts.Password),
            ("dak-lak.secretariat", DemoAccounts.Password)])
        {
            var response = await FormPost.SubmitAsync(client, "/account/login", Credentials(user, password));
            answers.Add((response.StatusCode, (await Html.ParseAsync(response)).QuerySelector("[role=alert]")!.Text()));
        }

        Assert.All(answers, a => Assert.Equal(answers[0], a));
        Assert.Equal(HttpStatusCode.Unauthorized, answers[0].Status);
        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", answers[0].Alert);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copied_cookie_is_refused()
    {
        var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedIn = await FormPost.SubmitAsync(browser, "/account/login", Credentials("son-la.secretariat", DemoAccounts.Password));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])
            .Single(c => c.StartsWith("Platform.Session=", StringComparison.Ordinal));
        var copy = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        var otherDevice = await host.SignInAsync("son-la.secretariat");
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/son-la/members")).StatusCode);

        var signedOut = await Forms.PostAsync(browser, "/son-la/members", "/account/logout", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var refused = await copy.GetAsync("/son-la/members");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("http://localhost/account/login", refused.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        var stillIn = await otherDevice.GetAsync("/son-la/members");
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal("/son-la/members", stillIn.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_disabled_account_is_signed_out_at_its_next_request()
    {
        var member = await host.SignInAsync("son-la.member");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/son-la/members")).StatusCode);
        var admin = await host.SignInAsync("admin");
        var accounts = await Html.GetAsync(admin, "/admin/accounts");
        var row = accounts.QuerySelector("#account-son-la\\.member")!;
        var action = row.QuerySelector("form")!.GetAttribute("action")!;

        var disabled = await FormPost.SubmitAsync(admin, "/admin/accounts", new Dictionary<string, string>(), action);

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        var next = await member.GetAsync("/son-la/members");
        Assert.Equal("/account/login", next.RequestMessage!.RequestUri!.AbsolutePath);
        await Assert.ThrowsAsync<InvalidOperationException>(() => host.SignInAsync("son-la.member"));
    }

    [Fact]
    public async Task An_administrator_resets_a_password_and_the_old_one_stops_working()
    {
        var viewer = await host.SignInAsync("dak-lak.viewer");
        var admin = await host.SignInAsync("admin");
        var accounts = await Html.GetAsync(admin, "/admin/accounts");
        var reset = accounts.QuerySelector("#account-dak-lak\\.viewer")!.QuerySelectorAll("form")[1];
        var field = reset.QuerySelector("input[type=password]")!.GetAttribute("name")!;

        var done = await FormPost.SubmitAsync(admin, "/admin/accounts", new Dictionary<string, string> { [field] = "Mật-khẩu-mới-cấp-lại-2025" },
            reset.GetAttribute("action"));

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("Đã đặt lại mật khẩu", (await Html.ParseAsync(done)).Text(), StringComparison.Ordinal);
        // Every session of the account ends, on the server too: one signed in before the reset is out.
        Assert.Equal("/account/login", (await viewer.GetAsync("/dak-lak/members")).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(0, await host.Database.ScalarAsync<long>("""
            select count(*) from identity.sessions s join identity.accounts a on a.id = s.account_id
            where a.user_name = 'dak-lak.viewer' and s.ended_at is null
            """));
        await Assert.ThrowsAsync<InvalidOperationException>(() => host.SignInAsync("dak-lak.viewer"));
        Assert.NotNull(await host.SignInAsync("dak-lak.viewer", "Mật-khẩu-mới-cấp-lại-2025"));
    }


    [Fact]
    public async Task A_common_or_short_password_is_refused_when_changing_it()
    {
        var client = await host.SignInAsync("son-la.leader");

        var common = await FormPost.SubmitAsync(client, "/account/password", new Dictionary<string, string>
        {
            ["Current"] = DemoAccounts.Password,
            ["New"] = "matkhau123456",
            ["Repeat"] = "matkhau123456",
        });
        var shortOne = await FormPost.SubmitAsync(client, "/account/password", new Dictionary<string, string>
        {
            ["Current"] = DemoAccounts.Password,
            ["New"] = "Ngắn-quá1",
            ["Repeat"] = "Ngắn-quá1",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, common.StatusCode);
        Assert.Contains("quá dễ đoán", (await Html.ParseAsync(common)).Text(), StringComparison.Ordinal);
        Assert.Contains("ít nhất 12 ký tự", (await Html.ParseAsync(shortOne)).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_from_the_breach_list_is_refused()
    {
        var client = await host.SignInAsync("son-la.leader");

        // One of the 10,000 most common breached passwords, long enough to pass the length rule.
        var listed = await FormPost.SubmitAsync(client, "/account/password", new Dictionary<string, string>
        {
            ["Current"] = DemoAccounts.Password,
            ["New"] = "leavemealone",
            ["Repeat"] = "leavemealone",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, listed.StatusCode);
        Assert.Contains("quá dễ đoán", (await Html.ParseAsync(listed)).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_may_read_but_not_change_the_committee()

    {
        var viewer = await host.SignInAsync("son-la.viewer");
        var seat = host.Services.GetRequiredService<Platform.Core.Tenancy.IProvinceCatalog>().Find("son-la")!.Seats[0].Key;

        var page = await Html.GetAsync(viewer, $"/son-la/seats/{seat}");
        Assert.Empty(page.QuerySelectorAll(".actions a"));
        Assert.DoesNotContain("/son-la/audit", page.QuerySelectorAll(".main-nav a").Select(a => a.GetAttribute("href")));
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/son-la/seats/{seat}/replace")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/son-la/audit")).StatusCode);
    }
}

/// <summary>The sign-in page answers 429 once an address has tried too often, saying when to come back and why.</summary>
public sealed class LoginRateLimitTests(LoginRateLimitTests.StrictHost host) : IClassFixture<LoginRateLimitTests.StrictHost>
{
    public sealed class StrictHost : PlatformFactory
    {
        protected override int LoginPermitsPerMinute => 4;
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_are_refused_with_429_saying_why_and_until_when()
    {
        var client = host.CreateClient();
        var english = host.CreateClient();
        english.DefaultRequestHeaders.Add("Cookie", "Platform.Culture=c%3Den-GB%7Cuic%3Den-GB");
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            responses.Add(await client.GetAsync("/account/login"));
        }

        var inEnglish = await english.GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.OK, responses[0].StatusCode);
        var refused = responses[^1];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), 1, 60);
        var page = await Html.ParseAsync(refused);
        Assert.Equal("Quá nhiều lần thử", page.QuerySelector("h1")!.Text());
        Assert.DoesNotContain("Lỗi đã được ghi lại", page.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, inEnglish.StatusCode);
        Assert.Equal("Too many attempts", (await Html.ParseAsync(inEnglish)).QuerySelector("h1")!.Text());
    }
}
