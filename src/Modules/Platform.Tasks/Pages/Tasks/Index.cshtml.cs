using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Tenancy;
using Platform.Tasks.Services;

namespace Platform.Tasks.Pages.Tasks;

/// <summary>
/// The tasks of the province, or of the user's agency: filtered by agency, portfolio, state, source and a search that
/// ignores diacritics; sorted; paged; exportable as the same filtered list.
/// </summary>
internal sealed class IndexModel(
    TaskQueries queries, CommitteeActors actors, CurrentProvince province, TimeProvider clock, IAuthorizationService authorization, ICommitteeDirectory committee)
    : TaskListPage(authorization, committee)
{
    public TaskPage Result { get; private set; } = new([], 0, 1);
    public DateOnly Today { get; private set; }
    public IReadOnlySet<string> MyAgencies { get; private set; } = new HashSet<string>();
    public CurrentProvince Province => province;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await PrepareAsync(ct);
        Today = VietnamTime.Today(clock);
        MyAgencies = (await actors.OfAsync(User, ct)).Agencies;
        Result = await queries.ListAsync(Filter(MyAgencies), Today, ct);
    }

    /// <summary>The query string of this list with one value changed (for the pager and the export link).</summary>
    public string Link(string? page = null, bool export = false, string? sort = null, bool xlsx = false)
    {
        var values = new Dictionary<string, string?>
        {
            ["pham-vi"] = Scope,
            ["co-quan"] = Agency,
            ["linh-vuc"] = Portfolio,
            ["tinh-trang"] = State?.ToString(),
            ["nguon"] = Source?.ToString(),
            ["tim"] = Q,
            ["chu-tri"] = LeadAgency,
            ["sap-den-han"] = DueWithinDays?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["dang-theo-doi"] = OpenOnly ? "true" : null,
            ["sap-xep"] = sort ?? Sort,
            ["trang"] = export ? null : page,
            ["dinh-dang"] = xlsx ? "xlsx" : null,
        };
        var route = new Microsoft.AspNetCore.Routing.RouteValueDictionary(values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => KeyValuePair.Create<string, object?>(v.Key, v.Value)))
        {
            ["province"] = ProvinceCode,
        };
        return Url.Page(export ? "/Tasks/Export" : "/Tasks/Index", route)!;
    }
}
