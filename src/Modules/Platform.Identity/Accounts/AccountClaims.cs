using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Core.Security;
using Platform.Identity.Access;
using Platform.Identity.Persistence;
using Platform.Identity.Sessions;
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
        var grants = await db.Grants.AsNoTracking().Where(g => g.AccountId == user.Id).Select(g => new { g.Province, g.Role, g.SeatKey, g.AgencyKey }).ToListAsync();
        identity.AddClaims(grants.Select(g => new Claim(Roles.ClaimType, g.Province + ":" + g.Role)));
        identity.AddClaims(grants.Where(g => g.SeatKey != null).Select(g => SeatClaims.Value(g.Province, g.SeatKey!)).Distinct()
            .Select(seat => new Claim(SeatClaims.ClaimType, seat)));
        identity.AddClaims(grants.Where(g => g.AgencyKey != null).Select(g => AgencyClaims.Value(g.Province, g.AgencyKey!)).Distinct()
            .Select(agency => new Claim(AgencyClaims.ClaimType, agency)));
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

/// <summary>
/// Sign-in with the platform's rules: a disabled account cannot sign in, whatever its password; every sign-in starts a
/// session recorded on the server (its id in the cookie), and a cookie whose session has ended is refused; a wrong
/// password, an unknown user and a refused account cost the same time and get the same answer.
/// </summary>
internal sealed class AccountSignIn(
    UserManager<Account> users,
    Microsoft.AspNetCore.Http.IHttpContextAccessor context,
    IUserClaimsPrincipalFactory<Account> claims,
    IOptions<IdentityOptions> options,
    Microsoft.Extensions.Logging.ILogger<SignInManager<Account>> log,
    Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Account> confirmation,
    AccountsDbContext db,
    AccountSessions sessions)
    : SignInManager<Account>(users, context, claims, options, log, schemes, confirmation)
{
    // A hash of a password nobody knows, made once with the same hasher, so that an unknown user name costs a hash too.
    private static string? _dummyHash;

    public override async Task<bool> CanSignInAsync(Account user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            var dummy = new Account { UserName = userName };
            _dummyHash ??= UserManager.PasswordHasher.HashPassword(dummy, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
            UserManager.PasswordHasher.VerifyHashedPassword(dummy, _dummyHash, password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    /// <summary>
    /// The password is always checked first, so that a disabled or locked account answers no faster than a wrong
    /// password. Failures never lock the account: guessing is slowed by the sign-in throttle instead.
    /// </summary>
    public override async Task<SignInResult> CheckPasswordSignInAsync(Account user, string password, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);
        var right = await UserManager.CheckPasswordAsync(user, password);
        if (await PreSignInCheck(user) is { } refused)
        {
            return refused;
        }

        return right ? SignInResult.Success : SignInResult.Failed;
    }

    /// <summary>Every sign-in (password, second step, refresh) starts a new session; the browser's previous one ends.</summary>
    public override async Task SignInWithClaimsAsync(Account user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        ArgumentNullException.ThrowIfNull(user);
        await sessions.EndAsync(Context.User);
        var session = await sessions.StartAsync(user.Id);
        await base.SignInWithClaimsAsync(user, authenticationProperties,
            [.. additionalClaims.Where(c => c.Type != Session.ClaimType), new Claim(Session.ClaimType, session.ToString())]);
    }

    /// <summary>
    /// Runs on every request (the validation interval is zero). The account is read only if the cookie's session is
    /// still open, in the one statement that reads the account anyway: ending a session costs no extra query per request.
    /// </summary>
    public override async Task<Account?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        if (!AccountSessions.TryRead(principal, out var accountId, out var sessionId))
        {
            return null;
        }

        var user = await db.Users.SingleOrDefaultAsync(a => a.Id == accountId &&
            db.Sessions.Any(s => s.Id == sessionId && s.AccountId == a.Id && s.EndedAt == null));
        return await ValidateSecurityStampAsync(user, principal!.FindFirstValue(Options.ClaimsIdentity.SecurityStampClaimType)) ? user : null;
    }
}
