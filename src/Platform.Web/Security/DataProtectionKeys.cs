using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Platform.Core.DataProtection;
using Platform.Core.Settings;

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

    /// <summary>Lets a deployment other than Development store its keys unencrypted, knowingly.</summary>
    public const string AllowUnencryptedKeys = "AllowUnencryptedKeys";

    /// <summary>
    /// Adds data protection on the database's key ring. Outside Development, keys are encrypted with the configured
    /// certificate or the start is refused: a reader of the database (or of a dump) holding the keys in clear could
    /// forge any session and form token.
    /// </summary>
    /// <exception cref="InvalidOperationException">No certificate outside Development, and unencrypted keys are not explicitly allowed.</exception>
    public static IServiceCollection AddPlatformDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var settings = configuration.ReadSettings<KeyRingOptions>(Section);
        var protection = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToPostgres();

        if (settings.KeyLifetimeDays is { } days)
        {
            protection.SetDefaultKeyLifetime(TimeSpan.FromDays(days));
        }

        if (settings.CertificatePath is { Length: > 0 } path)
        {
            protection.ProtectKeysWithCertificate(Load(path, settings.CertificatePassword));
            // Keys written under the certificate being replaced stay readable until they are no longer needed.
            var previous = settings.PreviousCertificates.Select(c => Load(c.Path!, c.Password)).ToArray();
            if (previous.Length > 0)
            {
                protection.UnprotectKeysWithAnyCertificate(previous);
            }
        }
        else if (!environment.IsDevelopment() && !settings.AllowUnencryptedKeys)
        {
            throw new InvalidOperationException(
                $"Khóa bảo vệ dữ liệu sẽ được lưu không mã hóa trong {KeyRingStorage.Table}: hãy đặt {Section}:CertificatePath " +
                $"(tệp .pfx) và {Section}:CertificatePassword, hoặc {Section}:{AllowUnencryptedKeys}=true nếu chấp nhận rủi ro. / " +
                $"Data-protection keys would be stored unencrypted in {KeyRingStorage.Table}, where anyone who reads the database " +
                $"could forge sessions: set {Section}:CertificatePath (a .pfx) and {Section}:CertificatePassword, or " +
                $"{Section}:{AllowUnencryptedKeys}=true to accept that risk (see docs/security.md).");
        }

        services.AddHostedService<KeyRingProtectionCheck>();
        return services;
    }

    // A configured certificate that cannot be read stops the start: better than keys silently stored in clear.
    private static X509Certificate2 Load(string path, string? password) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password);
}

/// <summary>Configuration section <c>DataProtection</c>: the key ring's lifetime and the certificates that encrypt it at rest.</summary>
internal sealed class KeyRingOptions : ICheckedSettings
{
    /// <summary>How long a key is used before a new one is made; at least the 7 days data protection accepts.</summary>
    [Range(7, 3650)]
    public int? KeyLifetimeDays { get; init; }

    public string? CertificatePath { get; init; }

    public string? CertificatePassword { get; init; }

    /// <summary>Certificates being replaced: keys they encrypted stay readable.</summary>
    public List<CertificateFile> PreviousCertificates { get; init; } = [];

    public bool AllowUnencryptedKeys { get; init; }

    public IEnumerable<SettingProblem> Check(string section) =>
        PreviousCertificates.Select((c, i) => (c, i)).Where(p => string.IsNullOrWhiteSpace(p.c.Path)).Select(p => new SettingProblem(
            $"{section}:{nameof(PreviousCertificates)}:{p.i}:{nameof(CertificateFile.Path)}",
            "thiếu đường dẫn tệp chứng thư (.pfx).",
            "the certificate file's path (.pfx) is missing."));

    internal sealed class CertificateFile
    {
        public string? Path { get; init; }

        public string? Password { get; init; }
    }
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
                KeyRingStorage.Table, DataProtectionKeys.Section + ":CertificatePath");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
