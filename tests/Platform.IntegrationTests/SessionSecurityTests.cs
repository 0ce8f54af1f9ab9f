using System.Net;
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
    public async Task Repeated_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var client = host.CreateClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await FormPost.SubmitAsync(client, "/account/login", Credentials("dak-lak.member", "wrong-password-" + attempt));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var right = await FormPost.SubmitAsync(client, "/account/login", Credentials("dak-lak.member", DemoAccounts.Password));

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("Tài khoản tạm khóa", (await Html.ParseAsync(right)).QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_does_not_say_whether_the_account_exists()
    {
        var client = host.CreateClient();

        var unknown = await Html.ParseAsync(await FormPost.SubmitAsync(client, "/account/login", Credentials("nobody.here", "some-password-1")));
        var known = await Html.ParseAsync(await FormPost.SubmitAsync(client, "/account/login", Credentials("son-la.viewer", "some-password-1")));

        Assert.Equal(unknown.QuerySelector("[role=alert]")!.Text(), known.QuerySelector("[role=alert]")!.Text());
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
        var admin = await host.SignInAsync("admin");
        var accounts = await Html.GetAsync(admin, "/admin/accounts");
        var reset = accounts.QuerySelector("#account-dak-lak\\.viewer")!.QuerySelectorAll("form")[1];
        var field = reset.QuerySelector("input[type=password]")!.GetAttribute("name")!;

        var done = await FormPost.SubmitAsync(admin, "/admin/accounts", new Dictionary<string, string> { [field] = "Mật-khẩu-mới-cấp-lại-2025" },
            reset.GetAttribute("action"));

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("Đã đặt lại mật khẩu", (await Html.ParseAsync(done)).Text(), StringComparison.Ordinal);
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

/// <summary>The sign-in page answers 429 once an address has tried too often.</summary>
public sealed class LoginRateLimitTests(LoginRateLimitTests.StrictHost host) : IClassFixture<LoginRateLimitTests.StrictHost>
{
    public sealed class StrictHost : PlatformFactory
    {
        protected override int LoginPermitsPerMinute => 4;
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_are_refused_with_429()
    {
        var client = host.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await client.GetAsync("/account/login")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
