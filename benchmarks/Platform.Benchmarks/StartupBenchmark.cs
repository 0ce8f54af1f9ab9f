using System.Diagnostics;
using System.Net;

namespace Platform.Benchmarks;

/// <summary>Time from starting the process to the first 200 on the members page: the first run cold, then warm runs.</summary>
internal static class StartupBenchmark
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    public static async Task<StartupResult> RunAsync(Options options, string path)
    {
        var times = new List<TimeSpan>();
        for (var run = 1; run <= options.Startups; run++)
        {
            var clock = Stopwatch.StartNew();
            await using var app = AppProcess.Start(options);
            await WaitForOkAsync(app, path);
            times.Add(clock.Elapsed);
            Console.WriteLine($"  start-up {run}/{options.Startups}{(run == 1 ? " (cold)" : "")}: {Format.Seconds(clock.Elapsed)}");
        }

        return new StartupResult(times[0], [.. times.Skip(1)]);
    }

    /// <summary>
    /// A production install's first start: an empty database (<see cref="Options.ProductionConnectionString"/>), no demo
    /// data, so only the migrations and each province's structure; to the first 200 on <paramref name="path"/>.
    /// </summary>
    public static async Task<TimeSpan> RunProductionColdAsync(Options options, string path)
    {
        var clock = Stopwatch.StartNew();
        await using var app = AppProcess.Start(options with { ConnectionString = options.ProductionConnectionString }, demoData: false);
        await WaitForOkAsync(app, path);
        Console.WriteLine($"  start-up without demo data (cold): {Format.Seconds(clock.Elapsed)}");
        return clock.Elapsed;
    }

    /// <summary>Polls <paramref name="path"/> every 20 ms until it answers 200; fails if the process exits or takes minutes.</summary>
    public static async Task WaitForOkAsync(AppProcess app, string path)
    {
        using var client = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5), UseCookies = false })
        {
            BaseAddress = app.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var deadline = Stopwatch.StartNew();
        HttpStatusCode? last = null;
        while (deadline.Elapsed < GiveUpAfter)
        {
            if (app.HasExited)
            {
                throw new InvalidOperationException($"The host exited before answering {path}:{Environment.NewLine}{app.LastLines}");
            }

            try
            {
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = response.StatusCode;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(PollEvery);
        }

        throw new TimeoutException($"{path} did not answer 200 within {GiveUpAfter} (last status: {last?.ToString() ?? "none"}):{Environment.NewLine}{app.LastLines}");
    }
}

/// <summary>
/// The cold start (empty database, demo data loaded as by the run command), the warm ones (database already migrated),
/// and, when measured, a production install's cold start (empty database, no demo data).
/// </summary>
internal sealed record StartupResult(TimeSpan Cold, IReadOnlyList<TimeSpan> Warm, TimeSpan? ProductionCold = null)
{
    public TimeSpan WarmMedian => Stats.Median(Warm);
}
