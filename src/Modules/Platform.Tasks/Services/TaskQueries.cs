using Platform.Core.Dates;
using Platform.Core.Lists;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Sdk;
using Platform.Tasks.Model;
using Platform.Tasks.Persistence;
using Platform.Tasks.Rules;

namespace Platform.Tasks.Services;

/// <summary>How a list is filtered, sorted and paged; read from the query string so a list can be bookmarked and exported.</summary>
internal sealed class TaskFilter
{
    public string? Agency { get; set; }
    public string? Portfolio { get; set; }
    public TaskState? State { get; set; }
    public TaskSource? Source { get; set; }
    public string? Q { get; set; }
    public string? Sort { get; set; }
    public int Page { get; set; } = 1;

    /// <summary>Only tasks some of these agencies lead or co-operate on ("my agency's tasks").</summary>
    public IReadOnlyCollection<string>? AnyOfAgencies { get; set; }

    /// <summary>Only open tasks due from today to this many days ahead.</summary>
    public int? DueWithinDays { get; set; }

    /// <summary>Only tasks this agency leads (the dashboard counts by lead agency; <see cref="Agency"/> also finds co-operation).</summary>
    public string? LeadAgency { get; set; }

    /// <summary>Only open tasks not yet past their deadline (the dashboard's "being followed").</summary>
    public bool OpenOnly { get; set; }

    /// <summary>The portfolio filter's value for tasks of no portfolio.</summary>
    public const string NoPortfolio = "khong";

    public const int PageSize = 25;
}

/// <summary>A task as lists show it.</summary>
internal sealed record TaskRow(
    Guid Id, string Title, TaskSource Source, string SourceLabel, string? SourcePath, string? PortfolioKey, string LeadAgencyKey,
    List<string> CoAgencyKeys, DateOnly OriginalDue, DateOnly Due, TaskProgress Progress, int? Percent, DateOnly? CompletedOn)
{
    public TaskState StateOn(DateOnly today) => TaskStates.Of(Progress, Due, CompletedOn, today);
}

/// <summary>Counts of tasks by state for one agency or portfolio.</summary>
internal sealed record StateCounts(string Key, int Overdue, int DueSoon, int Open, int DoneOnTime, int DoneLate, int Cancelled)
{
    public int Total => Overdue + Open + DoneOnTime + DoneLate + Cancelled;
}

/// <summary>The on-time record of one agency in one quarter.</summary>
internal sealed record OnTime(string Agency, int Year, int Quarter, int Counted, int OnTimeCount)
{
    public double Rate => Counted == 0 ? 0 : (double)OnTimeCount / Counted;
}

/// <summary>A page of the list, with the total for the pager.</summary>
internal sealed record TaskPage(IReadOnlyList<TaskRow> Rows, int Total, int Page)
{
    public int Pages => Math.Max(1, (Total + TaskFilter.PageSize - 1) / TaskFilter.PageSize);
}

/// <summary>The leaders' dashboard.</summary>
internal sealed record Dashboard(
    IReadOnlyList<StateCounts> ByAgency, IReadOnlyList<StateCounts> ByPortfolio, IReadOnlyList<TaskRow> Overdue, IReadOnlyList<TaskRow> DueSoon);

/// <summary>A task with its history, evidence and extension requests.</summary>
internal sealed record TaskDetail(TaskItem Task, IReadOnlyList<TaskUpdate> History, IReadOnlyList<TaskFile> Files, IReadOnlyList<ExtensionRequest> Extensions, IReadOnlyList<TaskRow> Series);

/// <summary>
/// What the task pages read. Every method issues a fixed number of statements whatever the number of tasks: counts are
/// grouped in the database, lists are paged there, states are computed in SQL from today's date.
/// </summary>
internal sealed class TaskQueries(TasksDbContext db) : IModuleService
{
    /// <summary>How far ahead "due soon" looks.</summary>
    public const int SoonDays = 14;

