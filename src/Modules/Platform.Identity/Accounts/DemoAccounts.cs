using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Security;
using Platform.Identity.Access;
using Platform.Identity.Persistence;
using Platform.Sdk.Structure;

namespace Platform.Identity.Accounts;

/// <summary>
/// Demo accounts for trying the product: one per role in each loaded province, a ministry viewer, a system admin,
/// and one secretary of every province. All share one published password and are marked demo.
/// </summary>
internal sealed class DemoAccounts(UserManager<Account> users, AccountsDbContext db)
{
    public const string Password = "Demo-Platform-2025";

    /// <summary>
    /// The published password's hash, made once per process and given to every demo account. A salt keeps a secret
    /// safe from tables made in advance; this password is printed in the README, so one salted hash for all of them
    /// loses nothing, and a start that makes the accounts of many provinces runs PBKDF2 once instead of once per account
    /// (about a tenth of a second each).
    /// </summary>
    private static string? s_passwordHash;

    public async Task LoadAsync(ProvinceDefinition province, CancellationToken ct)
    {
        var code = province.Code.Value;
        var head = province.Seats.FirstOrDefault(s => s.Role == SeatRole.Head)?.Key;
        var member = province.Seats.FirstOrDefault(s => s.Role == SeatRole.Member)?.Key;
        foreach (var role in Enum.GetValues<ProvinceRole>())
        {
            var seat = role switch { ProvinceRole.Leader => head, ProvinceRole.Member => member, _ => null };
            await EnsureAsync($"{code}.{Roles.Of(role)}", $"{Label(role)} {province.Name} (demo)", code, Roles.Of(role), seat, ct);
        }

        await EnsureAsync("multi.secretariat", "Thư ký nhiều tỉnh (demo)", code, Roles.Of(ProvinceRole.Secretariat), null, ct);
        await EnsureAsync("ministry.viewer", "Cán bộ Bộ theo dõi (demo)", RoleGrant.National, Roles.MinistryViewer, null, ct);
        await EnsureAsync("admin", "Quản trị hệ thống (demo)", RoleGrant.National, Roles.SystemAdmin, null, ct);
    }

    private async Task EnsureAsync(string userName, string displayName, string scope, string role, string? seat, CancellationToken ct)
    {
        var account = await users.FindByNameAsync(userName);
        if (account is null)
        {
            account = new Account { UserName = userName, DisplayName = displayName, IsDemo = true, LockoutEnabled = true };
            account.PasswordHash = s_passwordHash ??= users.PasswordHasher.HashPassword(account, Password);
            var created = await users.CreateAsync(account);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {userName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }
        }

        if (!await db.Grants.AnyAsync(g => g.AccountId == account.Id && g.Province == scope && g.Role == role, ct))
        {
            db.Grants.Add(new RoleGrant { Id = Guid.CreateVersion7(), AccountId = account.Id, Province = scope, Role = role, SeatKey = seat });
            await db.SaveChangesAsync(ct);
        }
    }

    private static string Label(ProvinceRole role) => role switch
    {
        ProvinceRole.Secretariat => "Thư ký Cơ quan thường trực",
        ProvinceRole.Leader => "Lãnh đạo Ban Chỉ đạo",
        ProvinceRole.Member => "Đầu mối thành viên",
        ProvinceRole.ProvinceAdmin => "Quản trị tài khoản tỉnh",
        _ => "Người xem",
    };
}
