using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Platform.Identity.Sessions;
using Platform.Identity.SignIn;

namespace Platform.Identity.Pages.Account;

/// <summary>
/// Changing one's own password: the current one first, then a new one that passes the same rules. A wrong current
/// password counts like a failed sign-in, so a left-open session cannot be used to guess it faster.
/// </summary>
[EnableRateLimiting(IdentityModule.LoginRateLimit)]
internal sealed class PasswordModel(
    UserManager<Accounts.Account> users, SignInManager<Accounts.Account> signIn, SignInThrottle throttle, AccountSessions sessions,
    IStringLocalizer<IdentityTexts> t) : PageModel
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? New { get; set; }

    [BindProperty]
    public string? Repeat { get; set; }

    /// <summary>The refusals in the request's language (Identity's own come translated from its error describer).</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Done { get; private set; }

    /// <summary>Seconds until the next attempt is accepted, when too many have failed.</summary>
    public int? RetryAfterSeconds { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        var address = HttpContext.Connection.RemoteIpAddress;
        if (await throttle.WaitAsync(account.UserName!, address, HttpContext.RequestAborted) is { } wait)
        {
            RetryAfterSeconds = SignInThrottle.Refuse(Response, wait);
            Errors = [t[SignInThrottle.TooManyAttempts]];
            return Page();
        }

        if (New != Repeat)
        {
            Errors = [t["Mật khẩu mới nhập lại không khớp."]];
        }
        else
        {
            var result = await users.ChangePasswordAsync(account, Current ?? "", New ?? "");
            Errors = [.. result.Errors.Select(e => e.Description)];
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                await throttle.FailedAsync(account.UserName!, address, HttpContext.RequestAborted);
            }

            if (result.Succeeded)
            {
                // Other sessions end (new security stamp, and on the server); this browser gets a new one.
                await throttle.SucceededAsync(account.UserName!, address, HttpContext.RequestAborted);
                await sessions.EndAllAsync(account.Id);
                await signIn.RefreshSignInAsync(account);
                Done = true;
            }
        }

        if (!Done)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }
}
