using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Identity.TwoFactor;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Authenticator apps as a second factor (ASVS 6.3.3): the secretariat and administrators must enrol before anything
/// else; enrolment needs a right code from the key shown; sign-in then asks for the code; a recovery code works once.
/// The host requires it of the demo accounts too, as a production install does of real ones.
/// </summary>
public sealed class TwoFactorTests(TwoFactorTests.TwoFactorHost host) : IClassFixture<TwoFactorTests.TwoFactorHost>
{
    private const string Enrol = "/account/two-factor/enrol";

    /// <summary>The host with the demo accounts held to the production rule, its log kept, on a clock tests may move.</summary>
    public sealed class TwoFactorHost : PlatformFactory
    {
        public LogCapture Logs { get; } = new();

        public AuditLogPageTests.SettableClock Clock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(TwoFactorRule.DemoAccountsKey, "true");
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    /// <summary>An enrolled account: its signed-in client, the key its app holds, and its recovery codes.</summary>
    public sealed record Enrolled(HttpClient Client, string Key, IReadOnlyList<string> RecoveryCodes);

    /// <summary>Signs in with the password and enrols an authenticator app through the pages, as the official would.</summary>
    public static async Task<Enrolled> EnrolAsync(PlatformFactory host, string userName)
    {
        var client = await host.SignInAsync(userName);
        var started = await FormPost.SubmitAsync(client, Enrol, new Dictionary<string, string>(), Enrol + "?handler=Start");
        Assert.Equal(Enrol, started.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await Html.ParseAsync(started);
        var key = page.QuerySelector("#authenticator-key")!.Text();

        var done = await FormPost.SubmitAsync(client, Enrol, new Dictionary<string, string> { ["Code"] = Authenticator.Code(key) });

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var codes = (await Html.ParseAsync(done)).QuerySelectorAll(".recovery-codes code").Select(c => c.Text()).ToList();
        return new Enrolled(client, key, codes);
    }

    private Task<bool> TwoFactorEnabledAsync(string userName) =>
        host.Database.ScalarAsync<bool>($"select two_factor_enabled from identity.accounts where user_name = '{userName}'");

    [Fact]
    public async Task A_secretary_who_has_not_enrolled_can_reach_nothing_but_enrolment()
    {
        var client = await host.SignInAsync("dak-lak.secretariat");

        foreach (var path in new[] { "/", "/dak-lak", "/dak-lak/members", "/dak-lak/audit", "/account/password", "/account/two-factor" })
        {
            var response = await client.GetAsync(path);
            Assert.True(Enrol == response.RequestMessage!.RequestUri!.AbsolutePath, $"{path} was not sent to enrolment");
        }

        var changed = await FormPost.SubmitAsync(client, Enrol, new Dictionary<string, string>
        {
            ["Current"] = DemoAccounts.Password,
            ["New"] = "Một-mật-khẩu-mới-dài-2026",
            ["Repeat"] = "Một-mật-khẩu-mới-dài-2026",
        }, "/account/password");
        Assert.Equal(Enrol, changed.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.NotNull(await host.SignInAsync("dak-lak.secretariat"));

        var page = await Html.GetAsync(client, Enrol);
        Assert.Contains("bắt buộc dùng xác thực hai bước", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_need_not_enrol()
    {
        var client = await host.SignInAsync("son-la.member");

        var response = await client.GetAsync("/son-la/members");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/son-la/members", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Enrolment_shows_the_key_as_a_qr_code_and_text_and_refuses_a_wrong_code()
    {
        var client = await host.SignInAsync("son-la.secretariat");
        var started = await Html.ParseAsync(await FormPost.SubmitAsync(client, Enrol, new Dictionary<string, string>(), Enrol + "?handler=Start"));
        var key = started.QuerySelector("#authenticator-key")!.Text();
        Assert.Matches("^([a-z2-7]{4} ){7}[a-z2-7]{4}$", key);
        Assert.StartsWith("data:image/png;base64,", started.QuerySelector("img.qr-code")!.GetAttribute("src"), StringComparison.Ordinal);

        var wrong = await FormPost.SubmitAsync(client, Enrol, new Dictionary<string, string> { ["Code"] = Authenticator.WrongCode(key) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var refused = await Html.ParseAsync(wrong);
        Assert.Contains(refused.QuerySelectorAll("[role=alert]"), alert => alert.Text().Contains("Mã xác thực không đúng", StringComparison.Ordinal));
        Assert.Equal(key, refused.QuerySelector("#authenticator-key")!.Text());
        Assert.False(await TwoFactorEnabledAsync("son-la.secretariat"));
        Assert.Equal(Enrol, (await client.GetAsync("/son-la")).RequestMessage!.RequestUri!.AbsolutePath);

        var right = await FormPost.SubmitAsync(client, Enrol, new Dictionary<string, string> { ["Code"] = Authenticator.Code(key) });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var codes = (await Html.ParseAsync(right)).QuerySelectorAll(".recovery-codes code").Select(c => c.Text()).ToList();
        Assert.Equal(10, codes.Distinct().Count());
        Assert.True(await TwoFactorEnabledAsync("son-la.secretariat"));
        var home = await client.GetAsync("/son-la");
        Assert.Equal("/son-la", home.RequestMessage!.RequestUri!.AbsolutePath);
        // Shown once: the enrolment page now leads to the settings, which show how many are left, not the codes.
        var settings = await client.GetAsync(Enrol);
        Assert.Equal("/account/two-factor", settings.RequestMessage!.RequestUri!.AbsolutePath);
        var text = (await Html.ParseAsync(settings)).Text();
        Assert.DoesNotContain(codes[0], text, StringComparison.Ordinal);
        Assert.Contains("Đang bật", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Once_enrolled_signing_in_asks_for_the_code_and_refuses_a_wrong_one()
    {
        var enrolled = await EnrolAsync(host, "multi.secretariat");
        var client = host.CreateClient();

        var first = await FormPost.SubmitAsync(client, "/account/login", new Dictionary<string, string>
        {
            ["UserName"] = "multi.secretariat",
            ["Password"] = DemoAccounts.Password,
        });
        Assert.Equal("/account/login-2fa", first.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/account/login", (await client.GetAsync("/son-la/members")).RequestMessage!.RequestUri!.AbsolutePath);

        var wrong = await FormPost.SubmitAsync(client, "/account/login-2fa", new Dictionary<string, string> { ["Code"] = Authenticator.WrongCode(enrolled.Key) });
        // The code enrolment took is still current, but a code works once (ASVS 6.5.1).
        var replayed = await FormPost.SubmitAsync(client, "/account/login-2fa", new Dictionary<string, string>
        {
            ["Code"] = Authenticator.CodeAt(enrolled.Key, Authenticator.LastStepOf(enrolled.Key)),
        });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("Mã xác thực không đúng", (await Html.ParseAsync(wrong)).QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal("/account/login", (await client.GetAsync("/son-la/members")).RequestMessage!.RequestUri!.AbsolutePath);

        var signedIn = await host.SignInWithCodeAsync("multi.secretariat", enrolled.Key);
        var members = await signedIn.GetAsync("/son-la/members");
        Assert.Equal(HttpStatusCode.OK, members.StatusCode);
        Assert.Equal("/son-la/members", members.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        // A leader need not enrol, but may.
        var enrolled = await EnrolAsync(host, "son-la.leader");
        Assert.Equal(10, enrolled.RecoveryCodes.Count);

        Assert.True(await SignInWithRecoveryCodeAsync("son-la.leader", enrolled.RecoveryCodes[0]));
        Assert.False(await SignInWithRecoveryCodeAsync("son-la.leader", enrolled.RecoveryCodes[0]));
        Assert.True(await SignInWithRecoveryCodeAsync("son-la.leader", enrolled.RecoveryCodes[1].ToLowerInvariant()));
    }

    [Fact]
    public async Task Neither_the_key_nor_a_code_reaches_the_log()
    {
        var enrolled = await EnrolAsync(host, "dak-lak.member");
        await host.SignInWithCodeAsync("dak-lak.member", enrolled.Key);
        Assert.True(await SignInWithRecoveryCodeAsync("dak-lak.member", enrolled.RecoveryCodes[0]));

        var key = enrolled.Key.Replace(" ", "", StringComparison.Ordinal);
        var secrets = enrolled.RecoveryCodes.Append(key).Append(key.ToUpperInvariant()).Append(enrolled.Key).ToList();
        var leaks = host.Logs.Entries.Where(e => secrets.Any(s => e.Message.Contains(s, StringComparison.OrdinalIgnoreCase))).ToList();

        Assert.Contains(host.Logs.Entries, e => e.Message.Contains("dak-lak.member", StringComparison.Ordinal));
        Assert.Empty(leaks);
    }

    private async Task<bool> SignInWithRecoveryCodeAsync(string userName, string recoveryCode)
    {
        var client = host.CreateClient();
        await FormPost.SubmitAsync(client, "/account/login", new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = DemoAccounts.Password,
        });
        var response = await FormPost.SubmitAsync(client, "/account/login-2fa", new Dictionary<string, string> { ["RecoveryCode"] = recoveryCode },
            "/account/login-2fa?handler=Recovery");
        var page = await client.GetAsync("/");
        var signedIn = page.RequestMessage!.RequestUri!.AbsolutePath == "/";
        Assert.Equal(signedIn, response.IsSuccessStatusCode);
        return signedIn;
    }
}
