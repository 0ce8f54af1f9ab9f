using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Core.Modules;
using Platform.Identity.Access;
using Platform.Identity.Persistence;
using Platform.Identity.Sessions;

namespace Platform.Identity.Accounts;

/// <summary>What a system administrator does to accounts: list, disable, enable, reset a password, create the first admin.</summary>
internal sealed class AccountAdministration(UserManager<Account> users, AccountsDbContext db, AccountSessions sessions, IStringLocalizer<IdentityTexts> t)
    : IModuleService, IAccountCreation
{
    public async Task<IReadOnlyList<AccountRow>> ListAsync(CancellationToken ct)
    {
        var accounts = await db.Users.AsNoTracking().OrderBy(a => a.UserName)
            .Select(a => new { a.Id, a.UserName, a.DisplayName, a.IsDisabled, a.IsDemo, a.LockoutEnd })
            .ToListAsync(ct);
        var grants = (await db.Grants.AsNoTracking().Select(g => new { g.AccountId, g.Province, g.Role }).ToListAsync(ct))
            .ToLookup(g => g.AccountId, g => $"{g.Province}:{g.Role}");
        return [.. accounts.Select(a => new AccountRow(a.Id, a.UserName!, a.DisplayName, a.IsDisabled, a.IsDemo, a.LockoutEnd, [.. grants[a.Id]]))];
    }

    /// <summary>Disables or enables an account; disabling ends its open sessions at their next request.</summary>
    public async Task<bool> SetDisabledAsync(Guid id, bool disabled)
    {
        var account = await users.FindByIdAsync(id.ToString());
        if (account is null)
        {
            return false;
        }

        account.IsDisabled = disabled;
        await users.UpdateAsync(account);
        await users.UpdateSecurityStampAsync(account);
        if (disabled)
        {
            await sessions.EndAllAsync(account.Id);
        }

        return true;
    }

    /// <summary>Sets a new password chosen by the administrator; the account's sessions end.</summary>
    public async Task<IdentityResult> ResetPasswordAsync(Guid id, string password)
    {
        var account = await users.FindByIdAsync(id.ToString());
        if (account is null)
        {
            return IdentityResult.Failed(new IdentityError { Code = "NotFound", Description = t["Không tìm thấy tài khoản."] });
        }

        var token = await users.GeneratePasswordResetTokenAsync(account);
        var result = await users.ResetPasswordAsync(account, token, password);
        if (result.Succeeded)
        {
            await users.SetLockoutEndDateAsync(account, null);
            await users.ResetAccessFailedCountAsync(account);
            await sessions.EndAllAsync(account.Id);
        }

        return result;
    }

    /// <summary>Creates the first real administrator of a production install (no demo data needed).</summary>
    public async Task<(bool Succeeded, IReadOnlyList<string> Errors)> CreateAdministratorAsync(string userName, string displayName, string password)
    {
        var account = new Account { UserName = userName, DisplayName = displayName, LockoutEnabled = true };
        var result = await users.CreateAsync(account, password);
        if (result.Succeeded)
        {
            db.Grants.Add(new RoleGrant { Id = Guid.CreateVersion7(), AccountId = account.Id, Province = RoleGrant.National, Role = Roles.SystemAdmin });
            await db.SaveChangesAsync();
        }

        return (result.Succeeded, [.. result.Errors.Select(e => e.Description)]);
    }
}

/// <summary>An account as the administration page lists it.</summary>
internal sealed record AccountRow(
    Guid Id, string UserName, string DisplayName, bool IsDisabled, bool IsDemo, DateTimeOffset? LockoutEnd, IReadOnlyList<string> Grants);
