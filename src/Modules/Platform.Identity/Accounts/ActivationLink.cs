using System.Security.Cryptography;
using System.Text;

namespace Platform.Identity.Accounts;

/// <summary>
/// The one-time link on which a new account's owner sets the first password (ASVS 6.4.1). Only the SHA-256 hash of
/// its random token is stored; it is valid for <see cref="Lifetime"/> and once. An account has at most one: issuing a
/// new link replaces the old, which stops working.
/// </summary>
internal sealed class ActivationLink
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(72);

    /// <summary>The account it activates; one link per account.</summary>
    public Guid AccountId { get; set; }

    public required byte[] TokenHash { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    /// <summary>The row's xmin: of two uses at once, one wins and the other finds the link used.</summary>
    public uint Version { get; set; }

    /// <summary>A link for an account that has none, valid for <paramref name="lifetime"/> from <paramref name="now"/>.</summary>
    public static ActivationLink Issue(Guid accountId, byte[] hash, DateTimeOffset now, TimeSpan lifetime) =>
        new() { AccountId = accountId, TokenHash = hash, IssuedAt = now, ExpiresAt = now + lifetime };

    /// <summary>Replaces the link's token: the old one stops working, the new one is unused and valid for <paramref name="lifetime"/>.</summary>
    public void Renew(byte[] hash, DateTimeOffset now, TimeSpan lifetime) =>
        (TokenHash, IssuedAt, ExpiresAt, UsedAt) = (hash, now, now + lifetime, null);

    /// <summary>A new random token (256 bits, URL-safe) and the hash to store for it.</summary>
    public static (string Token, byte[] Hash) NewToken()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>The path of the activation page for a token.</summary>
    public static string PathFor(string token) => "/account/activate/" + token;
}
