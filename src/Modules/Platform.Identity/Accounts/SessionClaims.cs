using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Platform.Identity.Access;

namespace Platform.Identity.Accounts;

/// <summary>
/// What a session keeps when its principal is rebuilt from the account (every request, and after a change to the
/// account's security stamp): which server-side session it is (ended at sign-out), when it signed in (the absolute limit), when its user last proved who they are
/// (re-authentication) and how (<c>amr</c>).
/// </summary>
internal static class SessionClaims
{
    private static readonly string[] Carried = [Roles.SignedInAtClaim, Roles.AuthenticatedAtClaim, "amr", Platform.Identity.Sessions.Session.ClaimType];

    public static void CarryOver(ClaimsPrincipal? from, ClaimsIdentity to)
    {
        foreach (var type in Carried)
        {
            if (from?.FindFirst(type) is { } kept)
            {
                while (to.FindFirst(type) is { } fresh)
                {
                    to.RemoveClaim(fresh);
                }

                to.AddClaim(new Claim(type, kept.Value));
            }
        }
    }

    /// <summary>
    /// Reissues this request's session cookie from the account as it now is — needed after anything that changes its
    /// security stamp, which would otherwise end the session at the next request — keeping what <see cref="CarryOver"/>
    /// keeps, and stamping a new authentication time when the user just proved who they are.
    /// </summary>
    public static async Task RenewAsync(HttpContext http, SignInManager<Account> signIn, Account account, DateTimeOffset? authenticatedAt = null)
    {
        var current = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var principal = await signIn.CreateUserPrincipalAsync(account);
        var identity = (ClaimsIdentity)principal.Identity!;
        CarryOver(current.Principal, identity);
        if (authenticatedAt is { } at)
        {
            while (identity.FindFirst(Roles.AuthenticatedAtClaim) is { } old)
            {
                identity.RemoveClaim(old);
            }

            identity.AddClaim(new Claim(Roles.AuthenticatedAtClaim, at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        }

        await http.SignInAsync(IdentityConstants.ApplicationScheme, principal, current.Properties ?? new AuthenticationProperties());
        http.User = principal;
    }

    public static DateTimeOffset? TimeOf(ClaimsPrincipal user, string claimType) =>
        user.FindFirstValue(claimType) is { } value && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
