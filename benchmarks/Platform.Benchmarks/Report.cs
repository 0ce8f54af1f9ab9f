using System.Globalization;
using System.Text;

namespace Platform.Benchmarks;

/// <summary>Writes the results between the markers of docs/benchmarks.md, keeping the rest of the file.</summary>
internal static class Report
{
    public const string StartMarker = "<!-- results:start -->";
    public const string EndMarker = "<!-- results:end -->";
    public const string SearchStartMarker = "<!-- search:start -->";
    public const string SearchEndMarker = "<!-- search:end -->";
    public const string RollupStartMarker = "<!-- rollup:start -->";
    public const string RollupEndMarker = "<!-- rollup:end -->";

    // Issue 18, item 1: "Dashboard p95 ≤ 50 ms at 16 connections …, and the same for the province home page and the
    // ministry roll-up over 34 provinces' datasets".
    private const double LatencyGoalMs = 50;

    // Issue 18, item 3: "warm ≤ 3 s to the first 200, cold ≤ 6 s; with 34 packs ≤ 1.5× the time with two, and ≤ 5 MB of
    // resident memory per extra province once warm" (MB: 10⁶ bytes, the stricter reading).
    private const double RatioGoal = 1.5;
    private const double MemoryGoalBytes = 5_000_000;
    private static readonly TimeSpan WarmGoal = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan ColdGoal = TimeSpan.FromSeconds(6);

    /// <summary>The province's search over the dataset: its own section, so that <c>--only search</c> leaves the rest as it was.</summary>
    public static string SearchSection(Options options, Machine machine, DateTimeOffset when, IReadOnlyList<string> dataset, EndpointResult search)
    {
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');
        string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |";

        Line(SearchStartMarker);
        Line("## The province's search");
        Line();
        Line($"Measured {when.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC" +
             (options.Commit is null ? "" : $" on commit `{options.Commit}`") + $", {machine.Cpus} logical CPUs, load average before the run " +
             $"{machine.LoadAverage}; dataset `--dataset-years {options.DatasetYears}` for {options.Province} ({string.Join("; ", dataset.Take(2))}).");
        Line();
        Line($"Every source of the search (one statement each, trigram index on each folded text) for “{options.SearchQuery}”, " +
             $"{options.Connections} connections, {search.Phases.Count} × {options.Measure.TotalSeconds:0} s measured. " +
             "A test (SearchTests) checks that the planner uses each source's trigram index.");
        Line();
        Line(Row("Page", "Requests/s", "p50", "p95", "p99", "Errors", "Allocated per request"));
        Line(Row("---", "---:", "---:", "---:", "---:", "---:", "---:"));
        Line(Row($"`{search.Path}`", Format.Rate(search.RequestsPerSecond), Format.Ms(search.Percentile(50)), Format.Ms(search.Percentile(95)),
            Format.Ms(search.Percentile(99)), $"{Format.Count(search.Errors)} of {Format.Count(search.Requests)}",
            search.AllocatedPerRequest is { } allocated ? Format.KiB(allocated) : "—"));
        Line(SearchEndMarker);
        return md.ToString();
    }

