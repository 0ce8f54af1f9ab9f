using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;
using Platform.Identity.Administration;

namespace Platform.Identity.Pages.Account;

/// <summary>
/// "Forgot password" (anonymous, rate-limited like sign-in): the official types a user name or email address and is
/// told, whatever was found, that a link goes to the account's address if it has one. The link sets a new password on
/// the activation page.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(IdentityModule.LoginRateLimit)]
internal sealed class ForgotPasswordModel(PasswordReset reset, ILogger<ForgotPasswordModel> log) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    public bool Requested { get; private set; }

    public bool Missing { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            Missing = true;
            Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var issued = await reset.RequestAsync(Name, ct);
        log.LogInformation("Password reset asked from {Address}; link mailed: {Issued}", HttpContext.Connection.RemoteIpAddress, issued);
        Requested = true;
        return Page();
    }
}
