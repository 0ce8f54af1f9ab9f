using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Tenancy;
using Platform.Tasks.Model;
using Platform.Tasks.Rules;
using Platform.Tasks.Services;

namespace Platform.Tasks.Pages.Tasks;

/// <summary>
/// The tasks of the province, or of the user's agency: filtered by agency, portfolio, state, source and a search that
/// ignores diacritics; sorted; paged; exportable as the same filtered list.
/// </summary>
internal sealed class IndexModel(
    TaskQueries queries, CommitteeActors actors, CurrentProvince province, TimeProvider clock, IAuthorizationService authorization, ICommitteeDirectory committee)
    : TasksPage(authorization, committee)
{
    [BindProperty(SupportsGet = true, Name = "co-quan")] public string? Agency { get; set; }
    [BindProperty(SupportsGet = true, Name = "linh-vuc")] public string? Portfolio { get; set; }
    [BindProperty(SupportsGet = true, Name = "tinh-trang")] public TaskState? State { get; set; }
    [BindProperty(SupportsGet = true, Name = "nguon")] public TaskSource? Source { get; set; }
    [BindProperty(SupportsGet = true, Name = "tim")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "sap-xep")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true, Name = "pham-vi")] public string? Scope { get; set; }

    public TaskPage Result { get; private set; } = new([], 0, 1);
    public DateOnly Today { get; private set; }
    public bool Mine => Scope == "cua-toi";
    public IReadOnlySet<string> MyAgencies { get; private set; } = new HashSet<string>();
    public CurrentProvince Province => province;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await PrepareAsync(ct);
        Today = VietnamTime.Today(clock);
        MyAgencies = (await actors.OfAsync(User, ct)).Agencies;
        Result = await queries.ListAsync(Filter(), Today, ct);
    }

    public TaskFilter Filter() => new()
    {
        Agency = Agency,
        Portfolio = Portfolio,
        State = State,
        Source = Source,
        Q = Q,
        Sort = Sort,
        Page = PageNumber,
        AnyOfAgencies = Mine ? MyAgencies : null,
    };

    /// <summary>The query string of this list with one value changed (for the pager and the export link).</summary>
    public string Link(string? page = null, bool export = false)
    {
        var values = new Dictionary<string, string?>
        {
            ["pham-vi"] = Scope,
            ["co-quan"] = Agency,
            ["linh-vuc"] = Portfolio,
            ["tinh-trang"] = State?.ToString(),
            ["nguon"] = Source?.ToString(),
            ["tim"] = Q,
            ["sap-xep"] = Sort,
            ["trang"] = export ? null : page,
        };
        var query = Microsoft.AspNetCore.Http.QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value)));
        return $"/{ProvinceCode}/tasks{(export ? "/export" : "")}{query}";
    }
}
