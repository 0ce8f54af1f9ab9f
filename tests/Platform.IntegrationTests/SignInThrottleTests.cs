using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Account = Platform.Identity.Accounts.Account;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Password guessing is slowed per account and address with growing delays, and nobody can lock a real official out:
/// a burst from one address leaves the account usable elsewhere and the address usable for other accounts, and
/// failures from many addresses do not keep the owner out of the address they signed in from before.
/// </summary>
public sealed class SignInThrottleTests(SignInThrottleTests.ProxiedHost host) : IClassFixture<SignInThrottleTests.ProxiedHost>
{
    /// <summary>The host behind a reverse proxy, which names each client's address in X-Forwarded-For.</summary>
    public sealed class ProxiedHost : PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("FORWARDEDHEADERS_ENABLED", "true");
        }
    }

    private HttpClient From(string address)
    {
        var client = host.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password) =>
        FormPost.SubmitAsync(client, "/account/login", new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password });

    private static int RetryAfter(HttpResponseMessage response) =>
        int.Parse(response.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_burst_from_one_address_stops_that_address_for_that_account_only()
    {
        var attacker = From("203.0.113.20");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(attacker, "dak-lak.viewer", $"guess-number-{i}")).StatusCode);
        }

        var blocked = await SignInAsync(attacker, "dak-lak.viewer", DemoAccounts.Password);
        var ownerElsewhere = await SignInAsync(From("198.51.100.20"), "dak-lak.viewer", DemoAccounts.Password);
        var colleagueSameOffice = await SignInAsync(From("203.0.113.20"), "son-la.viewer", DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.InRange(RetryAfter(blocked), 1, 30);
        Assert.Equal(HttpStatusCode.Redirect, ownerElsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, colleagueSameOffice.StatusCode);
    }

    [Fact]
    public async Task Each_further_failure_doubles_the_wait()
    {
        var attacker = From("203.0.113.30");
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(attacker, "dak-lak.member", $"guess-number-{i}");
        }

        var first = RetryAfter(await SignInAsync(attacker, "dak-lak.member", "another-guess"));
        // The wait runs out; the next guess is let through, fails, and the one after waits twice as long.
        await host.Database.ExecuteAsync(
            "update identity.sign_in_throttles set last_failure_at = last_failure_at - interval '31 seconds' where key like 'pair:DAK-LAK.MEMBER|%'");
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(attacker, "dak-lak.member", "guess-after-waiting")).StatusCode);
        var second = RetryAfter(await SignInAsync(attacker, "dak-lak.member", "another-guess"));

        Assert.InRange(first, 25, 30);
        Assert.InRange(second, 55, 60);
    }

    [Fact]
    public async Task Failures_from_many_addresses_slow_the_account_but_not_its_owner_at_their_usual_address()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(From("192.0.2.10"), "son-la.member", DemoAccounts.Password)).StatusCode);
        for (var i = 1; i <= 20; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(From($"100.64.0.{i}"), "son-la.member", $"spray-{i}")).StatusCode);
        }

        var fromNewAddress = await SignInAsync(From("100.64.1.1"), "son-la.member", DemoAccounts.Password);
        var fromUsualAddress = await SignInAsync(From("192.0.2.10"), "son-la.member", DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, fromNewAddress.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, fromUsualAddress.StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_on_the_password_page_is_throttled_like_sign_in()
    {
        var client = From("198.51.100.40");
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, "son-la.leader", DemoAccounts.Password)).StatusCode);
        Dictionary<string, string> Change(string current) => new()
        {
            ["Current"] = current,
            ["New"] = "Một-mật-khẩu-mới-đủ-dài",
            ["Repeat"] = "Một-mật-khẩu-mới-đủ-dài",
        };

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await FormPost.SubmitAsync(client, "/account/password", Change($"guess-{i}"))).StatusCode);
        }

        var refused = await FormPost.SubmitAsync(client, "/account/password", Change(DemoAccounts.Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(RetryAfter(refused), 1, 30);
        Assert.Contains("Quá nhiều lần thử", (await Html.ParseAsync(refused)).QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(From("198.51.100.41"), "son-la.leader", DemoAccounts.Password)).StatusCode);
    }
}

/// <summary>
/// An unknown user name, a wrong password, a disabled account and a locked one cost the same work: exactly one
/// password hash verified. Counting the hasher's work holds the rule on any machine, where timing it would not.
/// </summary>
public sealed class SignInTimingTests(SignInTimingTests.CountingHost host) : IClassFixture<SignInTimingTests.CountingHost>
{
    /// <summary>Counts every password verification; the throttle is raised out of the way.</summary>
    public sealed class CountingHost : PlatformFactory
    {
        public int Verifications => _verifications;

        private int _verifications;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:SignInThrottle:PairFailures", "1000");
            builder.UseSetting("Security:SignInThrottle:AccountFailures", "1000");
            builder.UseSetting("Security:SignInThrottle:AddressFailures", "1000");
            builder.ConfigureTestServices(services =>
                services.AddScoped<IPasswordHasher<Account>>(_ => new Counting(this)));
        }

        private sealed class Counting(CountingHost host) : PasswordHasher<Account>
        {
            public override PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword)
            {
                Interlocked.Increment(ref host._verifications);
                return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
            }
        }
    }

    [Theory]
    [InlineData("nobody.here", "some-password-1", "unknown user")]
    [InlineData("son-la.viewer", "some-password-1", "wrong password")]
    [InlineData("dak-lak.leader", DemoAccounts.Password, "disabled account")]
    [InlineData("dak-lak.secretariat", DemoAccounts.Password, "locked account")]
    public async Task Every_refused_sign_in_verifies_one_password_hash_and_gets_the_same_answer(string userName, string password, string why)
    {
        _ = host.Services; // started: its migrations have run
        await host.Database.ExecuteAsync("""
            update identity.accounts set is_disabled = true where user_name = 'dak-lak.leader';
            update identity.accounts set lockout_end = now() + interval '1 hour' where user_name = 'dak-lak.secretariat';
            """);
        var client = host.CreateClient();
        var token = FormPost.Hidden(await client.GetStringAsync("/account/login"), "__RequestVerificationToken");

        var before = host.Verifications;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync());
        Assert.True(host.Verifications - before == 1, $"{why}: {host.Verifications - before} password verifications, expected exactly one");
    }
}
