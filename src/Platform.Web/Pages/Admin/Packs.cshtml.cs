using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Security;
using Platform.Web.Packs;

namespace Platform.Web.Pages.Admin;

/// <summary>
/// The system administrator's view of the province packs: which this deployment serves and, with
/// <c>Plugins:OnFailure=Skip</c>, which it skipped (folder, file and reason), so that a missing province is explained.
/// </summary>
[Authorize(Policy = Policies.SystemAdmin)]
internal sealed class PacksModel(PackCatalog catalog) : PageModel
{
    public IReadOnlyList<LoadedPack> Loaded { get; } = [.. catalog.Packs.OrderBy(p => p.Definition.Code.Value, StringComparer.Ordinal)];

    public IReadOnlyList<PackFailure> Skipped { get; } = catalog.Scan.Failures;

    public void OnGet()
    {
    }
}
