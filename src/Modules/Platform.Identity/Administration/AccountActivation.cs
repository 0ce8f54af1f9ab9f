using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Commands;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Identity.Accounts;
using Platform.Identity.Persistence;
using Platform.Identity.Sessions;

namespace Platform.Identity.Administration;

/// <summary>
/// Setting the first password on an activation link (ASVS 6.4.1): the link must be known, unused, unexpired and its
/// account enabled — and the refusal never says which of these failed. The password passes the same validators as
/// any other; the link is spent in the same save that sets it, so it works once even when sent twice at once.
/// </summary>
internal sealed class AccountActivation(AccountsDbContext db, UserManager<Account> users, TimeProvider clock, AccountSessions sessions) : IModuleService
{
    /// <summary>The account a token would activate now, or null.</summary>
    public async Task<Account?> FindAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = ActivationLink.Hash(token);
        var now = clock.GetUtcNow();
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(a => !a.IsDisabled &&
            db.ActivationLinks.Any(l => l.AccountId == a.Id && l.TokenHash == hash && l.UsedAt == null && l.ExpiresAt > now), ct);
    }

    /// <summary>Sets the password and spends the link; Outcome.General holds the one refusal for a link that cannot be used.</summary>
    public async Task<Outcome> ActivateAsync(string? token, string? password, string? repeat, CancellationToken ct)
    {
        if (await FindAsync(token, ct) is not { } found)
        {
            return Outcome.Broken(AdministrationMessages.LinkUnusable);
        }

        if (string.IsNullOrEmpty(password) || password != repeat)
        {
            return Outcome.Invalid("Repeat", AdministrationMessages.PasswordsDiffer);
        }

        var account = await db.Users.SingleAsync(a => a.Id == found.Id, ct);
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, account, password)).Errors);
        }

        if (errors.Count > 0)
        {
            // The describer words it in Vietnamese; the page translates that wording through the module's texts.
            return Outcome.Invalid("Password", new Message(errors[0].Description, errors[0].Description));
        }

        var link = await db.ActivationLinks.SingleAsync(l => l.AccountId == account.Id, ct);
        link.UsedAt = clock.GetUtcNow();
        account.PasswordHash = users.PasswordHasher.HashPassword(account, password);
        account.SecurityStamp = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));
        var outcome = await Outcome.SaveAsync(db, account.Id, Outcome.Broken(AdministrationMessages.LinkUnusable), ct);
        if (outcome.Succeeded)
        {
            await sessions.EndAllAsync(account.Id);
        }

        return outcome;
    }
}
