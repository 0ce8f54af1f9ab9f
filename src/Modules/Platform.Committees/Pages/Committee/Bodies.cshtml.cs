using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Committees.Structure;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;

namespace Platform.Committees.Pages.Committee;

/// <summary>The bodies that help the committee: what each is, who leads it, whose seal it uses, its duties.</summary>
internal sealed class BodiesModel(CommitteeQueries queries, CurrentProvince province) : PageModel
{
    public IReadOnlyList<BodyRow> Bodies { get; private set; } = [];

    public string PortfolioName(string key) =>
        province.Required.Portfolios.FirstOrDefault(p => p.Key == key)?.Name ?? key;

    /// <summary>A working group's leader seat (tổ trưởng, Sdk 1.2), as the regulation names it; null for other bodies.</summary>
    public BodyLeader? Leader(string bodyKey) => province.Required.Bodies.FirstOrDefault(b => b.Key == bodyKey)?.Leader;

    public string SeatOffice(string key) => province.Required.FindSeat(key)?.Office ?? key;

    public async Task OnGetAsync(CancellationToken ct) => Bodies = await queries.BodiesAsync(ct);
}
