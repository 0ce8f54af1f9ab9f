using System.Diagnostics;
using System.Net;

namespace Platform.Benchmarks;

/// <summary>
/// Closed-loop load: a fixed number of workers, each sending its next GET as soon as the previous answer is read,
/// over as many pooled connections. Stops after a duration or a number of requests, whichever comes first.
/// </summary>
internal static class LoadTest
{
    /// <summary>The most requests one phase records (bounds memory and time whatever the machine).</summary>
    private const int MaxRequestsPerPhase = 2_000_000;

    public static HttpClient Client(Uri baseAddress, int connections) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>
    /// One measured phase of an endpoint, after its warm-up: the requests of <see cref="RunAsync"/> with, when the
    /// machine lets the benchmark read them, the CPU other processes took, the host's peak resident memory and the bytes
    /// it allocated meanwhile. Printed as it ends, and added to <paramref name="endpoint"/>.
    /// </summary>
    public static async Task MeasureAsync(HttpClient client, AppProcess app, EndpointResult endpoint, Options options, CpuMeter? meter, int round)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(options);
        await RunAsync(client, app, endpoint.Path, options.Connections, options.WarmUp);
        var before = meter?.Take();
        var peakReset = HostMemory.ResetPeak(app.Id);
        var allocatedBefore = app.AllocatedBytes;
        var phase = await RunAsync(client, app, endpoint.Path, options.Connections, options.Measure);
        var allocatedAfter = app.AllocatedBytes;
        phase = phase with
        {
            OthersCpu = meter is not null && before is { } b ? CpuMeter.OthersPercent(b, meter.Take()) : null,
            PeakResident = peakReset ? HostMemory.PeakBytes(app.Id) : null,
            Allocated = allocatedAfter - allocatedBefore,
        };

        endpoint.Add(phase);
        Console.WriteLine($"  round {round} {endpoint.Path}: {Format.Rate(phase.RequestsPerSecond)} req/s, {phase.Errors} errors" +
                          (phase.OthersCpu is { } others ? $", other processes {others:0}% CPU" : "") +
                          (phase.PeakResident is { } peak ? $", host peak {Format.MiB(peak)}" : "") +
                          (phase.Allocated is { } allocated && phase.Requests > 0 ? $", {Format.KiB((double)allocated / phase.Requests)} allocated per request" : ""));
    }

    public static async Task<Phase> RunAsync(HttpClient client, AppProcess app, string path, int workers, TimeSpan duration)
    {
        var latencies = new long[MaxRequestsPerPhase];
        var count = 0;
        var errors = 0;
        using var stop = new CancellationTokenSource(duration);
        var started = Stopwatch.GetTimestamp();

        async Task WorkAsync()
        {
            while (!stop.IsCancellationRequested && !app.HasExited)
            {
                var sent = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    // In-flight requests finish after the stop: a request cut short would count as an error.
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None);
                    await response.Content.CopyToAsync(Stream.Null, CancellationToken.None);
                    ok = response.StatusCode == HttpStatusCode.OK;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    ok = false;
                }

                var index = Interlocked.Increment(ref count) - 1;
                if (index >= latencies.Length)
                {
                    return;
                }

                latencies[index] = Stopwatch.GetTimestamp() - sent;
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (app.HasExited)
        {
            throw new InvalidOperationException($"The host exited during the load test:{Environment.NewLine}{app.LastLines}");
        }

        var recorded = Math.Min(count, latencies.Length);
        Array.Resize(ref latencies, recorded);
        return new Phase(recorded, errors, elapsed, latencies);
    }
}

/// <summary>One measured phase: requests answered, errors, wall time and each request's latency in Stopwatch ticks.</summary>
internal sealed record Phase(int Requests, int Errors, TimeSpan Elapsed, long[] Latencies)
{
    /// <summary>The share of all CPUs (%) that other processes used meanwhile, when measured.</summary>
    public double? OthersCpu { get; init; }

    /// <summary>The most memory the whole host process held resident during the phase (bytes), when measured (<see cref="HostMemory"/>).</summary>
    public long? PeakResident { get; init; }

    /// <summary>The bytes the host allocated on the managed heap during the phase, when counted (<see cref="AllocationProbe"/>).</summary>
    public long? Allocated { get; init; }

    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;
}

/// <summary>The phases of one endpoint taken together.</summary>
internal sealed class EndpointResult(string path, int bytes)
{
    private readonly List<Phase> _phases = [];
    private long[]? _sorted;

    public string Path { get; } = path;

    public int Bytes { get; } = bytes;

    public IReadOnlyList<Phase> Phases => _phases;

    public int Requests => _phases.Sum(p => p.Requests);

    public int Errors => _phases.Sum(p => p.Errors);

    public double RequestsPerSecond => Requests / _phases.Sum(p => p.Elapsed.TotalSeconds);

    /// <summary>Bytes allocated per request over all phases, when every phase counted them.</summary>
    public double? AllocatedPerRequest =>
        _phases.Count > 0 && _phases.All(p => p.Allocated is not null) && Requests > 0 ? (double)_phases.Sum(p => p.Allocated!.Value) / Requests : null;

    public void Add(Phase phase)
    {
        _phases.Add(phase);
        _sorted = null;
    }

    /// <summary>The latency below which <paramref name="percent"/>% of requests fell (nearest rank), in milliseconds.</summary>
    public double Percentile(double percent)
    {
        _sorted ??= [.. _phases.SelectMany(p => p.Latencies).Order()];
        if (_sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * _sorted.Length);
        return Stopwatch.GetElapsedTime(0, _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)]).TotalMilliseconds;
    }
}
