using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;
using Platform.Core.Auditing;
using Platform.Identity.TwoFactor;

namespace Platform.Identity.Pages.Account;

/// <summary>
/// The second step of signing in, after a right password: the authenticator's current code, or one of the recovery
/// codes (each works once). Wrong codes count towards lockout like wrong passwords; the page is rate-limited like the
/// sign-in page. Codes never reach the log or the audit trail.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(IdentityModule.LoginRateLimit)]
internal sealed class LoginTwoFactorModel(SignInManager<Accounts.Account> signIn, IAuditTrail audit, ILogger<LoginTwoFactorModel> log) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? RecoveryCode { get; set; }

    public string? Error { get; private set; }

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();
    }

    public Task<IActionResult> OnPostAsync(string? returnUrl) =>
        SignInAsync(returnUrl, "wrong authenticator code", AuthenticatorKey.CleanCode(Code),
            code => signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false));

    public Task<IActionResult> OnPostRecoveryAsync(string? returnUrl) =>
        SignInAsync(returnUrl, "wrong recovery code", AuthenticatorKey.CleanRecoveryCode(RecoveryCode), signIn.TwoFactorRecoveryCodeSignInAsync);

    private async Task<IActionResult> SignInAsync(string? returnUrl, string failure, string code, Func<string, Task<Microsoft.AspNetCore.Identity.SignInResult>> signInWith)
    {
        ReturnUrl = returnUrl;
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } account)
        {
            // The first step's cookie expired (5 minutes) or was never there: start again with the password.
            return RedirectToPage("/Account/Login");
        }

        if (code.Length == 0)
        {
            Error = "Hãy nhập mã xác thực.";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var result = await signInWith(code);
        if (result.Succeeded)
        {
            log.LogInformation("Signed in with a second factor: {User}", account.UserName);
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : Url.Content("~/"));
        }

        var reason = result.IsLockedOut ? "locked out" : failure;
        log.LogWarning("Failed second sign-in step for {User} from {Address}: {Reason}", account.UserName, HttpContext.Connection.RemoteIpAddress, reason);
        await audit.RecordAsync(
            new AuditRecord(null, "identity.sign-in.failed", "account", account.UserName ?? account.Id.ToString(), null, JsonSerializer.Serialize(new { reason })),
            HttpContext.RequestAborted);
        (Code, RecoveryCode) = (null, null);
        Error = result.IsLockedOut
            ? "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Hãy thử lại sau 15 phút hoặc liên hệ quản trị."
            : "Mã xác thực không đúng.";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
