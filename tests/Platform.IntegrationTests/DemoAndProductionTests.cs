using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Demo and production kept apart: the demo accounts share a published password, so they sign in only while the demo
/// data is loaded; a start without it disables them and says so, and a start without an administrator says how to make one.
/// </summary>
public sealed class DemoAndProductionTests
{
    /// <summary>
    /// A start with demo data on or off and its log kept: of a new install, or again of an earlier one (same database
    /// and audit files).
    /// </summary>
    private sealed class Restart(PlatformFactory? install, bool demo) : PlatformFactory
    {
        public LogCapture Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (install is not null)
            {
                builder.UseSetting("ConnectionStrings:Platform", install.Database.ApplicationConnectionString);
                builder.UseSetting("ConnectionStrings:PlatformOwner", install.Database.ConnectionString);
                builder.UseSetting("Audit:KeyFile", install.AuditKeyFile);
                builder.UseSetting("Audit:CheckpointFile", install.AuditCheckpointFile);
            }

            builder.UseSetting("Demo:Load", demo ? "true" : "false");
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
    }

    [Fact]
    public async Task Starting_without_demo_data_disables_the_demo_accounts_and_starting_with_it_enables_them_again()
    {
        await using var hosts = new Hosts();
        var demo = await hosts.StartAsync(new PlatformFactory());
        var demoAccounts = await demo.Database.ScalarAsync<long>("SELECT count(*) FROM identity.accounts WHERE is_demo");
        Assert.True(demoAccounts > 0);
        await demo.SignInAsync("son-la.secretariat");

        var production = await hosts.StartAsync(new Restart(demo, demo: false));

        Assert.Equal(demoAccounts, await demo.Database.ScalarAsync<long>("SELECT count(*) FROM identity.accounts WHERE is_demo AND is_disabled"));
        Assert.Equal(0L, await demo.Database.ScalarAsync<long>("SELECT count(*) FROM identity.accounts WHERE NOT is_demo"));
        var line = Assert.Single(production.Logs.Entries, e => e.Message.Contains("Demo:Load=false", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains($"{demoAccounts} tài khoản demo bị khóa", line.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => production.SignInAsync("son-la.secretariat"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => production.SignInAsync("admin"));
        // The demo's only administrator is disabled with it: the start says how to create a real one, in both languages.
        var hint = Assert.Single(production.Logs.Entries, e => e.Message.Contains("create-admin", StringComparison.Ordinal));
        Assert.Contains("Chưa có quản trị hệ thống", hint.Message, StringComparison.Ordinal);
        Assert.Contains("No enabled system administrator", hint.Message, StringComparison.Ordinal);

        var demoAgain = await hosts.StartAsync(new Restart(demo, demo: true));

        Assert.Equal(0L, await demo.Database.ScalarAsync<long>("SELECT count(*) FROM identity.accounts WHERE is_disabled"));
        Assert.Contains(demoAgain.Logs.Entries, e => e.Message.Contains($"Demo:Load=true: {demoAccounts} tài khoản demo được mở lại", StringComparison.Ordinal));
        Assert.DoesNotContain(demoAgain.Logs.Entries, e => e.Message.Contains("create-admin", StringComparison.Ordinal));
        var secretariat = await demoAgain.SignInAsync("son-la.secretariat");
        Assert.Equal(HttpStatusCode.OK, (await secretariat.GetAsync("/son-la")).StatusCode);
    }

    [Fact]
    public async Task A_production_start_with_an_administrator_gives_no_hint_and_disables_nothing()
    {
        await using var hosts = new Hosts();
        var install = await hosts.StartAsync(new Restart(null, demo: false));
        Assert.Contains(install.Logs.Entries, e => e.Message.Contains("create-admin", StringComparison.Ordinal));
        Assert.DoesNotContain(install.Logs.Entries, e => e.Message.Contains("Demo:Load=false", StringComparison.Ordinal));

        var output = new StringWriter();
        Assert.Equal(0, await Platform.Web.Commands.AdminCommand.RunAsync(
            install.Services, ["create-admin", "quan.tri", "Quản trị hệ thống"], new StringReader("Một-mật-khẩu-đủ-dài-2025\n"), output));
        var again = await hosts.StartAsync(new Restart(install, demo: false));

        Assert.DoesNotContain(again.Logs.Entries, e => e.Message.Contains("create-admin", StringComparison.Ordinal));
    }
}
