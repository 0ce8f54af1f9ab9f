using Microsoft.AspNetCore.Authorization;
using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Tenancy;
using Platform.Sdk;
using Platform.Tasks.Services;

namespace Platform.Tasks.Pages.Tasks;

/// <summary>
/// What is late, at a glance: counts by lead agency and by portfolio, the oldest overdue and the soonest due tasks, and
/// each agency's on-time rate over the last four quarters, and the tasks aimed at each index the province is ranked on.
/// A fixed number of statements whatever the number of tasks (closed tasks are read from their tallies).
/// </summary>
internal sealed class DashboardModel(TaskQueries queries, CurrentProvince province, TimeProvider clock, IAuthorizationService authorization, ICommitteeDirectory committee,
    Contracts.ITaskRecords records)
    : TasksPage(authorization, committee)
{
    public Dashboard Board { get; private set; } = null!;
    public IReadOnlyList<Period> Quarters { get; private set; } = [];
    public IReadOnlyDictionary<(string Agency, Period Quarter), OnTime> Rates { get; private set; } = new Dictionary<(string, Period), OnTime>();
    public DateOnly Today { get; private set; }

    /// <summary>The tasks aimed at each index, counted, in the order the pack lists the indices.</summary>
    public IReadOnlyList<Contracts.IndexAimCount> Aims { get; private set; } = [];
    public CurrentProvince Province => province;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await PrepareAsync(ct);
        Today = VietnamTime.Today(clock);
        Board = await queries.DashboardAsync(Today, ct);
        var current = Period.Containing(PeriodKind.Quarter, Today);
        Quarters = [current.Previous().Previous().Previous(), current.Previous().Previous(), current.Previous(), current];
        Rates = (await queries.OnTimeAsync(Quarters[0], Today, ct))
            .ToDictionary(r => (r.Agency, new Period(PeriodKind.Quarter, r.Year, r.Quarter)));
        var order = province.Required.Indices.Select(i => i.Key).ToList();
        Aims = [.. (await records.AimCountsAsync(Today, ct)).OrderBy(a => order.IndexOf(a.IndexKey) is var n && n < 0 ? int.MaxValue : n).ThenBy(a => a.IndexKey, StringComparer.Ordinal)];
    }

    public string PortfolioName(string key) =>
        key.Length == 0 ? "—" : province.Required.Portfolios.FirstOrDefault(f => f.Key == key) is { } f ? f.ShortName ?? f.Name : key;
}
