using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Committees.Structure;

namespace Platform.Committees.Pages.Committee;

/// <summary>The committee at a glance: its documents and its structure drawn as an org chart.</summary>
internal sealed class OverviewModel(CommitteeQueries queries, TimeProvider clock) : PageModel
{
    public CommitteeOnDay Committee { get; private set; } = null!;
    public DayQuery Day { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? ngay, CancellationToken ct)
    {
        Day = DayQuery.Read(ngay, clock);
        var committee = await queries.OnDayAsync(Day.Day, ct);
        if (committee is null)
        {
            return NotFound();
        }

        Committee = committee;
        return Page();
    }
}
