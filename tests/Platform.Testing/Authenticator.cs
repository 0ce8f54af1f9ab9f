using OtpNet;

namespace Platform.Testing;

/// <summary>An authenticator app, as an official's phone runs one: RFC 6238 codes from the key the enrolment page shows.</summary>
public static class Authenticator
{
    /// <summary>The six-digit code for <paramref name="shownKey"/> (as shown: "abcd efgh …") at <paramref name="at"/> (now by default).</summary>
    public static string Code(string shownKey, DateTime? at = null)
    {
        ArgumentNullException.ThrowIfNull(shownKey);
        var key = Base32Encoding.ToBytes(shownKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        return new Totp(key).ComputeTotp(at ?? DateTime.UtcNow);
    }

    /// <summary>A code that is not the current one nor within the few steps either side Identity accepts.</summary>
    public static string WrongCode(string shownKey) =>
        ((int.Parse(Code(shownKey), System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
