using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Security;
using Platform.Identity.Administration;

namespace Platform.Identity.Pages.Administration;

/// <summary>One account of the province: its roles there with their seat and agency; grant another, revoke one.</summary>
[Authorize(Policy = Policies.ProvinceAdmin)]
internal sealed class AccountModel(ProvinceAccounts accounts) : AccountsPage
{
    [BindProperty]
    public OfficialRow Form { get; set; } = new();

    public Roster Roster { get; private set; } = new([], [], []);

    public RosterAccount? Account { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostGrantAsync(Guid id, CancellationToken ct)
    {
        var outcome = await accounts.GrantAsync(ProvinceCode, id, Form.Role, Form.Seat, Form.Agency, ct);
        if (outcome.Succeeded)
        {
            return After("Đã cấp vai trò.", $"quan-tri/tai-khoan/{id}");
        }

        return Refusal(outcome) ?? (await ShowAsync(id, ct) ? Page() : NotFound());
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid grant, CancellationToken ct)
    {
        var outcome = await accounts.RevokeAsync(ProvinceCode, grant, ct);
        if (!outcome.Succeeded)
        {
            return Refusal(outcome) ?? (await ShowAsync(id, ct) ? Page() : NotFound());
        }

        // The last role in the province revoked: the account is no longer the province's to show.
        return await ShowAsync(id, ct) ? After("Đã thu hồi vai trò.", $"quan-tri/tai-khoan/{id}") : After("Đã thu hồi vai trò.", "quan-tri/tai-khoan");
    }

    private async Task<bool> ShowAsync(Guid id, CancellationToken ct)
    {
        Roster = await accounts.RosterAsync(ProvinceCode, ct);
        Account = Roster.Accounts.FirstOrDefault(a => a.Id == id);
        return Account is not null;
    }
}
