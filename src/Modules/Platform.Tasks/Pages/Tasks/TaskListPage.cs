using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Committees.Contracts;
using Platform.Tasks.Model;
using Platform.Tasks.Rules;
using Platform.Tasks.Services;

namespace Platform.Tasks.Pages.Tasks;

/// <summary>
/// What the list and its export share: the filter as the query string carries it (Vietnamese keys, so a filtered
/// list can be bookmarked, sent, and exported exactly as shown).
/// </summary>
internal abstract class TaskListPage(IAuthorizationService authorization, ICommitteeDirectory committee) : TasksPage(authorization, committee)
{
    [BindProperty(SupportsGet = true, Name = "co-quan")] public string? Agency { get; set; }
    [BindProperty(SupportsGet = true, Name = "linh-vuc")] public string? Portfolio { get; set; }
    [BindProperty(SupportsGet = true, Name = "tinh-trang")] public TaskState? State { get; set; }
    [BindProperty(SupportsGet = true, Name = "nguon")] public TaskSource? Source { get; set; }
    [BindProperty(SupportsGet = true, Name = "tim")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "sap-xep")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true, Name = "pham-vi")] public string? Scope { get; set; }

    // The dashboard's and home panel's counts link to the list with exactly their filter.
    [BindProperty(SupportsGet = true, Name = "chu-tri")] public string? LeadAgency { get; set; }
    [BindProperty(SupportsGet = true, Name = "sap-den-han")] public int? DueWithinDays { get; set; }
    [BindProperty(SupportsGet = true, Name = "dang-theo-doi")] public bool OpenOnly { get; set; }

    /// <summary>"My agency's tasks": the list limited to the agencies of the user's seats.</summary>
    public bool Mine => Scope == "cua-toi";

    /// <summary>The filter, limited to <paramref name="myAgencies"/> when the list is the user's agency's.</summary>
    public TaskFilter Filter(IReadOnlyCollection<string> myAgencies) => new()
    {
        Agency = Agency,
        Portfolio = Portfolio,
        State = State,
        Source = Source,
        Q = Q,
        Sort = Sort,
        Page = PageNumber,
        AnyOfAgencies = Mine ? myAgencies : null,
        LeadAgency = LeadAgency,
        DueWithinDays = DueWithinDays is > 0 and <= 366 ? DueWithinDays : null,
        OpenOnly = OpenOnly,
    };
}
