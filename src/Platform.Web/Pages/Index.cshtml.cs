using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;

namespace Platform.Web.Pages;

/// <summary>Lists the provinces whose packs this deployment loaded.</summary>
public sealed class IndexModel(IProvinceCatalog catalog) : PageModel
{
    public IReadOnlyList<ProvinceDefinition> Provinces { get; private set; } = [];

    public void OnGet() => Provinces = catalog.Provinces;
}