    public async Task<TaskPage> ListAsync(TaskFilter filter, DateOnly today, CancellationToken ct)
    {
        var query = Filtered(filter, today);
        var total = await query.CountAsync(ct);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + TaskFilter.PageSize - 1) / TaskFilter.PageSize));
        var rows = await Rows(Sorted(query, filter.Sort)).Skip((page - 1) * TaskFilter.PageSize).Take(TaskFilter.PageSize).ToListAsync(ct);
        return new TaskPage(rows, total, page);
    }

    /// <summary>Every task of the filter, sorted, for export (at most 100 000).</summary>
    public IAsyncEnumerable<TaskRow> ExportAsync(TaskFilter filter, DateOnly today) =>
        Rows(Sorted(Filtered(filter, today), filter.Sort)).Take(100_000).AsAsyncEnumerable();

    public async Task<TaskDetail?> DetailAsync(Guid id, CancellationToken ct)
    {
        var task = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (task is null)
        {
            return null;
        }

        var history = await db.Updates.AsNoTracking().Where(u => u.TaskId == id).OrderBy(u => u.At).ThenBy(u => u.Id).ToListAsync(ct);
        var files = await db.Files.AsNoTracking().Where(f => f.TaskId == id).OrderBy(f => f.Id).ToListAsync(ct);
        var extensions = await db.Extensions.AsNoTracking().Where(x => x.TaskId == id).OrderBy(x => x.RequestedAt).ToListAsync(ct);
        var series = task.SeriesId is { } s
            ? await Rows(db.Tasks.AsNoTracking().Where(t => t.SeriesId == s).OrderBy(t => t.Due)).ToListAsync(ct)
            : [];
        return new TaskDetail(task, history, files, extensions, series);
    }

    /// <summary>
    /// The dashboard's counts and lists in four statements whose cost does not grow with the years of finished work:
    /// closed tasks are read from their tallies (<see cref="TaskTally"/>, kept by PostgreSQL with every change), open
    /// tasks, whose state moves with the calendar, are counted live from the index of open tasks.
    /// </summary>
    public async Task<Dashboard> DashboardAsync(DateOnly today, CancellationToken ct)
    {
        var soon = today.AddDays(SoonDays);
        var closed = await db.Tallies.AsNoTracking()
            .GroupBy(t => new { t.LeadAgencyKey, t.PortfolioKey })
            .Select(g => new { g.Key.LeadAgencyKey, g.Key.PortfolioKey, OnTime = g.Sum(t => t.OnTime), Late = g.Sum(t => t.Late), Cancelled = g.Sum(t => t.Cancelled) })
            .ToListAsync(ct);
        var open = await db.Tasks.AsNoTracking().Where(TaskStates.Open)
            .GroupBy(t => new { t.LeadAgencyKey, PortfolioKey = t.PortfolioKey ?? "" })
            .Select(g => new
            {
                g.Key.LeadAgencyKey,
                g.Key.PortfolioKey,
                Overdue = g.Count(t => t.Due < today),
                DueSoon = g.Count(t => t.Due >= today && t.Due <= soon),
                Open = g.Count(t => t.Due >= today),
            })
            .ToListAsync(ct);
        var cells = closed.Select(c => (c.LeadAgencyKey, c.PortfolioKey, Counts: new StateCounts("", 0, 0, 0, c.OnTime, c.Late, c.Cancelled)))
            .Concat(open.Select(o => (o.LeadAgencyKey, o.PortfolioKey, Counts: new StateCounts("", o.Overdue, o.DueSoon, o.Open, 0, 0, 0))))
            .ToList();
        var overdue = await Rows(db.Tasks.AsNoTracking().Where(TaskStates.Is(TaskState.Overdue, today)).OrderBy(t => t.Due).ThenBy(t => t.Id)).Take(20).ToListAsync(ct);
        var dueSoon = await Rows(db.Tasks.AsNoTracking().Where(TaskStates.DueSoon(today, soon)).OrderBy(t => t.Due).ThenBy(t => t.Id)).Take(20).ToListAsync(ct);
        return new Dashboard(Sum(cells, c => c.LeadAgencyKey), Sum(cells, c => c.PortfolioKey), overdue, dueSoon);

        static IReadOnlyList<StateCounts> Sum(
            List<(string LeadAgencyKey, string PortfolioKey, StateCounts Counts)> cells, Func<(string LeadAgencyKey, string PortfolioKey, StateCounts Counts), string> key) =>
            [.. cells.GroupBy(key, StringComparer.Ordinal)
                .Select(g => new StateCounts(
                    g.Key,
                    g.Sum(c => c.Counts.Overdue),
                    g.Sum(c => c.Counts.DueSoon),
                    g.Sum(c => c.Counts.Open),
                    g.Sum(c => c.Counts.DoneOnTime),
                    g.Sum(c => c.Counts.DoneLate),
                    g.Sum(c => c.Counts.Cancelled)))
                // A tally emptied by a task reopened or removed is no agency's work.
                .Where(c => c.Total > 0)];
    }

    /// <summary>
    /// The on-time rate per lead agency per quarter of the deadline in force, for the quarters from
    /// <paramref name="first"/>: counted are tasks not cancelled that are done or past their deadline; on time are those
    /// completed on or before it. Tasks still open before their deadline are not counted yet. Closed tasks come from
    /// their tallies, open ones past their deadline are counted live: two statements whatever the years of data.
    /// </summary>
    public async Task<IReadOnlyList<OnTime>> OnTimeAsync(Period first, DateOnly today, CancellationToken ct)
    {
        if (first.Kind != PeriodKind.Quarter)
        {
            throw new ArgumentException("The on-time record is kept by quarter.", nameof(first));
        }

        var from = first.Start;
        var closed = await db.Tallies.AsNoTracking()
            .Where(t => t.DueQuarter >= from)
            .GroupBy(t => new { t.LeadAgencyKey, t.DueQuarter })
            .Select(g => new { g.Key.LeadAgencyKey, g.Key.DueQuarter, OnTime = g.Sum(t => t.OnTime), Late = g.Sum(t => t.Late) })
            .ToListAsync(ct);
        var overdue = await db.Tasks.AsNoTracking()
            .Where(TaskStates.Open).Where(t => t.Due >= from && t.Due < today)
            .GroupBy(t => new { t.LeadAgencyKey, t.Due.Year, Quarter = ((t.Due.Month - 1) / 3) + 1 })
            .Select(g => new { g.Key.LeadAgencyKey, g.Key.Year, g.Key.Quarter, Count = g.Count() })
            .ToListAsync(ct);
        return [.. closed.Select(c => (c.LeadAgencyKey, Quarter: Period.Containing(PeriodKind.Quarter, c.DueQuarter), Counted: c.OnTime + c.Late, c.OnTime))
            .Concat(overdue.Select(o => (o.LeadAgencyKey, Quarter: new Period(PeriodKind.Quarter, o.Year, o.Quarter), Counted: o.Count, OnTime: 0)))
            .GroupBy(x => (x.LeadAgencyKey, x.Quarter))
            .Select(g => new OnTime(g.Key.LeadAgencyKey, g.Key.Quarter.Year, g.Key.Quarter.Number, g.Sum(x => x.Counted), g.Sum(x => x.OnTime)))
            .Where(r => r.Counted > 0)];
    }

    /// <summary>Extension requests waiting for the holder of one of these seats.</summary>
    public async Task<IReadOnlyList<(ExtensionRequest Request, TaskRow Task)>> PendingExtensionsAsync(IReadOnlyList<string> seats, CancellationToken ct)
    {
        var rows = await (
                from x in db.Extensions.AsNoTracking()
                join t in db.Tasks.AsNoTracking() on x.TaskId equals t.Id
                where x.Status == ExtensionStatus.Pending && seats.Contains(x.ApproverSeatKey)
                orderby x.RequestedAt
                select new
                {
                    x,
                    Row = new TaskRow(t.Id, t.Title, t.Source, t.SourceLabel, t.SourcePath, t.PortfolioKey, t.LeadAgencyKey, t.CoAgencyKeys, t.OriginalDue, t.Due, t.Progress, t.Percent, t.CompletedOn),
                })
            .ToListAsync(ct);
        return [.. rows.Select(r => (r.x, r.Row))];
    }

    /// <summary>Which conclusion items and plan items are already followed as tasks.</summary>
    public async Task<IReadOnlySet<Guid>> TrackedSourcesAsync(IReadOnlyCollection<Guid> sourceIds, CancellationToken ct) =>
        (await db.Tasks.AsNoTracking().Where(t => t.SourceId != null && sourceIds.Contains(t.SourceId.Value)).Select(t => t.SourceId!.Value).Distinct().ToListAsync(ct))
            .ToHashSet();

    public Task<WorkPlan?> PlanAsync(int year, CancellationToken ct) =>
        db.Plans.AsNoTracking().Include(p => p.Items.OrderBy(i => i.Number)).SingleOrDefaultAsync(p => p.Year == year, ct);

    public async Task<IReadOnlyList<(int Year, PlanStatus Status, int Items)>> PlansAsync(CancellationToken ct) =>
        [.. (await db.Plans.AsNoTracking().OrderByDescending(p => p.Year).Select(p => new { p.Year, p.Status, Items = p.Items.Count }).ToListAsync(ct))
            .Select(p => (p.Year, p.Status, p.Items))];

    public async Task<(TaskFile File, byte[] Bytes)?> FileAsync(Guid taskId, Guid fileId, CancellationToken ct)
    {
        var file = await db.Files.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.TaskId == taskId, ct);
        return file is null ? null : (file, await db.FileContents.AsNoTracking().Where(c => c.Id == fileId).Select(c => c.Bytes).SingleAsync(ct));
    }

    private IQueryable<TaskItem> Filtered(TaskFilter filter, DateOnly today)
    {
        var query = db.Tasks.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Agency))
        {
            var agency = filter.Agency;
            query = query.Where(t => t.LeadAgencyKey == agency || t.CoAgencyKeys.Contains(agency));
        }

        if (filter.AnyOfAgencies is { } mine)
        {
            var keys = mine.ToList();
            query = query.Where(t => keys.Contains(t.LeadAgencyKey) || t.CoAgencyKeys.Any(k => keys.Contains(k)));
        }

        if (filter.Portfolio == TaskFilter.NoPortfolio)
        {
            query = query.Where(t => t.PortfolioKey == null);
        }
        else if (!string.IsNullOrWhiteSpace(filter.Portfolio))
        {
            query = query.Where(t => t.PortfolioKey == filter.Portfolio);
        }

        if (!string.IsNullOrWhiteSpace(filter.LeadAgency))
        {
            var lead = filter.LeadAgency;
            query = query.Where(t => t.LeadAgencyKey == lead);
        }

        if (filter.OpenOnly)
        {
            query = query.Where(TaskStates.Open).Where(t => t.Due >= today);
        }

        if (filter.State is { } state)
        {
            query = query.Where(TaskStates.Is(state, today));
        }

        if (filter.DueWithinDays is { } days)
        {
            query = query.Where(TaskStates.DueSoon(today, today.AddDays(days)));
        }

        if (filter.Source is { } source)
        {
            query = query.Where(t => t.Source == source);
        }

        var words = VietnameseText.Fold(filter.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words.Take(8))
        {
            var pattern = Platform.Core.Search.SearchQuery.Contains(word);
            query = query.Where(t => EF.Functions.Like(t.SearchText, pattern));
        }

        return query;
    }

    /// <summary>The columns a task list sorts by (<c>sap-xep</c>); the default is the nearest deadline first.</summary>
    public static readonly IReadOnlyCollection<string> SortColumns = ["han", "ten", "co-quan", "ngay-giao"];

    public static readonly SortOrder DefaultSort = new("han", false);

    /// <summary>The order the query string asks for; "moi-giao" (newest first) is read as it always was.</summary>
    public static SortOrder SortOf(string? sort) =>
        sort == "moi-giao" ? new SortOrder("ngay-giao", true) : SortOrder.Parse(sort, SortColumns, DefaultSort);

    private static IQueryable<TaskItem> Sorted(IQueryable<TaskItem> query, string? sort)
    {
        var order = SortOf(sort);
        return (order.Column, order.Descending) switch
        {
            ("ten", false) => query.OrderBy(t => t.Title).ThenBy(t => t.Id),
            ("ten", true) => query.OrderByDescending(t => t.Title).ThenByDescending(t => t.Id),
            ("co-quan", false) => query.OrderBy(t => t.LeadAgencyKey).ThenBy(t => t.Due).ThenBy(t => t.Id),
            ("co-quan", true) => query.OrderByDescending(t => t.LeadAgencyKey).ThenBy(t => t.Due).ThenBy(t => t.Id),
            ("ngay-giao", false) => query.OrderBy(t => t.AssignedAt).ThenBy(t => t.Id),
            ("ngay-giao", true) => query.OrderByDescending(t => t.AssignedAt).ThenByDescending(t => t.Id),
            ("han", true) => query.OrderByDescending(t => t.Due).ThenByDescending(t => t.Id),
            _ => query.OrderBy(t => t.Due).ThenBy(t => t.Id),
        };
    }

    private static IQueryable<TaskRow> Rows(IQueryable<TaskItem> query) =>
        query.Select(t => new TaskRow(t.Id, t.Title, t.Source, t.SourceLabel, t.SourcePath, t.PortfolioKey, t.LeadAgencyKey, t.CoAgencyKeys, t.OriginalDue, t.Due, t.Progress, t.Percent, t.CompletedOn));
}
