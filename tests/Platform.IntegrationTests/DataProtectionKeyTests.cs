using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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

    /// <summary>A self-signed certificate in a password-protected .pfx file, deleted afterwards.</summary>
    public sealed class KeyRingCertificate : IDisposable
    {
        public KeyRingCertificate()
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=Platform key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllBytes(Path, certificate.Export(X509ContentType.Pfx, Password));
        }

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"platform-key-ring-{Guid.NewGuid():N}.pfx");

        public string Password { get; } = Guid.NewGuid().ToString("N");

        public void Dispose() => File.Delete(Path);
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
        var withoutCertificate = first.WithWebHostBuilder(b => b.UseSetting("DataProtection:CertificatePath", ""));
        Assert.ThrowsAny<CryptographicException>(() => Protector(withoutCertificate).Unprotect(payload));
    }

    [Fact]
    public async Task Keys_stored_unencrypted_are_warned_about_at_start()
    {
        using var certificate = new KeyRingCertificate();
        await using var hosts = new Hosts();
        var plain = LogOfAStart(await hosts.StartAsync(new PlatformFactory()));
        var encrypted = LogOfAStart(await hosts.StartAsync(new WithCertificate(certificate)));

        static bool Warning(LogCapture.Entry e) => e.Level == LogLevel.Warning && e.Message.Contains("stored unencrypted", StringComparison.Ordinal);
        Assert.Contains(plain.Entries, Warning);
        Assert.DoesNotContain(encrypted.Entries, Warning);
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
