using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Security;
using Platform.Identity.Accounts;

namespace Platform.Identity.Pages.Admin;

/// <summary>The system administrator's view of accounts: who holds which role where; disable, enable, reset a password.</summary>
[Authorize(Policy = Policies.SystemAdmin)]
internal sealed class AccountsModel(AccountAdministration administration) : PageModel
{
    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Accounts = await administration.ListAsync(ct);

    public async Task<IActionResult> OnPostDisableAsync(Guid id) => await SetAsync(id, disabled: true);

    public async Task<IActionResult> OnPostEnableAsync(Guid id) => await SetAsync(id, disabled: false);

    public async Task<IActionResult> OnPostResetAsync(Guid id, string? password, CancellationToken ct)
    {
        var result = await administration.ResetPasswordAsync(id, password ?? "");
        if (result.Succeeded)
        {
            Done = "Đã đặt lại mật khẩu; các phiên của tài khoản đã kết thúc.";
            return RedirectToPage();
        }

        Errors = [.. result.Errors.Select(e => e.Description)];
        Accounts = await administration.ListAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult> SetAsync(Guid id, bool disabled)
    {
        if (!await administration.SetDisabledAsync(id, disabled))
        {
            return NotFound();
        }

        Done = disabled ? "Đã khóa tài khoản; các phiên đang mở đã kết thúc." : "Đã mở khóa tài khoản.";
        return RedirectToPage();
    }
}
