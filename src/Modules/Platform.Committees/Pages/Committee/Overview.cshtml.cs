using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Committees.Structure;
using Platform.Core.Home;

namespace Platform.Committees.Pages.Committee;

/// <summary>The province home page: what needs the user (panels contributed by modules), the committee's documents and its org chart.</summary>
internal sealed class OverviewModel(CommitteeQueries queries, IEnumerable<IHomePanel> panels, TimeProvider clock) : PageModel
{
    /// <summary>What other modules contribute to the home page for this user, in order; panels with nothing to say are left out.</summary>
    public IReadOnlyList<(string View, object Model)> Panels { get; private set; } = [];

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
        var shown = new List<(string, object)>();
        foreach (var panel in panels.OrderBy(p => p.Order))
        {
            if (await panel.LoadAsync(User, ct) is { } model)
            {
                shown.Add((panel.PartialView, model));
            }
        }

        Panels = shown;
        return Page();
    }
}
