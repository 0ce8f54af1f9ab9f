using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Committees.Structure;
using Platform.Core.Tenancy;

namespace Platform.Committees.Pages.Committee;

/// <summary>The bodies that help the committee: what each is, who leads it, whose seal it uses, its duties.</summary>
internal sealed class BodiesModel(CommitteeQueries queries, CurrentProvince province) : PageModel
{
    public IReadOnlyList<BodyRow> Bodies { get; private set; } = [];

    public string PortfolioName(string key) =>
        province.Required.Portfolios.FirstOrDefault(p => p.Key == key)?.Name ?? key;

    public string SeatOffice(string key) => province.Required.FindSeat(key)?.Office ?? key;

    public async Task OnGetAsync(CancellationToken ct) => Bodies = await queries.BodiesAsync(ct);
}
