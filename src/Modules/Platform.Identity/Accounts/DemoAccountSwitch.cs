using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Core.Settings;
using Platform.Identity.Access;
using Platform.Identity.Persistence;

namespace Platform.Identity.Accounts;

/// <summary>
/// Keeps demo and production apart at every start. The demo accounts share a published password, so they may sign in
/// only while the demo data is loaded (<c>Demo:Load=true</c>): a start without it disables every one of them (their
/// sessions end) and a start with it enables them again. A start without demo data and without an enabled system
/// administrator says how to create one. Runs after the database start-up (hosted services start in order).
/// </summary>
internal sealed class DemoAccountSwitch(IServiceProvider services, IOptions<DemoOptions> demoData, ILogger<DemoAccountSwitch> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var demo = demoData.Value.Load;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var administration = scope.ServiceProvider.GetRequiredService<AccountAdministration>();

        // Only the accounts whose state changes are touched, each through the administration's own path: the change
        // is audited and a disabled account's sessions end, as when an administrator disables it.
        var changing = await db.Users.AsNoTracking().Where(a => a.IsDemo && a.IsDisabled == demo).Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var id in changing)
        {
            await administration.SetDisabledAsync(id, disabled: !demo);
        }

        if (changing.Count > 0)
        {
            log.LogWarning(
                demo
                    ? "Demo:Load=true: {Count} tài khoản demo được mở lại / demo accounts enabled again."
                    : "Demo:Load=false: {Count} tài khoản demo bị khóa, không đăng nhập được khi không có dữ liệu demo / demo accounts disabled: they cannot sign in without the demo data.",
                changing.Count);
        }

        if (!demo && !await db.Grants.AnyAsync(g => g.Province == RoleGrant.National && g.Role == Roles.SystemAdmin && db.Users.Any(a => a.Id == g.AccountId && !a.IsDisabled), cancellationToken))
        {
            log.LogWarning(
                "Chưa có quản trị hệ thống nào đang hoạt động. Tạo người đầu tiên bằng: dotnet Platform.Web.dll create-admin <tên đăng nhập> \"<họ và tên>\" (mật khẩu lấy từ PLATFORM_ADMIN_PASSWORD hoặc đầu vào chuẩn). / " +
                "No enabled system administrator. Create the first one with: dotnet Platform.Web.dll create-admin <user> \"<full name>\" (password from PLATFORM_ADMIN_PASSWORD or standard input).");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
