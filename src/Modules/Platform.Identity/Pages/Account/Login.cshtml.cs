using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;
using Platform.Core.Auditing;
using Platform.Core.Forms;
using Platform.Identity.Accounts;

namespace Platform.Identity.Pages.Account;

/// <summary>
/// Sign-in. Failures count towards lockout, the page is rate-limited per address, a fresh session cookie is issued,
/// and the message never says whether the user name exists.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(IdentityModule.LoginRateLimit)]
internal sealed class LoginModel(SignInManager<Accounts.Account> signIn, IAuditTrail audit, ILogger<LoginModel> log) : PageModel
{
    [BindProperty]
    [StringLength(TextLimits.Name)]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = "Hãy nhập tên đăng nhập và mật khẩu.";
            return Page();
        }

        // Whatever session the browser had ends here; the sign-in below issues a new one.
        await HttpContext.SignOutAsync();
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            log.LogInformation("Signed in: {User}", UserName);
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
        }

        var reason = result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "not allowed" : "wrong credentials";
        log.LogWarning("Failed sign-in for {User} from {Address}: {Reason}", UserName, HttpContext.Connection.RemoteIpAddress, reason);
        await audit.RecordAsync(
            new AuditRecord(null, "identity.sign-in.failed", "account", UserName.Trim(), null, JsonSerializer.Serialize(new { reason })),
            HttpContext.RequestAborted);
        Error = result.IsLockedOut
            ? "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Hãy thử lại sau 15 phút hoặc liên hệ quản trị."
            : "Tên đăng nhập hoặc mật khẩu không đúng.";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Password = null;
        return Page();
    }
}
