using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Platform.Core.DataProtection;

namespace Platform.Web.Security;

/// <summary>
/// The key ring that protects antiforgery tokens, TempData and sign-in cookies: in the database, so every instance
/// reads what another wrote, and encrypted at rest with a certificate when one is configured.
/// </summary>
internal static class DataProtectionKeys
{
    /// <summary>Fixed, so that instances installed in different folders still share their cookies.</summary>
    public const string ApplicationName = "Platform";

    public const string Section = "DataProtection";

    public static IServiceCollection AddPlatformDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section);
        var protection = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToPostgres();

        if (settings.GetValue<int?>("KeyLifetimeDays") is { } days)
        {
            protection.SetDefaultKeyLifetime(TimeSpan.FromDays(days));
        }

        if (settings["CertificatePath"] is { Length: > 0 } path)
        {
            protection.ProtectKeysWithCertificate(Load(path, settings["CertificatePassword"]));
            // Keys written under the certificate being replaced stay readable until they are no longer needed.
            var previous = settings.GetSection("PreviousCertificates").GetChildren()
                .Select(c => Load(c["Path"] ?? throw new InvalidOperationException($"{c.Path}:Path is missing."), c["Password"]))
                .ToArray();
            if (previous.Length > 0)
            {
                protection.UnprotectKeysWithAnyCertificate(previous);
            }
        }

        services.AddHostedService<KeyRingProtectionCheck>();
        return services;
    }

    // A configured certificate that cannot be read stops the start: better than keys silently stored in clear.
    private static X509Certificate2 Load(string path, string? password) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password);
}

/// <summary>Says at start, once, when the key ring is stored unencrypted.</summary>
internal sealed class KeyRingProtectionCheck(IOptions<KeyManagementOptions> options, ILogger<KeyRingProtectionCheck> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.XmlEncryptor is null)
        {
            log.LogWarning(
                "Data-protection keys are stored unencrypted in {Table}; set {Setting} to protect them at rest.",
                "data_protection.key_ring", DataProtectionKeys.Section + ":CertificatePath");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
