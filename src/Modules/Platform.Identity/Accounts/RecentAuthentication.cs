using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Platform.Identity.Access;
using Platform.Identity.TwoFactor;

namespace Platform.Identity.Accounts;

/// <summary>
/// Sensitive actions (an administrator disabling, enabling or resetting an account; turning off one's own second
/// factor) need a recent proof of identity: signing in, or confirming the password — and the authenticator code when
/// enrolled — within the last <c>Security:ReauthenticationMinutes</c> (5 by default). A stolen open session alone
/// cannot do them. The time travels in the session cookie as a claim.
/// </summary>
internal sealed class RecentAuthentication(SignInManager<Account> signIn, TimeProvider clock, IOptions<SessionSettings> settings)
    : Core.Security.IRecentAuthentication
{
    public const string Refused =
        "Thao tác này cần xác nhận lại danh tính: hãy nhập mật khẩu (và mã xác thực nếu đã đăng ký) ở mục “Xác nhận danh tính” rồi thử lại. Chưa có gì thay đổi.";

    private readonly TimeSpan _window = TimeSpan.FromMinutes(settings.Value.ReauthenticationMinutes);

    public int WindowMinutes => (int)_window.TotalMinutes;

    public bool IsRecent(ClaimsPrincipal user) =>
        SessionClaims.TimeOf(user, Roles.AuthenticatedAtClaim) is { } at && at + _window >= clock.GetUtcNow();

    public async Task<bool> AsksCodeAsync(ClaimsPrincipal user) => await signIn.UserManager.GetUserAsync(user) is { TwoFactorEnabled: true };

    /// <summary>
    /// Checks the signed-in user's password (failures count towards lockout) and, if they enrolled, their authenticator
    /// code; on success the session records the time. False when either is wrong; nothing else changes.
    /// </summary>
    public async Task<bool> ConfirmAsync(HttpContext http, string? password, string? code)
    {
        var users = signIn.UserManager;
        if (await users.GetUserAsync(http.User) is not { } account || string.IsNullOrEmpty(password))
        {
            return false;
        }

        if (!(await signIn.CheckPasswordSignInAsync(account, password, lockoutOnFailure: true)).Succeeded)
        {
            return false;
        }

        if (account.TwoFactorEnabled &&
            !await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, AuthenticatorKey.CleanCode(code)))
        {
            await users.AccessFailedAsync(account);
            return false;
        }

        await SessionClaims.RenewAsync(http, signIn, account, clock.GetUtcNow());
        return true;
    }
}
