using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Platform.Testing;

/// <summary>
/// A self-signed certificate in a password-protected .pfx file, deleted afterwards: what a deployment sets as
/// <c>DataProtection:CertificatePath</c> so that the key ring is encrypted at rest.
/// </summary>
public sealed class KeyRingCertificate : IDisposable
{
    private static readonly Lazy<KeyRingCertificate> Process = new(() =>
    {
        var certificate = new KeyRingCertificate();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => certificate.Dispose();
        return certificate;
    });

    public KeyRingCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Platform key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(Path, certificate.Export(X509ContentType.Pfx, Password));
    }

    /// <summary>The certificate every test host uses unless a test says otherwise, made once per test process.</summary>
    public static KeyRingCertificate Shared => Process.Value;

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"platform-key-ring-{Guid.NewGuid():N}.pfx");

    public string Password { get; } = Guid.NewGuid().ToString("N");

    public void Dispose() => File.Delete(Path);
}
