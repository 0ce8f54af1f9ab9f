using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Api.Clients;
using Platform.Core.Api;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;

namespace Platform.Api.Pages.Admin;

/// <summary>
/// The system administrator's page of API clients: issue a client's token (shown once, stored only as its hash), see
/// each client's provinces, scopes, expiry and last use, revoke a token.
/// </summary>
[Authorize(Policy = Core.Security.Policies.SystemAdmin)]
internal sealed class ApiClientsModel(ApiClients clients, IProvinceCatalog catalog, TimeProvider clock) : PageModel
{
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
        Clients = await clients.ListAsync(ct);
    }

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken ct)
    {
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

        Clients = await clients.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        var outcome = await clients.RevokeAsync(id, User.Identity?.Name ?? "admin", ct);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        Done = "Đã thu hồi mã truy cập.";
        return RedirectToPage();
    }
}
