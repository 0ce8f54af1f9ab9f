using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Platform.Identity.Accounts;

namespace Platform.Identity.TwoFactor;

/// <summary>
/// The authenticator app's codes (RFC 6238: HMAC-SHA1, 30-second steps, six digits), each accepted once (ASVS 6.5.1):
/// Identity's own provider takes the same code again as long as it is current, so a code seen over a shoulder or in a
/// proxy log would sign in a second time. The last step used is kept with the account's tokens; only a later step is
/// accepted. One step either side of now allows for a phone's clock drift.
/// </summary>
internal sealed class OneTimeAuthenticatorTokenProvider : AuthenticatorTokenProvider<Account>
{
    public const string Name = "PlatformAuthenticator";
    private const string TokenOwner = "[Platform]";
    private const string LastStepToken = "AuthenticatorLastStep";

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<Account> manager, Account user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token is not { Length: 6 } || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        var secret = Base32Decode(key);
        // The phone's clock is real time, whatever clock the host's sessions are measured by.
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, TokenOwner, LastStepToken), NumberStyles.Integer, CultureInfo.InvariantCulture, out var used)
            ? used
            : long.MinValue;
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (step > last && CodeAt(secret, step) == code)
            {
                await manager.SetAuthenticationTokenAsync(user, TokenOwner, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
                return true;
            }
        }

        return false;
    }

    private static int CodeAt(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1; HMAC does not rest on SHA-1's collision resistance.
        HMACSHA1.HashData(secret, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7fffffff);
        return binary % 1_000_000;
    }

    private static byte[] Base32Decode(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                continue;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
