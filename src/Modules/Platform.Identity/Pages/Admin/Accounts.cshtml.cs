using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Identity;
using Platform.Core.Security;
using Platform.Identity.Accounts;

namespace Platform.Identity.Pages.Admin;

/// <summary>
/// The system administrator's view of accounts: who holds which role where; disable, enable, reset a password. Each
/// change needs the administrator to have proved who they are within the last few minutes (<see cref="RecentAuthentication"/>):
/// otherwise it is refused and nothing changes.
/// </summary>
[Authorize(Policy = Policies.SystemAdmin)]
internal sealed class AccountsModel(AccountAdministration administration, RecentAuthentication recent, UserManager<Accounts.Account> users) : PageModel
{
    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Recent => recent.IsRecent(User);

    public int WindowMinutes => recent.WindowMinutes;

    /// <summary>Whether confirming asks for the administrator's authenticator code too.</summary>
    public bool AskCode { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostConfirmAsync(string? confirmPassword, string? confirmCode, CancellationToken ct)
    {
        if (await recent.ConfirmAsync(HttpContext, confirmPassword, confirmCode))
        {
            Done = "Đã xác nhận danh tính.";
            return RedirectToPage();
        }

        return await RefuseAsync("Mật khẩu hoặc mã xác thực không đúng.", StatusCodes.Status422UnprocessableEntity, ct);
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken ct) => await SetAsync(id, disabled: true, ct);

    public async Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken ct) => await SetAsync(id, disabled: false, ct);

    public async Task<IActionResult> OnPostResetAsync(Guid id, string? password, CancellationToken ct)
    {
        if (!recent.IsRecent(User))
        {
            return await RefuseAsync(RecentAuthentication.Refused, StatusCodes.Status403Forbidden, ct);
        }

        var result = await administration.ResetPasswordAsync(id, password ?? "");
        if (result.Succeeded)
        {
            Done = "Đã đặt lại mật khẩu; các phiên của tài khoản đã kết thúc.";
            return RedirectToPage();
        }

        return await RefuseAsync([.. result.Errors.Select(e => e.Description)], StatusCodes.Status422UnprocessableEntity, ct);
    }

    private async Task<IActionResult> SetAsync(Guid id, bool disabled, CancellationToken ct)
    {
        if (!recent.IsRecent(User))
        {
            return await RefuseAsync(RecentAuthentication.Refused, StatusCodes.Status403Forbidden, ct);
        }

        if (!await administration.SetDisabledAsync(id, disabled))
        {
            return NotFound();
        }

        Done = disabled ? "Đã khóa tài khoản; các phiên đang mở đã kết thúc." : "Đã mở khóa tài khoản.";
        return RedirectToPage();
    }

    private Task<IActionResult> RefuseAsync(string error, int status, CancellationToken ct) => RefuseAsync([error], status, ct);

    private async Task<IActionResult> RefuseAsync(IReadOnlyList<string> errors, int status, CancellationToken ct)
    {
        Errors = errors;
        Response.StatusCode = status;
        await ShowAsync(ct);
        return Page();
    }

    private async Task ShowAsync(CancellationToken ct)
    {
        Accounts = await administration.ListAsync(ct);
        AskCode = await users.GetUserAsync(User) is { TwoFactorEnabled: true };
    }
}
