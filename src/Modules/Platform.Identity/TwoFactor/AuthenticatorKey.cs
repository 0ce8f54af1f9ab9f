using System.Text;
using QRCoder;

namespace Platform.Identity.TwoFactor;

/// <summary>
/// How an authenticator app receives the shared key: an <c>otpauth://</c> address drawn as a QR code on the server
/// (a PNG data URI, which the content security policy's <c>img-src 'self' data:</c> allows; no script), and the key
/// as text in groups of four for typing in by hand.
/// </summary>
internal static class AuthenticatorKey
{
    public static string Address(string issuer, string userName, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(userName)}" +
        $"?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";

    public static string QrDataUri(string address)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    public static string Readable(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(text.Length > 0 ? " " : "").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return text.ToString().ToLowerInvariant();
    }

    /// <summary>A six-digit code as typed ("123 456", "123-456"), as Identity compares it.</summary>
    public static string CleanCode(string? typed) =>
        (typed ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();

    /// <summary>A recovery code as typed; Identity's codes are upper case with one dash ("4B7KX-9QMTD").</summary>
    public static string CleanRecoveryCode(string? typed) =>
        (typed ?? "").Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}
