using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Platform.Core.Security;

/// <summary>
/// Whether the signed-in user proved who they are within the last few minutes (signing in, or confirming the password
/// and the authenticator code when enrolled), for sensitive actions in any module's pages; the Identity module keeps
/// how it is proved and for how long (<c>Security:ReauthenticationMinutes</c>).
/// </summary>
public interface IRecentAuthentication
{
    /// <summary>How many minutes a proof counts as recent.</summary>
    int WindowMinutes { get; }

    /// <summary>True when <paramref name="user"/> proved who they are recently enough.</summary>
    bool IsRecent(ClaimsPrincipal user);

    /// <summary>True when confirming asks for an authenticator code too (the user enrolled one).</summary>
    Task<bool> AsksCodeAsync(ClaimsPrincipal user);

    /// <summary>Checks the password (and code); on success the session records the time. False when either is wrong.</summary>
    Task<bool> ConfirmAsync(HttpContext http, string? password, string? code);
}
