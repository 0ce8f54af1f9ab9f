using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Platform.Identity.Accounts;
using Platform.Identity.Persistence;
using Platform.Identity.TwoFactor;

namespace Platform.Identity.Pages.Account;

/// <summary>
/// Enrolling an authenticator app (ASVS 6.3.3): a new key is made on request (never on GET), shown as a QR code and
/// as text; the first right code turns the second factor on and shows ten recovery codes, once. An account that must
/// use a second factor is held here until it has enrolled.
/// </summary>
[AllowedBeforeEnrolment]
internal sealed class TwoFactorEnrolModel(
    UserManager<Accounts.Account> users, SignInManager<Accounts.Account> signIn, AccountsDbContext db, IOptions<AccountSettings> settings) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public string? Code { get; set; }

    public string? Key { get; private set; }

    public string? QrDataUri { get; private set; }

    public bool Required => TwoFactorEnrolment.IsPending(User);

    public string? Error { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (account.TwoFactorEnabled)
        {
            return RedirectToPage("/Account/TwoFactor");
        }

        await ShowKeyAsync(account);
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync()
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (!account.TwoFactorEnabled)
        {
            // A new key changes the security stamp: the session is reissued so that it survives.
            await users.ResetAuthenticatorKeyAsync(account);
            await SessionClaims.RenewAsync(HttpContext, signIn, account);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (account.TwoFactorEnabled || await users.GetAuthenticatorKeyAsync(account) is null)
        {
            return RedirectToPage();
        }

        if (!await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, AuthenticatorKey.CleanCode(Code)))
        {
            Error = "Mã xác thực không đúng. Hãy nhập mã 6 chữ số ứng dụng đang hiện cho tài khoản này.";
            Code = null;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await ShowKeyAsync(account);
            return Page();
        }

        // Both or neither: the second factor is never on without its recovery codes.
        await using (var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted))
        {
            RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount) ?? []];
            await users.SetTwoFactorEnabledAsync(account, true);
            await transaction.CommitAsync(HttpContext.RequestAborted);
        }

        await SessionClaims.RenewAsync(HttpContext, signIn, account);
        return Page();
    }

    private async Task ShowKeyAsync(Accounts.Account account)
    {
        if (await users.GetAuthenticatorKeyAsync(account) is { Length: > 0 } key)
        {
            var issuer = settings.Value.AuthenticatorIssuer;
            Key = AuthenticatorKey.Readable(key);
            QrDataUri = AuthenticatorKey.QrDataUri(AuthenticatorKey.Address(issuer, account.UserName ?? "", key));
        }
    }
}
