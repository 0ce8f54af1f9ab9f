using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;
using Platform.Identity.Accounts;

namespace Platform.Identity.TwoFactor;

/// <summary>
/// The authenticator app's codes (RFC 6238: HMAC-SHA1, 30-second steps, six digits, computed by Otp.NET), each
/// accepted once (ASVS 6.5.1):
/// Identity's own provider takes the same code again as long as it is current, so a code seen over a shoulder or in a
/// proxy log would sign in a second time. The last step used is kept with the account's tokens; only a later step is
/// accepted. One step either side of now allows for a phone's clock drift.
/// </summary>
internal sealed class OneTimeAuthenticatorTokenProvider : AuthenticatorTokenProvider<Account>
{
    public const string Name = "PlatformAuthenticator";
    private const string TokenOwner = "[Platform]";
    private const string LastStepToken = "AuthenticatorLastStep";

    /// <summary>One step of drift either side of now: a phone's clock that is a little off still signs in.</summary>
    private static readonly VerificationWindow Drift = new(previous: 1, future: 1);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<Account> manager, Account user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token is not { Length: 6 } || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        // The phone's clock is real time, whatever clock the host's sessions are measured by.
        if (!new Totp(Base32Encoding.ToBytes(key)).VerifyTotp(DateTime.UtcNow, token, out var step, Drift))
        {
            return false;
        }

        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, TokenOwner, LastStepToken), NumberStyles.Integer, CultureInfo.InvariantCulture, out var used)
            ? used
            : long.MinValue;
        if (step <= last)
        {
            return false;
        }

        await manager.SetAuthenticationTokenAsync(user, TokenOwner, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
        return true;
    }
}
