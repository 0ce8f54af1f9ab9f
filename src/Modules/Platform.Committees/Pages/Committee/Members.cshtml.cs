using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Committees.Structure;
using Platform.Core.Tenancy;

namespace Platform.Committees.Pages.Committee;

/// <summary>Who sits on the committee on a day, by which office, with which duties and which article says so.</summary>
internal sealed class MembersModel(CommitteeQueries queries, CurrentProvince province, TimeProvider clock) : PageModel
{
    public CommitteeOnDay Committee { get; private set; } = null!;
    public DayQuery Day { get; private set; } = null!;

    [TempData]
    public string? Done { get; set; }

    public string PortfolioName(string key) =>
        province.Required.Portfolios.FirstOrDefault(p => p.Key == key)?.Name ?? key;

    public async Task<IActionResult> OnGetAsync(string? ngay, CancellationToken ct)
    {
        Day = DayQuery.Read(ngay, clock);
        var committee = await queries.OnDayAsync(Day.Day, ct, withBodies: false);
        if (committee is null)
        {
            return NotFound();
        }

        Committee = committee;
        return Page();
    }
}
