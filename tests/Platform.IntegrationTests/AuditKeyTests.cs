using Microsoft.AspNetCore.Hosting;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>The trail's key lives outside the database; without a usable one the application refuses to start.</summary>
public sealed class AuditKeyTests
{
    private sealed class WithKeyFile(Func<PlatformFactory, string> keyFile) : PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Audit:KeyFile", keyFile(this));
        }
    }

    [Theory]
    [InlineData("none", "The audit key 'Audit:KeyFile' is not configured")]
    [InlineData("missing", "cannot be read")]
    [InlineData("short", "is too short")]
    public async Task Without_a_usable_key_the_application_refuses_to_start_and_says_why(string kind, string reason)
    {
        await using var hosts = new Hosts();
        var host = new WithKeyFile(h => kind switch
        {
            "none" => "",
            "missing" => Path.Combine(h.DataFolder, "no-such.key"),
            _ => ShortKey(h),
        });

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => hosts.StartAsync(host));

        Assert.Contains(reason, refused.ToString(), StringComparison.Ordinal);
        Assert.Contains("Audit:KeyFile", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_its_key_the_application_starts_and_keys_every_entry()
    {
        await using var hosts = new Hosts();
        var host = await hosts.StartAsync(new PlatformFactory());

        Assert.Equal(0, await host.Database.ScalarAsync<long>("select count(*) from audit.entries where hash not like 'hmac-sha256:%'"));
        Assert.True(await host.Database.ScalarAsync<long>("select count(*) from audit.entries") > 0);
    }

    private static string ShortKey(PlatformFactory host)
    {
        var path = Path.Combine(host.DataFolder, "short.key");
        File.WriteAllText(path, Convert.ToBase64String(new byte[16]));
        return path;
    }
}
