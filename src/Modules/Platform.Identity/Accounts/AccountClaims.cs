using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Core.Security;
using Platform.Identity.Access;
using Platform.Identity.Persistence;
using Platform.Identity.TwoFactor;

namespace Platform.Identity.Accounts;

/// <summary>Puts the account's display name and its grants (province:role) into the signed-in principal.</summary>
internal sealed class AccountClaims(
    UserManager<Account> users, IOptions<IdentityOptions> options, AccountsDbContext db, TimeProvider clock, TwoFactorRule twoFactor)
    : UserClaimsPrincipalFactory<Account>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        var grants = await db.Grants.AsNoTracking().Where(g => g.AccountId == user.Id).Select(g => new { g.Province, g.Role, g.SeatKey }).ToListAsync();
        identity.AddClaims(grants.Select(g => new Claim(Roles.ClaimType, g.Province + ":" + g.Role)));
        identity.AddClaims(grants.Where(g => g.SeatKey != null).Select(g => SeatClaims.Value(g.Province, g.SeatKey!)).Distinct()
            .Select(seat => new Claim(SeatClaims.ClaimType, seat)));
        var now = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        identity.AddClaim(new Claim(Roles.SignedInAtClaim, now));
        identity.AddClaim(new Claim(Roles.AuthenticatedAtClaim, now));
        if (!user.TwoFactorEnabled && twoFactor.Requires(user, grants.Select(g => g.Role)))
        {
            identity.AddClaim(new Claim(Roles.TwoFactorEnrolmentClaim, "required"));
        }

        return identity;
    }
}

/// <summary>A disabled account cannot sign in, whatever its password.</summary>
internal sealed class AccountSignIn(
    UserManager<Account> users,
    Microsoft.AspNetCore.Http.IHttpContextAccessor context,
    IUserClaimsPrincipalFactory<Account> claims,
    IOptions<IdentityOptions> options,
    Microsoft.Extensions.Logging.ILogger<SignInManager<Account>> log,
    Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Account> confirmation)
    : SignInManager<Account>(users, context, claims, options, log, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(Account user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);
}
