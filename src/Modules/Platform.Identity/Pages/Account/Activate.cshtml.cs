using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;
using Platform.Core.Localization;
using Platform.Identity.Administration;
using Platform.Identity.SignIn;

namespace Platform.Identity.Pages.Account;

/// <summary>
/// The activation link's page (anonymous): the new account's owner sets the first password, then signs in. A link
/// that is unknown, used, expired or of a disabled account gets one message that says none of these; wrong links are
/// throttled per address as wrong passwords are, and the page is rate-limited like sign-in.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(IdentityModule.LoginRateLimit)]
internal sealed class ActivateModel(AccountActivation activation, SignInThrottle throttle, ILogger<ActivateModel> log) : PageModel
{
    // Wrong links count under one name per address, apart from any user name.
    private const string ThrottleName = "activation-link";

    public string? UserName { get; private set; }

    /// <summary>The account has a password already: the link resets it (mailed from "forgot password").</summary>
    public bool Resetting { get; private set; }

    public Message? Refusal { get; private set; }

    public Message? PasswordError { get; private set; }

    public Message? RepeatError { get; private set; }

    public bool Activated { get; private set; }

    public int? RetryAfterSeconds { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken ct)
    {
        if (await activation.FindAsync(token, ct) is { } account)
        {
            UserName = account.UserName;
            Resetting = account.PasswordHash is not null;
        }
        else
        {
            Refusal = AdministrationMessages.LinkUnusable;
        }
    }

    public async Task<IActionResult> OnPostAsync(string token, string? password, string? repeat, CancellationToken ct)
    {
        var address = HttpContext.Connection.RemoteIpAddress;
        if (await throttle.WaitAsync(ThrottleName, address, ct) is { } wait)
        {
            RetryAfterSeconds = SignInThrottle.Refuse(Response, wait);
            Refusal = new Message(SignInThrottle.TooManyAttempts, "Too many attempts. Wait, then try again.");
            return Page();
        }

        var outcome = await activation.ActivateAsync(token, password, repeat, ct);
        if (outcome.Succeeded)
        {
            log.LogInformation("Account {Account} activated", outcome.Id);
            Activated = true;
            return Page();
        }

        Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status422UnprocessableEntity;
        if (outcome.GeneralError is { } general)
        {
            await throttle.FailedAsync(ThrottleName, address, ct);
            log.LogWarning("Unusable activation link from {Address}", address);
            Refusal = general;
            return Page();
        }

        var found = await activation.FindAsync(token, ct);
        (UserName, Resetting) = (found?.UserName, found?.PasswordHash is not null);
        PasswordError = outcome.Errors.GetValueOrDefault("Password");
        RepeatError = outcome.Errors.GetValueOrDefault("Repeat");
        return Page();
    }
}
