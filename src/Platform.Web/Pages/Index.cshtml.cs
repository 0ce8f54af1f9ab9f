using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;

namespace Platform.Web.Pages;

/// <summary>Lists the provinces whose packs this deployment loaded and the user may open.</summary>
public sealed class IndexModel(IProvinceCatalog catalog, IProvinceAccess access) : PageModel
{
    public IReadOnlyList<ProvinceDefinition> Provinces { get; private set; } = [];

    /// <summary>The provinces this user may open: their own, or all of them for national readers.</summary>
    public void OnGet() => Provinces = access.Readable(catalog, User);
}
