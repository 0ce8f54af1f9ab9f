using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Packs.DakLak.Pages.DakLak;

/// <summary>The regulation page: static content from the pack, no host services.</summary>
public sealed class RegulationModel : PageModel
{
    public RegulationSummary Summary { get; } = RegulationSummary.DakLak;
}
