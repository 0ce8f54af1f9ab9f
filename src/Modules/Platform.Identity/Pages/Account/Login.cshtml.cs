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
using Platform.Identity.SignIn;

namespace Platform.Identity.Pages.Account;

/// <summary>
/// Sign-in. Failures are throttled per account and address with growing delays (429 with Retry-After), never by
/// locking the account; the page is rate-limited per address; a fresh session is issued; an unknown user name, a
/// wrong password and a refused account get the same answer in the same time.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(IdentityModule.LoginRateLimit)]
internal sealed class LoginModel(
    SignInManager<Accounts.Account> signIn, SignInThrottle throttle, IAuditTrail audit, ILogger<LoginModel> log) : PageModel
{
    [BindProperty]
    [StringLength(TextLimits.Name)]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public string? ReturnUrl { get; private set; }

    /// <summary>Seconds until the next attempt is accepted, when too many have failed.</summary>
    public int? RetryAfterSeconds { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = "Hãy nhập tên đăng nhập và mật khẩu.";
            return Page();
        }

        var userName = UserName.Trim();
        var address = HttpContext.Connection.RemoteIpAddress;
        if (await throttle.WaitAsync(userName, address, HttpContext.RequestAborted) is { } wait)
        {
            log.LogWarning("Sign-in for {User} from {Address} refused: too many failures, {Seconds} s to wait", userName, address, (int)wait.TotalSeconds);
            return TooManyAttempts(wait);
        }

        // Whatever session the browser had ends here; the sign-in below issues a new one.
        await HttpContext.SignOutAsync();
        var result = await signIn.PasswordSignInAsync(userName, Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            await throttle.SucceededAsync(userName, address, HttpContext.RequestAborted);
            log.LogInformation("Signed in: {User}", UserName);
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : Url.Content("~/"));
        }

        if (result.RequiresTwoFactor)
        {
            // The password was right; the authenticator code comes next (the account is known only to that page's cookie).
            return RedirectToPage("/Account/LoginTwoFactor", new { returnUrl });
        }

        await throttle.FailedAsync(userName, address, HttpContext.RequestAborted);
        var reason = result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "not allowed" : "wrong credentials";
        log.LogWarning("Failed sign-in for {User} from {Address}: {Reason}", UserName, address, reason);
        await audit.RecordAsync(
            new AuditRecord(null, "identity.sign-in.failed", "account", userName, null, JsonSerializer.Serialize(new { reason })),
            HttpContext.RequestAborted);
        // One answer whatever the reason, so that the page tells nobody which accounts exist or are refused.
        Error = "Tên đăng nhập hoặc mật khẩu không đúng.";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Password = null;
        return Page();
    }

    private PageResult TooManyAttempts(TimeSpan wait)
    {
        RetryAfterSeconds = SignInThrottle.Refuse(Response, wait);
        Error = SignInThrottle.TooManyAttempts;
        Password = null;
        return Page();
    }
}
