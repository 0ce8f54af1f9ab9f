using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Platform.Core.Security;
using Platform.Core.Localization;
using Platform.Core.Tenancy;
using Platform.Identity.Accounts;
using Platform.Identity.Administration;
using Platform.Sdk.Structure;

namespace Platform.Identity.Pages.Admin;

/// <summary>
/// The system administrator's view of accounts: who holds which role where; disable, enable, reset a password. Each
/// change needs the administrator to have proved who they are within the last few minutes (<see cref="RecentAuthentication"/>):
/// otherwise it is refused and nothing changes.
/// </summary>
[Authorize(Policy = Policies.SystemAdmin)]
internal sealed class AccountsModel(
    AccountAdministration administration, RecentAuthentication recent, UserManager<Accounts.Account> users,
    ProvinceAccounts provinceAccounts, IProvinceCatalog catalog, IStringLocalizer<IdentityTexts> t) : PageModel
{
    /// <summary>The loaded provinces, each with its account administration page.</summary>
    public IReadOnlyList<ProvinceDefinition> Provinces => catalog.Provinces;

    /// <summary>A new account with a national role, as typed.</summary>
    [BindProperty]
    public OfficialRow Form { get; set; } = new();

    /// <summary>The activation link of the account just created, shown once.</summary>
    public IReadOnlyList<IssuedLink> Issued { get; private set; } = [];

    /// <summary>Field errors of the new-account form.</summary>
    public IReadOnlyDictionary<string, Message> FormErrors { get; private set; } = new Dictionary<string, Message>();

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

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!recent.IsRecent(User))
        {
            return await RefuseAsync(RecentAuthentication.Refused, StatusCodes.Status403Forbidden, ct);
        }

        var (outcome, link) = await provinceAccounts.CreateNationalAsync(Form, ct);
        if (!outcome.Succeeded)
        {
            FormErrors = outcome.Errors;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else
        {
            Issued = [link!];
            Form = new();
        }

        await ShowAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostGrantNationalAsync(Guid id, string? role, CancellationToken ct) => await SetNationalAsync(id, role, true, ct);

    public async Task<IActionResult> OnPostRevokeNationalAsync(Guid id, string? role, CancellationToken ct) => await SetNationalAsync(id, role, false, ct);

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

    private async Task<IActionResult> SetNationalAsync(Guid id, string? role, bool granted, CancellationToken ct)
    {
        if (!recent.IsRecent(User))
        {
            return await RefuseAsync(RecentAuthentication.Refused, StatusCodes.Status403Forbidden, ct);
        }

        if ((await provinceAccounts.SetNationalAsync(id, role, granted, ct)).NotFound)
        {
            return NotFound();
        }

        Done = granted ? "Đã cấp vai trò." : "Đã thu hồi vai trò.";
        return RedirectToPage();
    }

    private Task<IActionResult> RefuseAsync(string error, int status, CancellationToken ct) => RefuseAsync([t[error]], status, ct);

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
