using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The keys behind form tokens and cookies live in the database: every instance on it reads what another protected,
/// and with a certificate configured the stored keys are encrypted.
/// </summary>
public sealed class DataProtectionKeyTests
{
    private const string Secret = "Sơn La, Ban Chỉ đạo 1287";

    /// <summary>A host whose key ring is encrypted with a certificate.</summary>
    public sealed class WithCertificate(KeyRingCertificate certificate) : PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DataProtection:CertificatePath", certificate.Path);
            builder.UseSetting("DataProtection:CertificatePassword", certificate.Password);
        }
    }

    /// <summary>A host that stores its keys in clear, as every host did before certificates were required.</summary>
    public sealed class Unencrypted : PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            WithoutCertificate(builder);
        }
    }

    private static void WithoutCertificate(IWebHostBuilder builder)
    {
        builder.UseSetting("DataProtection:CertificatePath", "");
        builder.UseSetting("DataProtection:AllowUnencryptedKeys", "true");
    }

    [Fact]
    public async Task Two_hosts_on_one_database_read_what_the_other_protected()
    {
        await using var hosts = new Hosts();
        var first = await hosts.StartAsync(new PlatformFactory());
        var payload = Protector(first).Protect(Secret);

        // A second host on the first one's database: its own services and key-ring cache, nothing shared in memory.
        var second = first.WithWebHostBuilder(_ => { });

        Assert.Equal(Secret, Protector(second).Unprotect(payload));
        Assert.Equal(Secret, Protector(first).Unprotect(Protector(second).Protect(Secret)));
        Assert.Equal(1L, await first.Database.ScalarAsync<long>("SELECT count(*) FROM data_protection.key_ring WHERE friendly_name LIKE 'key-%'"));
    }

    [Fact]
    public async Task Negative_control_a_host_on_another_database_cannot()
    {
        await using var hosts = new Hosts();
        var first = await hosts.StartAsync(new PlatformFactory());
        var elsewhere = await hosts.StartAsync(new PlatformFactory());
        var payload = Protector(first).Protect(Secret);

        Assert.ThrowsAny<CryptographicException>(() => Protector(elsewhere).Unprotect(payload));
    }

    [Fact]
    public async Task With_a_certificate_stored_keys_are_encrypted_and_read_by_every_host_that_has_it()
    {
        using var certificate = new KeyRingCertificate();
        await using var hosts = new Hosts();
        var first = await hosts.StartAsync(new WithCertificate(certificate));
        var payload = Protector(first).Protect(Secret);

        var stored = await first.Database.ScalarAsync<string>("SELECT string_agg(xml, '') FROM data_protection.key_ring");
        Assert.Contains("EncryptedData", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", stored, StringComparison.Ordinal);
        Assert.Equal(Secret, Protector(first.WithWebHostBuilder(_ => { })).Unprotect(payload));
        var withoutCertificate = first.WithWebHostBuilder(WithoutCertificate);
        Assert.ThrowsAny<CryptographicException>(() => Protector(withoutCertificate).Unprotect(payload));
    }

    [Fact]
    public async Task Keys_stored_unencrypted_are_warned_about_at_start()
    {
        using var certificate = new KeyRingCertificate();
        await using var hosts = new Hosts();
        var plain = LogOfAStart(await hosts.StartAsync(new Unencrypted()));
        var encrypted = LogOfAStart(await hosts.StartAsync(new WithCertificate(certificate)));

        static bool Warning(LogCapture.Entry e) => e.Level == LogLevel.Warning && e.Message.Contains("stored unencrypted", StringComparison.Ordinal);
        Assert.Contains(plain.Entries, Warning);
        Assert.DoesNotContain(encrypted.Entries, Warning);
    }

    [Fact]
    public async Task A_host_as_tests_and_the_run_command_configure_it_stores_no_plain_master_key()
    {
        await using var hosts = new Hosts();
        var host = await hosts.StartAsync(new PlatformFactory());
        _ = Protector(host).Protect(Secret);

        var stored = await host.Database.ScalarAsync<string>("SELECT string_agg(xml, '') FROM data_protection.key_ring WHERE friendly_name LIKE 'key-%'");
        Assert.Contains("<EncryptedData", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_Development_a_host_without_a_certificate_refuses_to_start_and_says_what_to_set()
    {
        await using var hosts = new Hosts();
        var configured = await hosts.StartAsync(new PlatformFactory());

        var refused = Assert.ThrowsAny<Exception>(() => configured.WithWebHostBuilder(b => b.UseSetting("DataProtection:CertificatePath", "")).Services);

        var message = string.Join(" | ", Causes(refused).Select(e => e.Message));
        Assert.Contains("stored unencrypted", message, StringComparison.Ordinal);
        Assert.Contains("DataProtection:CertificatePath", message, StringComparison.Ordinal);
        Assert.Contains("DataProtection:AllowUnencryptedKeys=true", message, StringComparison.Ordinal);
        // A developer's machine needs no certificate.
        _ = configured.WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("DataProtection:CertificatePath", "");
        }).Services;
    }

    [Fact]
    public async Task Keys_stored_in_clear_before_the_certificate_still_read_and_after_revoking_them_new_keys_are_encrypted()
    {
        await using var hosts = new Hosts();
        var before = await hosts.StartAsync(new Unencrypted());
        var payload = Protector(before).Protect(Secret);

        // The same database, now with the certificate: what the clear key protected still reads.
        var after = before.WithWebHostBuilder(b =>
        {
            b.UseSetting("DataProtection:CertificatePath", KeyRingCertificate.Shared.Path);
            b.UseSetting("DataProtection:CertificatePassword", KeyRingCertificate.Shared.Password);
        });
        Assert.Equal(Secret, Protector(after).Unprotect(payload));

        // The rotation docs/security.md describes: revoke every key, and the next one is made under the certificate.
        after.Services.GetRequiredService<IKeyManager>().RevokeAllKeys(DateTimeOffset.UtcNow, "key ring now encrypted at rest");
        Assert.Equal(Secret, Protector(after).Unprotect(Protector(after).Protect(Secret)));
        var keys = await ReadKeysAsync(before.Database);
        Assert.Equal(2, keys.Count);
        Assert.Contains("<masterKey", keys[0], StringComparison.Ordinal);
        Assert.Contains("<EncryptedData", keys[1], StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", keys[1], StringComparison.Ordinal);
        await RefusedOnceTheRingRefreshesAsync(() => Protector(after).Unprotect(payload));
    }

    /// <summary>
    /// A revoked key stops reading once the host's key ring is rebuilt. Revoking expires the cached ring, but since .NET 9
    /// the provider may serve the old ring once more while it rebuilds the new one in the background, so the refusal
    /// is awaited (within a bound) rather than expected on the very next call.
    /// </summary>
    private static async Task RefusedOnceTheRingRefreshesAsync(Action unprotect)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                unprotect();
            }
            catch (CryptographicException)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "A payload protected by a revoked key was still read 30 s after the revocation.");
            await Task.Delay(200);
        }
    }

    private static IEnumerable<Exception> Causes(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    private static async Task<List<string>> ReadKeysAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xml FROM data_protection.key_ring WHERE friendly_name LIKE 'key-%' ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    /// <summary>Starts another host configured as <paramref name="host"/> and returns what it logged.</summary>
    private static LogCapture LogOfAStart(PlatformFactory host)
    {
        var log = new LogCapture();
        _ = host.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(log))).Services;
        return log;
    }

    private static IDataProtector Protector(WebApplicationFactory<Program> host) =>
        host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Platform.IntegrationTests.KeyRing");
}
