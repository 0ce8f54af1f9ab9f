using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Identity.Access;
using Platform.Identity.Accounts;
using Platform.Identity.Persistence;
using Platform.Identity.TwoFactor;

namespace Platform.Identity.Pages.Account;

/// <summary>
/// One's own second factor: whether it is on and required, how many recovery codes are left; new recovery codes, or
/// turning it off (for an account that must use one: enrolling a new app). Both need a recent proof of identity.
/// </summary>
internal sealed class TwoFactorModel(
    UserManager<Accounts.Account> users, SignInManager<Accounts.Account> signIn, AccountsDbContext db, RecentAuthentication recent, TwoFactorRule rule)
    : PageModel
{
    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public bool Recent => recent.IsRecent(User);

    public int WindowMinutes => recent.WindowMinutes;

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is { } account ? await ShowAsync(account) : Challenge();

    public async Task<IActionResult> OnPostConfirmAsync(string? password, string? code)
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (!await recent.ConfirmAsync(HttpContext, password, code))
        {
            Errors = ["Mật khẩu hoặc mã xác thực không đúng."];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await ShowAsync(account);
        }

        Done = "Đã xác nhận danh tính.";
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostNewCodesAsync() => WithRecentProofAsync(async account =>
    {
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(account, TwoFactorEnrolModel.RecoveryCodeCount) ?? []];
        Done = null;
        return await ShowAsync(account);
    });

    public Task<IActionResult> OnPostDisableAsync() => WithRecentProofAsync(async account =>
    {
        // Off, and the old key dead: the app that held it can no longer produce a valid code.
        await using (var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted))
        {
            await users.SetTwoFactorEnabledAsync(account, false);
            await users.ResetAuthenticatorKeyAsync(account);
            await transaction.CommitAsync(HttpContext.RequestAborted);
        }

        await SessionClaims.RenewAsync(HttpContext, signIn, account);
        Done = "Đã tắt xác thực hai bước.";
        // An account that must use a second factor is sent on to enrol a new app.
        return RedirectToPage();
    });

    /// <summary>What changes an enrolled second factor: done only with a recent proof of identity, refused otherwise.</summary>
    private async Task<IActionResult> WithRecentProofAsync(Func<Accounts.Account, Task<IActionResult>> change)
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (!account.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        return recent.IsRecent(User) ? await change(account) : await RefuseAsync(account);
    }

    private async Task<IActionResult> RefuseAsync(Accounts.Account account)
    {
        Errors = [RecentAuthentication.Refused];
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return await ShowAsync(account);
    }

    private async Task<IActionResult> ShowAsync(Accounts.Account account)
    {
        Enabled = account.TwoFactorEnabled;
        Required = rule.Requires(account, Grants.Of(User).Select(g => g.Role));
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(account) : 0;
        return Page();
    }
}
