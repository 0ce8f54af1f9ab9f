using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Committees.Structure;

namespace Platform.Committees.Pages.Committee;

/// <summary>One seat: its office and duties, who held it when, and by which decision each change was made.</summary>
internal sealed class SeatModel(CommitteeQueries queries) : PageModel
{
    public SeatHistory History { get; private set; } = null!;

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        var history = await queries.SeatAsync(key, ct);
        if (history is null)
        {
            return NotFound();
        }

        History = history;
        return Page();
    }
}
