using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Modules;
using Platform.Core.Notifications;
using Platform.Core.Tenancy;
using Platform.Identity.Accounts;
using Platform.Identity.Persistence;

namespace Platform.Identity.Administration;

/// <summary>
/// "Forgot password" (ASVS 6.4.1–6.4.2): an official gives a user name or email address; if it names one enabled
/// account that has an address and a role in a province, a one-time link valid for <see cref="Lifetime"/> is mailed to
/// that address — never shown — through the province's outbox, in the save that issues it. The answer is the same
/// whatever was found, so the page tells no one which accounts exist. A link is not issued again within
/// <see cref="Pause"/> (a mailbox is not flooded); the link replaces any unused one, and using it ends every session.
/// </summary>
internal sealed class PasswordReset(AccountsDbContext db, UserManager<Account> users, IServiceScopeFactory scopes, IProvinceCatalog catalog, TimeProvider clock)
    : IModuleService
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public static readonly TimeSpan Pause = TimeSpan.FromMinutes(5);

    /// <summary>Mails a link when the name fits one account that can receive it; returns whether one was issued (for the log only).</summary>
    public async Task<bool> RequestAsync(string? name, CancellationToken ct)
    {
        var typed = name?.Trim();
        if (string.IsNullOrEmpty(typed) || typed.Length > 256)
        {
            return false;
        }

        var (userName, email) = (users.NormalizeName(typed), users.NormalizeEmail(typed));
        var found = await db.Users.AsNoTracking()
            .Where(a => !a.IsDisabled && a.Email != null && (a.NormalizedUserName == userName || a.NormalizedEmail == email))
            .Select(a => new
            {
                a.Id, a.DisplayName, a.UserName, a.Email,
                Province = a.Grants.Where(g => g.Province != RoleGrant.National).OrderBy(g => g.Province).Select(g => g.Province).FirstOrDefault(),
                LastIssued = db.ActivationLinks.Where(l => l.AccountId == a.Id && l.UsedAt == null).Select(l => (DateTimeOffset?)l.IssuedAt).FirstOrDefault(),
            })
            .Take(2)
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        // An address shared by two accounts names neither: the user name does.
        if (found.Count != 1 || found[0] is not { Province: { } code } account || catalog.Find(code) is not { } province || account.LastIssued > now - Pause)
        {
            return false;
        }

        // The outbox writes in the province's name (row-level security): the save runs in a scope acting for it.
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(province);
        var context = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var link = await context.ActivationLinks.SingleOrDefaultAsync(l => l.AccountId == account.Id, ct);
        var (token, hash) = ActivationLink.NewToken();
        if (link is null)
        {
            context.ActivationLinks.Add(ActivationLink.Issue(account.Id, hash, now, Lifetime));
        }
        else
        {
            link.Renew(hash, now, Lifetime);
        }

        scope.ServiceProvider.GetRequiredService<INotificationOutbox>()
            .Add(context, AccountMail.Reset(account.Id, account.DisplayName, account.UserName!, account.Email!, token, now + Lifetime));
        try
        {
            await context.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another request issued a link for the account at the same moment: that one goes.
            return false;
        }
    }
}
