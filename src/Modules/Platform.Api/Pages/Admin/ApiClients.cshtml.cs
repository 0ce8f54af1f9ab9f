using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Api.Clients;
using Platform.Core.Api;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;

namespace Platform.Api.Pages.Admin;

/// <summary>
/// The system administrator's page of API clients: issue a client's token (shown once, stored only as its hash), see
/// each client's provinces, scopes, expiry and last use, revoke a token. Issuing and revoking need the administrator to
/// have proved who they are within the last few minutes (<see cref="IRecentAuthentication"/>), as the accounts page does.
/// </summary>
[Authorize(Policy = Core.Security.Policies.SystemAdmin)]
internal sealed class ApiClientsModel(ApiClients clients, IProvinceCatalog catalog, TimeProvider clock, IRecentAuthentication recent) : PageModel
{
    public const string Refused =
        "Thao tác này cần xác nhận lại danh tính: hãy nhập mật khẩu (và mã xác thực nếu đã đăng ký) ở mục “Xác nhận danh tính” rồi thử lại. Chưa có gì thay đổi.";

    public bool Recent => recent.IsRecent(User);

    public int WindowMinutes => recent.WindowMinutes;

    public bool AskCode { get; private set; }

    public string? Alert { get; private set; }

    public IReadOnlyList<ProvinceDefinition> Provinces => catalog.Provinces;

    public IReadOnlyList<string> AllScopes => ApiScopes.All;

    public IReadOnlyList<ClientRow> Clients { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<string> Chosen { get; set; } = [];

    [BindProperty]
    public List<string> Scopes { get; set; } = [ApiScopes.Read];

    [BindProperty]
    public DateOnly? ExpiresOn { get; set; }

    public IReadOnlyDictionary<string, Message> Errors { get; private set; } = new Dictionary<string, Message>();

    /// <summary>The token just issued: shown on this response only.</summary>
    public string? IssuedToken { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task OnGetAsync(CancellationToken ct)
    {
        ExpiresOn = VietnamTime.Today(clock).AddYears(1);
        await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? confirmPassword, string? confirmCode, CancellationToken ct)
    {
        if (await recent.ConfirmAsync(HttpContext, confirmPassword, confirmCode))
        {
            Done = "Đã xác nhận danh tính.";
            return RedirectToPage();
        }

        return await RefuseAsync("Mật khẩu hoặc mã xác thực không đúng.", StatusCodes.Status422UnprocessableEntity, ct);
    }

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken ct)
    {
        if (!recent.IsRecent(User))
        {
            return await RefuseAsync(Refused, StatusCodes.Status403Forbidden, ct);
        }

        var (outcome, token) = await clients.IssueAsync(new ClientRequest(Name, Chosen, Scopes, ExpiresOn), User.Identity?.Name ?? "admin", ct);
        if (!outcome.Succeeded)
        {
            Errors = outcome.Errors;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else
        {
            IssuedToken = token;
            // The page shows the token once; it must not be kept by a cache on the way.
            Response.Headers.CacheControl = "no-store";
        }

        await ShowAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        if (!recent.IsRecent(User))
        {
            return await RefuseAsync(Refused, StatusCodes.Status403Forbidden, ct);
        }

        var outcome = await clients.RevokeAsync(id, User.Identity?.Name ?? "admin", ct);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        Done = "Đã thu hồi mã truy cập.";
        return RedirectToPage();
    }

    private async Task<IActionResult> RefuseAsync(string why, int status, CancellationToken ct)
    {
        Alert = why;
        Response.StatusCode = status;
        await ShowAsync(ct);
        return Page();
    }

    private async Task ShowAsync(CancellationToken ct)
    {
        AskCode = await recent.AsksCodeAsync(User);
        Clients = await clients.ListAsync(ct);
    }
}