    /// <summary>The ministry's roll-up over every province's dataset: its own section, so that <c>--only rollup</c> leaves the rest as it was.</summary>
    public static string RollupSection(Options options, Machine machine, DateTimeOffset when, RollupResult rollup)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rollup);
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');
        string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |";
        var (data, page) = (rollup.Dataset, rollup.Endpoint);
        var p95 = page.Percentile(95);

        Line(RollupStartMarker);
        Line("## The ministry's roll-up over every province's dataset");
        Line();
        Line($"Measured {when.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC" +
             (options.Commit is null ? "" : $" on commit `{options.Commit}`") + $", {machine.Cpus} logical CPUs, load average before the run " +
             $"{machine.LoadAverage}.");
        Line();
        Line($"Dataset: `--dataset-years {options.DatasetYears}` for each of the {data.Provinces} provinces of the many-packs folder, on a " +
             $"database of its own: {Format.Count(data.Tasks)} tasks with {Format.Count(data.HistoryEntries)} history entries, " +
             $"{Format.Count(data.Meetings)} meetings, {Format.Count(data.Reports)} submitted reports, written in {Format.Seconds(data.Elapsed)} " +
             "(the host's start with its migrations and demo data included).");
        Line();
        Line($"`{page.Path}` (the current quarter, every module's figures, one line per province) read by the ministry's demo viewer, " +
             $"{options.Connections} connections, {options.HostWarmUp.TotalSeconds:0} s of warm-up, then {page.Phases.Count} × " +
             $"({options.WarmUp.TotalSeconds:0} s warm-up + {options.Measure.TotalSeconds:0} s measured).");
        Line();
        Line(Row("", "Roll-up `" + page.Path + "`"));
        Line(Row("---", "---:"));
        Line(Row("Requests/s", Format.Rate(page.RequestsPerSecond)));
        Line(Row("p50 latency", Format.Ms(page.Percentile(50))));
        Line(Row("p95 latency", Format.Ms(p95)));
        Line(Row("p99 latency", Format.Ms(page.Percentile(99))));
        Line(Row("Errors", $"{Format.Count(page.Errors)} of {Format.Count(page.Requests)}"));
        Line(Row("Requests/s by round", string.Join(" · ", page.Phases.Select(p => Format.Rate(p.RequestsPerSecond)))));
        if (page.Phases.All(p => p.OthersCpu is not null))
        {
            Line(Row("CPU used by other processes, by round", string.Join(" · ", page.Phases.Select(p => $"{p.OthersCpu:0} %"))));
        }

        if (page.Phases.All(p => p.PeakResident is not null))
        {
            Line(Row("Host's peak resident memory, by round", string.Join(" · ", page.Phases.Select(p => Format.MiB(p.PeakResident!.Value)))));
        }

        Line(Row("Allocated per request (host, managed heap)", page.AllocatedPerRequest is { } allocated ? Format.KiB(allocated) : "—"));
        Line(Row("Response body", $"{Format.Count(page.Bytes)} B"));
        Line();
        Line(Row("Goal (issue 18)", "Reached", "Met"));
        Line(Row("---", "---:", "---"));
        Line(Row($"Roll-up over {data.Provinces} provinces' datasets, p95 at {options.Connections} connections ≤ {LatencyGoalMs:0} ms",
            Format.Ms(p95), p95 <= LatencyGoalMs ? "yes" : "no"));
        Line(RollupEndMarker);
        return md.ToString();
    }

    /// <summary>
    /// The results section. <paramref name="dataset"/> is null when only the start-ups ran (<c>--only startup</c>);
    /// <paramref name="manyPacks"/> is null without <c>--many-plugins</c>.
    /// </summary>
    public static string Section(
        Options options, Machine machine, DateTimeOffset when, StartupResult startup, IReadOnlyList<string>? dataset,
        IReadOnlyList<Comparison> comparisons, EndpointResult? home, ManyPacksResult? manyPacks, RollupResult? rollup = null)
    {
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');
        string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |";

        Line(StartMarker);
        Line("## Latest results");
        Line();
        Line($"Measured {when.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC" +
             (options.Commit is null ? "" : $" on commit `{options.Commit}`") + ", written by `benchmarks/run.sh`.");
        Line();
        Line(Row("Machine", ""));
        Line(Row("---", "---"));
        Line(Row("Logical CPUs (`nproc`)", machine.Cpus));
        Line(Row("CPU", machine.CpuModel));
        Line(Row("Memory", machine.Memory));
        Line(Row("OS", machine.Os));
        Line(Row(".NET", machine.DotNet));
        if (options.Database is not null)
        {
            Line(Row("Database", options.Database));
        }

        Line(Row("Load average before the run", machine.LoadAverage));
        Line();
        Targets(md, options, startup, comparisons, home, manyPacks is not null, rollup);
        Line("### Start-up to the first 200 on `/account/login`");
        Line();
        Line(Row("Start", "Time"));
        Line(Row("---", "---:"));
        Line(Row("Cold: empty database (migrations and demo data, as the run command)", Format.Seconds(startup.Cold)));
        if (startup.ProductionCold is { } production)
        {
            Line(Row("Cold: empty database without demo data (migrations only, a production install's first start)", Format.Seconds(production)));
        }

        Line(Row($"Warm: migrated database, median of {startup.Warm.Count}", Format.Seconds(startup.WarmMedian)));
        Line(Row("Warm runs", string.Join(", ", startup.Warm.Select(Format.Seconds))));
        if (manyPacks is not null)
        {
            Line();
            ManyPacks(Line, Row, manyPacks);
        }

        if (dataset is not null)
        {
            Line();
            Line($"### Dataset: `dataset --province {options.Province} --dataset-years {options.DatasetYears}`, after the start-ups");
            Line();
            foreach (var line in dataset)
            {
                Line("- " + line);
            }
        }

        foreach (var c in comparisons)
        {
            Line();
            Line($"### {c.Name}: {options.Connections} connections, {options.HostWarmUp.TotalSeconds:0} s of warm-up per endpoint, then " +
                 $"{c.Page.Phases.Count} × ({options.WarmUp.TotalSeconds:0} s warm-up + {options.Measure.TotalSeconds:0} s measured), interleaved");
            Line();
            Line(Row("", $"Page `{c.Page.Path}`", $"Baseline `{c.Baseline.Path}`", "page / baseline"));
            Line(Row("---", "---:", "---:", "---:"));
            Line(Row("Requests/s", Format.Rate(c.Page.RequestsPerSecond), Format.Rate(c.Baseline.RequestsPerSecond),
                Format.Ratio(c.Page.RequestsPerSecond, c.Baseline.RequestsPerSecond)));
            foreach (var p in new[] { 50d, 95d, 99d })
            {
                Line(Row($"p{p:0} latency", Format.Ms(c.Page.Percentile(p)), Format.Ms(c.Baseline.Percentile(p)),
                    Format.Ratio(c.Page.Percentile(p), c.Baseline.Percentile(p))));
            }

            Line(Row("Errors", $"{Format.Count(c.Page.Errors)} of {Format.Count(c.Page.Requests)}",
                $"{Format.Count(c.Baseline.Errors)} of {Format.Count(c.Baseline.Requests)}", ""));
            Line(Row("Requests/s by round", string.Join(" · ", c.Page.Phases.Select(x => Format.Rate(x.RequestsPerSecond))),
                string.Join(" · ", c.Baseline.Phases.Select(x => Format.Rate(x.RequestsPerSecond))), ""));
            if (c.Page.Phases.Concat(c.Baseline.Phases).All(p => p.OthersCpu is not null))
            {
                static string Cpu(EndpointResult e) => string.Join(" · ", e.Phases.Select(p => $"{p.OthersCpu:0} %"));
                Line(Row("CPU used by other processes, by round" + (options.PostgresPid is null ? " (PostgreSQL included)" : ""),
                    Cpu(c.Page), Cpu(c.Baseline), ""));
            }

            if (c.Page.Phases.Concat(c.Baseline.Phases).All(p => p.PeakResident is not null))
            {
                static string Peak(EndpointResult e) => string.Join(" · ", e.Phases.Select(p => Format.MiB(p.PeakResident!.Value)));
                Line(Row("Host's peak resident memory, by round", Peak(c.Page), Peak(c.Baseline), ""));
            }

            if (c.Page.AllocatedPerRequest is { } pageAllocated && c.Baseline.AllocatedPerRequest is { } baselineAllocated)
            {
                Line(Row("Allocated per request (host, managed heap)", Format.KiB(pageAllocated), Format.KiB(baselineAllocated),
                    Format.Ratio(pageAllocated, baselineAllocated)));
            }

            Line(Row("Response body", $"{Format.Count(c.Page.Bytes)} B", $"{Format.Count(c.Baseline.Bytes)} B",
                Format.Ratio(c.Page.Bytes, c.Baseline.Bytes)));
            Line();
            Line(c.Agreement);
        }

        Line(EndMarker);
        return md.ToString();
    }

    /// <summary>
    /// Each target of issue 18 this run measures, with the figure reached beside its goal: p95 of the pages that must
    /// answer within 50 ms, the simple pages' throughput and allocations against their baselines, the start-up times.
    /// </summary>
    private static void Targets(StringBuilder md, Options options, StartupResult startup, IReadOnlyList<Comparison> comparisons, EndpointResult? home, bool startupGoalsBelow,
        RollupResult? rollup)
    {
        void Line(string text = "") => md.Append(text).Append('\n');
        string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |";
        static string Met(bool met) => met ? "met" : "**not met**";

        Line("### Targets");
        Line();
        Line(Row("Target", "Goal", "Reached", ""));
        Line(Row("---", "---:", "---:", "---"));
        IEnumerable<(string Name, EndpointResult Page)> fast = comparisons.Where(c => c.Page.Path.EndsWith("/tasks/dashboard", StringComparison.Ordinal)).Select(c => (c.Name, c.Page));
        if (home is not null)
        {
            fast = fast.Append(("Province home page", home));
        }

        foreach (var (name, page) in fast)
        {
            var p95 = page.Percentile(95);
            Line(Row($"{name} `{page.Path}`, p95 at {options.Connections} connections", $"≤ {LatencyGoalMs:0} ms", Format.Ms(p95), Met(p95 <= LatencyGoalMs)));
        }

        if (rollup is not null)
        {
            var p95 = rollup.Endpoint.Percentile(95);
            Line(Row($"Ministry roll-up `{rollup.Endpoint.Path}` over {rollup.Dataset.Provinces} provinces' datasets, p95 at {options.Connections} connections",
                $"≤ {LatencyGoalMs:0} ms", Format.Ms(p95), Met(p95 <= LatencyGoalMs) + " (section below)"));
        }

        foreach (var c in comparisons.Where(c => !c.Page.Path.EndsWith("/tasks/dashboard", StringComparison.Ordinal)))
        {
            var ratio = c.Page.RequestsPerSecond / c.Baseline.RequestsPerSecond;
            Line(Row($"{c.Name}: requests/s of its baseline's", "≥ 0.80", Format.Ratio(c.Page.RequestsPerSecond, c.Baseline.RequestsPerSecond), Met(ratio >= 0.8)));
            if (c.Page.AllocatedPerRequest is { } page && c.Baseline.AllocatedPerRequest is { } baseline)
            {
                Line(Row($"{c.Name}: bytes allocated per request, of its baseline's", "≤ 1.25", Format.Ratio(page, baseline), Met(page / baseline <= 1.25)));
            }
        }

        if (startupGoalsBelow)
        {
            Line(Row("Start-up with every province's pack", "", "", "see below"));
        }
        else
        {
            Line(Row("Start-up, warm (median), two packs", "≤ 3 s", Format.Seconds(startup.WarmMedian), Met(startup.WarmMedian <= TimeSpan.FromSeconds(3))));
            Line(Row("Start-up, cold, two packs, with demo data", "≤ 6 s", Format.Seconds(startup.Cold), Met(startup.Cold <= TimeSpan.FromSeconds(6))));
            if (startup.ProductionCold is { } production)
            {
                Line(Row("Start-up, cold, two packs, without demo data (production)", "≤ 6 s", Format.Seconds(production), Met(production <= TimeSpan.FromSeconds(6))));
            }
        }

        Line();
    }

    /// <summary>
    /// Issue 18, item 3: start-up with every province's pack against the usual two, and what each extra province costs
    /// in resident memory once warm; then each goal beside the figure reached.
    /// </summary>
    private static void ManyPacks(Action<string> line, Func<string[], string> row, ManyPacksResult r)
    {
        string Times(StartupResult s) => string.Join(", ", s.Warm.Select(Format.Seconds));
        string Ratio(TimeSpan all, TimeSpan usual) => Format.Ratio(all.TotalSeconds, usual.TotalSeconds) + " ×";
        static string Met(bool met) => met ? "yes" : "no";
        var (usual, all) = ($"{r.Packs} packs", $"{r.AllPacks} packs");

        line($"### Start-up with {r.AllPacks} packs: the {r.Packs} real ones and {r.ExtraProvinces} made from the pack template, on a database of their own");
        line("");
        line(row(["", usual, all, $"{r.AllPacks} / {r.Packs}"]));
        line(row(["---", "---:", "---:", "---:"]));
        line(row(["Cold: empty database (migrations and demo data)", Format.Seconds(r.Usual.Cold), Format.Seconds(r.All.Cold), Ratio(r.All.Cold, r.Usual.Cold)]));
        line(row([$"Warm: migrated database, median of {r.All.Warm.Count}", Format.Seconds(r.Usual.WarmMedian), Format.Seconds(r.All.WarmMedian),
            Ratio(r.All.WarmMedian, r.Usual.WarmMedian)]));
        line(row(["Warm runs", Times(r.Usual), Times(r.All), ""]));
        line(row(["Resident memory once warm (`VmRSS`, after each province's home page)", Format.MiB(r.ResidentUsual), Format.MiB(r.ResidentAll),
            Format.Ratio(r.ResidentAll, r.ResidentUsual) + " ×"]));
        line(row([$"Resident memory per extra province: ({r.AllPacks} packs − {r.Packs} packs) / {r.ExtraProvinces}", "", Format.MB(r.ResidentPerExtraProvince), ""]));
        line("");
        line(row(["Goal (issue 18)", "Reached", "Met"]));
        line(row(["---", "---:", "---"]));
        line(row([$"Warm start-up ≤ 3 s, {usual}", Format.Seconds(r.Usual.WarmMedian), Met(r.Usual.WarmMedian <= WarmGoal)]));
        line(row([$"Warm start-up ≤ 3 s, {all}", Format.Seconds(r.All.WarmMedian), Met(r.All.WarmMedian <= WarmGoal)]));
        line(row([$"Cold start-up ≤ 6 s, {usual}, with demo data", Format.Seconds(r.Usual.Cold), Met(r.Usual.Cold <= ColdGoal)]));
        if (r.Usual.ProductionCold is { } production)
        {
            line(row([$"Cold start-up ≤ 6 s, {usual}, without demo data (production)", Format.Seconds(production), Met(production <= ColdGoal)]));
        }

        line(row([$"Cold start-up ≤ 6 s, {all}, with demo data", Format.Seconds(r.All.Cold), Met(r.All.Cold <= ColdGoal)]));
        line(row([$"Warm start-up with {all} ≤ 1.5 × with {r.Packs}", Ratio(r.All.WarmMedian, r.Usual.WarmMedian),
            Met(r.All.WarmMedian.TotalSeconds <= RatioGoal * r.Usual.WarmMedian.TotalSeconds)]));
        line(row([$"Cold start-up with {all} ≤ 1.5 × with {r.Packs}", Ratio(r.All.Cold, r.Usual.Cold),
            Met(r.All.Cold.TotalSeconds <= RatioGoal * r.Usual.Cold.TotalSeconds)]));
        line(row(["Resident memory per extra province once warm ≤ 5 MB", Format.MB(r.ResidentPerExtraProvince),
            Met(r.ResidentPerExtraProvince <= MemoryGoalBytes)]));
    }

    /// <summary>Replaces the marked section of <paramref name="path"/> (or appends it), leaving everything else as it was.</summary>
    public static void Write(string path, string section, string startMarker, string endMarker)
    {
        var text = File.Exists(path) ? File.ReadAllText(path) : "";
        var start = text.IndexOf(startMarker, StringComparison.Ordinal);
        var end = text.IndexOf(endMarker, StringComparison.Ordinal);
        string updated;
        if (start >= 0 && end > start)
        {
            var after = end + endMarker.Length;
            updated = text[..start] + section.TrimEnd('\n') + text[after..];
        }
        else
        {
            updated = text + (text.Length == 0 || text.EndsWith('\n') ? "" : "\n") + (text.Length == 0 ? "" : "\n") + section;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, updated);
    }
}
