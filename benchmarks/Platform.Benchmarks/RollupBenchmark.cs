using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Benchmarks;

/// <summary>
/// The ministry's roll-up over every province's dataset (issue 18, item 1): on a database of its own, the host with
/// the many-packs folder (<c>benchmarks/generate-packs.sh</c>: the two real packs and one made from the pack template for
/// each other province) migrates it, writes the demo data, and fills every loaded province with the load-test dataset
/// (<c>--dataset-years</c> each, one transaction per province); then a fresh host serves the roll-up
/// <c>/quoc-gia</c> (the current quarter, every figure of every module, one line per province) to the ministry's demo
/// viewer under the same load as the province pages, measured against the goal p95 ≤ 50 ms.
/// </summary>
internal static partial class RollupBenchmark
{
    /// <summary>The ministry's demo viewer, granted nationally: the roll-up shows every loaded province to it.</summary>
    private const string Reader = "ministry.viewer";

    public const string Page = "/quoc-gia";

    /// <summary>
    /// Each province's dataset takes 10–20 s on two CPUs; the limit leaves room for 34 of them on a slow machine without
    /// letting a stuck host hold the run for ever.
    /// </summary>
    private static readonly TimeSpan DatasetTimeout = TimeSpan.FromMinutes(60);

    public static async Task<RollupResult> RunAsync(Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var all = options with
        {
            PluginsPath = options.ManyPluginsPath ?? throw new InvalidOperationException("The roll-up needs --many-plugins."),
            ConnectionString = options.RollupConnectionString,
            Province = "*",
        };

        Console.WriteLine($"Roll-up: every province of {all.PluginsPath} filled with {options.DatasetYears} years of data on a fresh database");
        var started = DateTimeOffset.UtcNow;
        var lines = await AppProcess.GenerateDatasetAsync(all, DatasetTimeout);
        var dataset = RollupDataset.Of(lines, DateTimeOffset.UtcNow - started);
        Console.WriteLine($"  {dataset.Provinces} provinces, {Format.Count(dataset.Tasks)} tasks, {Format.Count(dataset.HistoryEntries)} history entries, " +
                          $"{Format.Count(dataset.Meetings)} meetings, {Format.Count(dataset.Reports)} reports in {Format.Seconds(dataset.Elapsed)}");

        Console.WriteLine("  starting the host for the load");
        await using var app = AppProcess.Start(all, attached: true, countAllocations: true);
        await StartupBenchmark.WaitForOkAsync(app, "/account/login");
        using var client = LoadTest.Client(app.BaseAddress, options.Connections);
        await SignIn.AsAsync(client, Reader);
        var endpoint = await CheckAsync(client, dataset.Provinces);

        Console.WriteLine($"  warming the host up: {options.HostWarmUp.TotalSeconds:0} s");
        await LoadTest.RunAsync(client, app, endpoint.Path, options.Connections, options.HostWarmUp);
        var meter = CpuMeter.Available ? new CpuMeter(app.Id, options.PostgresPid) : null;
        for (var round = 1; round <= 2; round++)
        {
            await LoadTest.MeasureAsync(client, app, endpoint, options, meter, round);
        }

        return new RollupResult(dataset, endpoint);
    }

    /// <summary>
    /// Before measuring: the roll-up answers 200 with one line per province that has a dataset, and the tasks' figures
    /// among its columns, or the measure would be of something else (an empty table, an error page).
    /// </summary>
    private static async Task<EndpointResult> CheckAsync(HttpClient client, int provinces)
    {
        using var response = await client.GetAsync(Page);
        var html = await response.Content.ReadAsStringAsync();
        var lines = ProvinceLine().Matches(html).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Count();
        if (!response.IsSuccessStatusCode || lines != provinces || !html.Contains("data-figure=\"tasks.overdue\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"{Page} answered {(int)response.StatusCode} with {lines} province lines (expected {provinces}, with the tasks' figures).");
        }

        Console.WriteLine($"  {Page} shows {lines} provinces");
        return new EndpointResult(Page, System.Text.Encoding.UTF8.GetByteCount(html));
    }

    [GeneratedRegex("<tr data-province=\"([^\"]+)\"")]
    private static partial Regex ProvinceLine();
}

/// <summary>The roll-up's datasets and its load.</summary>
internal sealed record RollupResult(RollupDataset Dataset, EndpointResult Endpoint);

/// <summary>What the datasets of every province made, summed from the lines the dataset command prints for each.</summary>
internal sealed partial record RollupDataset(int Provinces, long Tasks, long HistoryEntries, long Meetings, long Reports, TimeSpan Elapsed)
{
    public static RollupDataset Of(IReadOnlyList<string> lines, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(lines);
        long Sum(Regex pattern) => lines.Select(l => pattern.Match(l)).Where(m => m.Success)
            .Sum(m => long.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        var provinces = lines.Count(l => l.Contains("/ Generated a load-test dataset for", StringComparison.Ordinal));
        return new RollupDataset(provinces, Sum(TasksLine()), Sum(HistoryLine()), Sum(MeetingsLine()), Sum(ReportsLine()), elapsed);
    }

    [GeneratedRegex("^tasks ([0-9,]+):")]
    private static partial Regex TasksLine();

    [GeneratedRegex("^history entries ([0-9,]+)")]
    private static partial Regex HistoryLine();

    [GeneratedRegex("^meetings ([0-9,]+) ")]
    private static partial Regex MeetingsLine();

    [GeneratedRegex("^reports ([0-9,]+) submitted")]
    private static partial Regex ReportsLine();
}
