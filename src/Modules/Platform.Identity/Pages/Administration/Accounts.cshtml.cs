using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Platform.Core.Lists;
using Platform.Core.Security;
using Platform.Identity.Administration;

namespace Platform.Identity.Pages.Administration;

/// <summary>
/// The province's accounts: who holds which role, seat and agency; create an account with its first role; disable,
/// enable; issue a new activation link. For the province's administrator and the system administrator.
/// </summary>
[Authorize(Policy = Policies.ProvinceAdmin)]
internal sealed class AccountsModel(ProvinceAccounts accounts) : AccountsPage
{
    [BindProperty]
    public OfficialRow Form { get; set; } = new();

    public Roster Roster { get; private set; } = new([], [], []);

    /// <summary>Links issued by this request, shown once.</summary>
    public IReadOnlyList<IssuedLink> Issued { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = SortOrder.QueryName)]
    public string? SortValue { get; set; }

    public SortOrder Sort => SortOrder.Parse(SortValue, ProvinceAccounts.SortColumns, ProvinceAccounts.DefaultSort);

    public async Task OnGetAsync(CancellationToken ct) => Roster = await accounts.RosterAsync(ProvinceCode, Sort, ct);

    /// <summary>This list in another order.</summary>
    public string SortUrl(SortOrder sort) =>
        Url.Page(null, new RouteValueDictionary { ["province"] = ProvinceCode, [SortOrder.QueryName] = sort == ProvinceAccounts.DefaultSort ? null : sort.Value })!;

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var (outcome, link) = await accounts.CreateAsync(ProvinceCode, Form, ct);
        if (Refusal(outcome) is { } missing)
        {
            return missing;
        }

        if (link is not null)
        {
            Issued = [link];
            Form = new();
            TempData["Done"] = null;
        }

        Roster = await accounts.RosterAsync(ProvinceCode, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken ct) => await SetAsync(id, true, ct);

    public async Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken ct) => await SetAsync(id, false, ct);

    public async Task<IActionResult> OnPostLinkAsync(Guid id, CancellationToken ct)
    {
        var (outcome, link) = await accounts.IssueLinkAsync(ProvinceCode, id, ct);
        if (Refusal(outcome) is { } missing)
        {
            return missing;
        }

        Issued = link is null ? [] : [link];
        Roster = await accounts.RosterAsync(ProvinceCode, ct);
        return Page();
    }

    private async Task<IActionResult> SetAsync(Guid id, bool disabled, CancellationToken ct)
    {
        var outcome = await accounts.SetDisabledAsync(ProvinceCode, id, disabled, Everywhere, ct);
        if (outcome.Succeeded)
        {
            return After(disabled ? "Đã khóa tài khoản; các phiên đang mở đã kết thúc." : "Đã mở khóa tài khoản.", "quan-tri/tai-khoan");
        }

        if (Refusal(outcome) is { } missing)
        {
            return missing;
        }

        Roster = await accounts.RosterAsync(ProvinceCode, ct);
        return Page();
    }
}
