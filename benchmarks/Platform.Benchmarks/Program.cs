using System.Net;
using System.Text.RegularExpressions;
using Platform.Benchmarks;

// The benchmark of the host, run on demand by benchmarks/run.sh (never by the tests): start-up time, then the members
// page, the tasks dashboard and the consolidation of a quarter's reports (on a generated dataset), each against a
// raw-Npgsql baseline reading the same rows, all served by the same process in the same run, with the host's peak
// memory and allocations per measured phase.
// With --many-plugins, the start-ups are repeated with a plugins folder holding every province's pack
// (benchmarks/generate-packs.sh), and the host's resident memory is read once warm with both folders; then every
// province of that folder gets its dataset on a database of its own and the ministry's roll-up is measured over them.
// `Platform.Benchmarks dataset --app … --connection … --plugins … [--province son-la] [--dataset-years 5]`: only the
// load-test dataset, on a test database (see docs/operations.md); exits with the dataset's code.
var datasetOnly = args is ["dataset", ..];
Options options;
try
{
    options = Options.Parse(datasetOnly ? args[1..] : args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Options.Usage);
    return 2;
}

if (datasetOnly)
{
    var (exit, output) = await AppProcess.RunDatasetAsync(options);
    Console.Write(output);
    return exit;
}

Console.WriteLine("Waiting for the machine to settle (one-minute load average ≤ 1.0, at most 3 minutes)");
Console.WriteLine($"  load average: {await Machine.WaitForQuietAsync(1.0, TimeSpan.FromMinutes(3))}");
var machine = Machine.Describe();
var when = DateTimeOffset.UtcNow;

// Every page needs a signed-in user; the sign-in page is the first one anyone can get.
const string firstPage = "/account/login";
StartupResult? startup = null;
ManyPacksResult? manyPacks = null;
if (!options.OnlySearch && !options.OnlyRollup)
{
    Console.WriteLine($"Start-up: {options.Startups} runs of {options.AppDll}");
    startup = await StartupBenchmark.RunAsync(options, firstPage);
    startup = startup with { ProductionCold = await StartupBenchmark.RunProductionColdAsync(options, firstPage) };
    if (options.ManyPluginsPath is not null)
    {
        manyPacks = await ManyPacksBenchmark.RunAsync(options, startup, firstPage);
    }
}

// The ministry's roll-up over every province's dataset: hosts and a database of its own, before the province's dataset
// and load so that nothing of theirs runs meanwhile.
RollupResult? rollup = null;
if (options.MeasuresRollup)
{
    rollup = await RollupBenchmark.RunAsync(options);
    var rollupSection = Report.RollupSection(options, machine, when, rollup);
    Report.Write(options.OutputPath, rollupSection, Report.RollupStartMarker, Report.RollupEndMarker);
    Console.WriteLine();
    Console.WriteLine(rollupSection);
    if (options.OnlyRollup)
    {
        Console.WriteLine($"Written to {options.OutputPath}");
        return 0;
    }
}

if (options.OnlyStartup)
{
    var startupSection = Report.Section(options, machine, when, startup!, dataset: null, comparisons: [], home: null, manyPacks);
    Report.Write(options.OutputPath, startupSection, Report.StartMarker, Report.EndMarker);
    Console.WriteLine();
    Console.WriteLine(startupSection);
    Console.WriteLine($"Written to {options.OutputPath}");
    return 0;
}

// After the start-ups, so that the first of them still meets an empty database.
Console.WriteLine($"Dataset: {options.DatasetYears} years for {options.Province}, by the benchmark's dataset in the host");
var dataset = await AppProcess.GenerateDatasetAsync(options);
foreach (var line in dataset)
{
    Console.WriteLine("  " + line);
}

Console.WriteLine("Load test: starting the host once more");
await using var app = AppProcess.Start(options, attached: true, countAllocations: true);
await StartupBenchmark.WaitForOkAsync(app, firstPage);
using var client = LoadTest.Client(app.BaseAddress, options.Connections);
await SignIn.AsDemoViewerAsync(client, options.Province);

