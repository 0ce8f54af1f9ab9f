using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Packs.SonLa.Pages.SonLa;

/// <summary>The regulation page: static content from the pack, no host services.</summary>
public sealed class RegulationModel : PageModel
{
    public RegulationSummary Summary { get; } = RegulationSummary.SonLa;
}
