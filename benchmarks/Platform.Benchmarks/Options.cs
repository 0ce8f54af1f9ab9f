using System.Globalization;

namespace Platform.Benchmarks;

/// <summary>What to run and for how long; from <c>--name value</c> arguments, else from <c>PLATFORM_BENCH_*</c> variables.</summary>
internal sealed record Options(
    string AppDll,
    string ConnectionString,
    string PluginsPath,
    string OutputPath,
    string Province,
    int Startups,
    int DatasetYears,
    TimeSpan HostWarmUp,
    TimeSpan WarmUp,
    TimeSpan Measure,
    int Connections,
    string? Commit,
    string? Database,
    int? PostgresPid,
    string ReportPeriod,
    string ReportStage,
    string ReportSubmitter,
    string? SearchQuery,
    BenchmarkPart Only,
    string? ManyPluginsPath,
    string ManyPluginsConnectionString,
    string ProductionConnectionString,
    string RollupConnectionString)
{
    /// <summary>Only the province's search (dataset and search, no start-ups, no other load).</summary>
    public bool OnlySearch => Only == BenchmarkPart.Search;

    /// <summary>Only the start-ups (with two packs, then with the many-packs folder when given): no dataset, no load.</summary>
    public bool OnlyStartup => Only == BenchmarkPart.Startup;

    /// <summary>Only the ministry's roll-up over every province's dataset (needs <see cref="ManyPluginsPath"/>).</summary>
    public bool OnlyRollup => Only == BenchmarkPart.Rollup;

    /// <summary>Whether this run measures the roll-up: a full run with the many-packs folder, or <c>--only rollup</c>.</summary>
    public bool MeasuresRollup => ManyPluginsPath is not null && Only is BenchmarkPart.All or BenchmarkPart.Rollup;

    public const string Usage = """
        Usage: Platform.Benchmarks [dataset] --app PATH/Platform.Web.dll --connection "Host=…" --plugins PATH/artifacts/plugins
                                   [--output docs/benchmarks.md] [--province son-la] [--startups 5] [--dataset-years 5]
                                   [--host-warmup 30] [--warmup 5] [--duration 20] [--connections 16] [--commit SHA]
                                   [--database TEXT] [--postgres-pid PID] [--report-period Q3-2026]
                                   [--report-stage chuyen-de] [--report-submitter co-quan-thuong-truc-de-an-06]
                                   [--search "lam sach du lieu dan cu"] [--only search|startup|rollup]
                                   [--many-plugins PATH/.bench-data/packs] [--many-plugins-database platform_bench_packs]
                                   [--production-database platform_bench_production] [--rollup-database platform_bench_rollup]
        Each option may instead come from PLATFORM_BENCH_APP, PLATFORM_BENCH_CONNECTION, PLATFORM_BENCH_PLUGINS,
        PLATFORM_BENCH_OUTPUT, … (the option's name in capitals). Durations are in seconds.
        With "dataset" first, only generates the load-test dataset (--province, --dataset-years) and exits with its code.
        --many-plugins: after the start-ups with --plugins, as many with this folder (benchmarks/generate-packs.sh) on
        a fresh database (--many-plugins-database, default the connection's database + "_packs"), and the resident
        memory of both once warm.
        --production-database: an empty database (default the connection's database + "_production") for one more cold
        start-up without demo data, as a production install's first start.
        --rollup-database: an empty database (default the connection's database + "_rollup") that the roll-up's
        benchmark fills with every --many-plugins province's dataset (--dataset-years each) before loading the
        ministry's roll-up; part of a full run with --many-plugins, or alone with --only rollup.
        """;

    public static Options Parse(string[] args)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }

            given[args[i][2..]] = args[++i];
        }

        string? Get(string name) =>
            given.GetValueOrDefault(name) ?? Environment.GetEnvironmentVariable("PLATFORM_BENCH_" + name.ToUpperInvariant());
        string Required(string name) =>
            Get(name) is { Length: > 0 } value ? value : throw new ArgumentException($"Missing --{name}.");
        int Number(string name, int fallback, int min, int max)
        {
            var value = Get(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
            return value >= min && value <= max ? value : throw new ArgumentException($"--{name} must be between {min} and {max}.");
        }

        var app = Path.GetFullPath(Required("app"));
        var plugins = Path.GetFullPath(Required("plugins"));
        if (!File.Exists(app))
        {
            throw new ArgumentException($"No such file: {app} (build Release first).");
        }

        if (!Directory.Exists(plugins))
        {
            throw new ArgumentException($"No such folder: {plugins}.");
        }

        var many = Get("many-plugins") is { Length: > 0 } path ? Path.GetFullPath(path) : null;
        if (many is not null && !Directory.Exists(many))
        {
            throw new ArgumentException($"No such folder: {many} (benchmarks/generate-packs.sh makes it).");
        }

        var connection = Required("connection");
        return new Options(
            app,
            connection,
            plugins,
            Path.GetFullPath(Get("output") ?? "docs/benchmarks.md"),
            Get("province") ?? "son-la",
            Number("startups", 5, 2, 20),
            Number("dataset-years", 5, 1, 20),
            TimeSpan.FromSeconds(Number("host-warmup", 30, 0, 300)),
            TimeSpan.FromSeconds(Number("warmup", 5, 0, 60)),
            TimeSpan.FromSeconds(Number("duration", 20, 1, 300)),
            Number("connections", 16, 1, 256),
            Get("commit"),
            Get("database"),
            Get("postgres-pid") is { } pid ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
            Get("report-period") ?? PreviousQuarter(DateTime.UtcNow),
            Get("report-stage") ?? "chuyen-de",
            Get("report-submitter") ?? "co-quan-thuong-truc-de-an-06",
            Get("search") ?? "lam sach du lieu dan cu",
            Get("only") switch
            {
                null => BenchmarkPart.All,
                "search" => BenchmarkPart.Search,
                "startup" => BenchmarkPart.Startup,
                "rollup" when many is not null => BenchmarkPart.Rollup,
                "rollup" => throw new ArgumentException("--only rollup needs --many-plugins (benchmarks/generate-packs.sh makes the folder)."),
                var other => throw new ArgumentException($"--only takes \"search\", \"startup\" or \"rollup\", not \"{other}\"."),
            },
            many,
            OtherDatabase(connection, Get("many-plugins-database"), "_packs"),
            OtherDatabase(connection, Get("production-database"), "_production"),
            OtherDatabase(connection, Get("rollup-database"), "_rollup"));
    }

    /// <summary>
    /// The connection string of the many-packs start-ups, of the production install's cold start or of the roll-up's
    /// datasets: the same server and
    /// user, another database, so that their first start-up meets an empty database too (benchmarks/run.sh creates them
    /// fresh).
    /// </summary>
    private static string OtherDatabase(string connection, string? database, string suffix)
    {
        var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection };
        var current = builder.TryGetValue("Database", out var value) ? value?.ToString() : null;
        builder["Database"] = database ?? (current is { Length: > 0 } ? current + suffix : "platform_bench" + suffix);
        return builder.ConnectionString;
    }

    /// <summary>
    /// The quarter before the one under way in Vietnam (UTC+7), as the reporting pages write it ("Q3-2026"): every
    /// deadline of its chain falls inside it, so all of them have passed and the dataset has submitted every report.
    /// </summary>
    public static string PreviousQuarter(DateTime utcNow)
    {
        var vietnam = utcNow.AddHours(7);
        var (year, quarter) = vietnam.Month <= 3 ? (vietnam.Year - 1, 4) : (vietnam.Year, ((vietnam.Month - 1) / 3));
        return string.Create(CultureInfo.InvariantCulture, $"Q{quarter}-{year}");
    }
}

/// <summary>Which part of the benchmark runs (<c>--only</c>).</summary>
internal enum BenchmarkPart
{
    All,
    Search,
    Startup,
    Rollup,
}