// A standing agency's thematic report for a past quarter, gathering every member's report (Sơn La, Art. 12.5).
var report = $"ky={options.ReportPeriod}&buoc={options.ReportStage}&ai={options.ReportSubmitter}";

// Check before measuring: each page and its baseline answer 200 and show the same rows, or the comparison means nothing.
Comparison[] comparisons;
EndpointResult search;
EndpointResult? home = null;
try
{
    search = await SearchProbe.CheckAsync(client, options);
    // The province's home page has no baseline: it gathers every module's panel. It is measured against its goal
    // (issue 18: p95 ≤ 50 ms), with the tasks panel reading the dataset's tasks.
    if (!options.OnlySearch)
    {
        home = await GoalPage.CheckAsync(client, $"/{options.Province}", "Nhiệm vụ");
    }

    comparisons = options.OnlySearch ? [] :
    [
        await Comparison.CheckAsync(
            client, "Members page", $"/{options.Province}/members", $"/_baseline/{options.Province}/members",
            html => [.. Regex.Matches(html, "<tr id=\"([^\"]+)\"").Select(m => m.Groups[1].Value)], "seats"),
        await Comparison.CheckAsync(
            client, "Tasks dashboard", $"/{options.Province}/tasks/dashboard", $"/_baseline/{options.Province}/tasks-dashboard",
            html => [.. Regex.Matches(html, "/tasks/([0-9a-f-]{36})\"").Select(m => m.Groups[1].Value)],
            "tasks (the oldest overdue, then the soonest due)"),
        await Comparison.CheckAsync(
            client, $"Report consolidation, {options.ReportPeriod}",
            $"/{options.Province}/reports/write?{report}", $"/_baseline/{options.Province}/report-consolidation?{report}",
            Submitters, "submitters whose reports are gathered (and who has not reported, if anyone)"),
    ];
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

var endpoints = comparisons.SelectMany(c => new[] { c.Page, c.Baseline }).Append(search).ToList();
if (home is not null)
{
    endpoints.Insert(endpoints.Count - 1, home);
}

// Under load, tiered compilation keeps improving the code for tens of seconds (the members page's throughput still
// rose for 30–40 s on a 2-CPU machine): without this, the first round would measure pages still warming up.
Console.WriteLine($"  warming the host up: {options.HostWarmUp.TotalSeconds:0} s on each endpoint");
foreach (var endpoint in endpoints)
{
    await LoadTest.RunAsync(client, app, endpoint.Path, options.Connections, options.HostWarmUp);
}

var meter = CpuMeter.Available ? new CpuMeter(app.Id, options.PostgresPid) : null;
for (var round = 1; round <= 2; round++)
{
    foreach (var endpoint in endpoints)
    {
        await LoadTest.MeasureAsync(client, app, endpoint, options, meter, round);
    }
}

if (startup is not null)
{
    var section = Report.Section(options, machine, when, startup, dataset, comparisons, home, manyPacks, rollup);
    Report.Write(options.OutputPath, section, Report.StartMarker, Report.EndMarker);
    Console.WriteLine();
    Console.WriteLine(section);
}

var searchSection = Report.SearchSection(options, machine, when, dataset, search);
Report.Write(options.OutputPath, searchSection, Report.SearchStartMarker, Report.SearchEndMarker);
Console.WriteLine();
Console.WriteLine(searchSection);
Console.WriteLine($"Written to {options.OutputPath}");
return 0;

// The authors of the reports the consolidation gathers, in the order both sides list them under each section, and the
// "not yet sent" line when someone is missing.
static List<string> Submitters(string html)
{
    var start = html.IndexOf("id=\"sources\"", StringComparison.Ordinal);
    var end = start < 0 ? -1 : html.IndexOf("</section>", start, StringComparison.Ordinal);
    if (end < 0)
    {
        return [];
    }

    var sources = html[start..end];
    List<string> names = [.. Regex.Matches(sources, "<h4>([^<]+)</h4>\\s*<p class=\"prose\">").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).Distinct()];
    if (Regex.Match(sources, "Chưa gửi: ([^<]+)</p>") is { Success: true } missing)
    {
        names.Add("not yet sent: " + WebUtility.HtmlDecode(missing.Groups[1].Value).Trim());
    }

    return names;
}
