using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Platform.Benchmarks.Hosting;

namespace Platform.Benchmarks;

/// <summary>
/// The host as a child process: <c>dotnet Platform.Web.dll</c> on a free port of 127.0.0.1, configured like the run
/// command (demo data, Production). Its output is kept (last lines only) for error messages. The start-ups run the host
/// as it ships; the host measured under load and the one that generates the dataset have the benchmark's own assembly
/// attached (<see cref="HostingAssembly"/>: the baseline endpoints, the dataset, the allocation count), which the host
/// neither references nor ships.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    /// <summary>
    /// The assembly attached to the host (benchmarks/Platform.Benchmarks.Hosting, copied next to this program): loaded by
    /// <c>DOTNET_STARTUP_HOOKS</c> from its path and run by ASP.NET Core as a hosting startup
    /// (<c>ASPNETCORE_HOSTINGSTARTUPASSEMBLIES</c>).
    /// </summary>
    public const string HostingAssembly = "Platform.Benchmarks.Hosting";

    private const int KeptLines = 40;
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();
    private readonly string? _allocationsFile;

    private AppProcess(Process process, Uri baseAddress, string? allocationsFile)
    {
        _process = process;
        BaseAddress = baseAddress;
        _allocationsFile = allocationsFile;
    }

    public Uri BaseAddress { get; }

    public bool HasExited => _process.HasExited;

    public string LastLines
    {
        get
        {
            lock (_lastLines)
            {
                return string.Join(Environment.NewLine, _lastLines);
            }
        }
    }

    public int Id => _process.Id;

    /// <summary>The bytes the host has allocated since it started (as of at most <see cref="AllocationProbe.Every"/> ago), when counted.</summary>
    public long? AllocatedBytes => _allocationsFile is null ? null : AllocationProbe.Read(_allocationsFile);

    /// <summary>
    /// Starts the host; with <paramref name="attached"/>, with the benchmark's assembly attached and the baseline endpoints
    /// on, with <paramref name="countAllocations"/>, counting what it allocates as well, and without
    /// <paramref name="demoData"/>, as a production install (no demo data, no demo accounts).
    /// </summary>
    public static AppProcess Start(Options options, bool attached = false, bool countAllocations = false, bool demoData = true)
    {
        var port = FreePort();
        var start = StartInfo(options, [options.AppDll, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", Path.GetDirectoryName(options.AppDll)!]);
        start.Environment["Demo__Load"] = demoData ? "true" : "false";
        string? allocations = null;
        if (attached)
        {
            Attach(start);
            start.Environment["Benchmarks__Baseline"] = "true";
        }

        if (countAllocations)
        {
            allocations = Path.Combine(Path.GetTempPath(), $"platform-benchmark-{Guid.NewGuid():N}.allocated");
            start.Environment[AllocationProbe.FileVariable] = allocations;
        }

        var process = new Process { StartInfo = start };
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}/"), allocations);
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>
    /// The load-test dataset: starts the host with the benchmark's assembly attached and <c>Benchmarks:Dataset:*</c> set,
    /// which generates the dataset once the host has started (migrations, demo data) and stops it. Returns the dataset
    /// command's exit code (0 made, 1 refused, 2 wrong usage, 3 failed) and what it printed, or the host's output when
    /// the host stopped before the command ran. <c>options.Province</c> may name several provinces or <c>*</c> (every
    /// loaded one), each filled in turn; the host is given <paramref name="timeout"/> (default ten minutes) to finish.
    /// </summary>
    public static async Task<(int Exit, string Output)> RunDatasetAsync(Options options, TimeSpan? timeout = null)
    {
        var result = Path.Combine(Path.GetTempPath(), $"platform-benchmark-{Guid.NewGuid():N}.dataset");
        var start = StartInfo(options, [options.AppDll, "--urls", $"http://127.0.0.1:{FreePort()}", "--contentRoot", Path.GetDirectoryName(options.AppDll)!]);
        Attach(start);
        start.Environment["Benchmarks__Dataset__ResultFile"] = result;
        start.Environment["Benchmarks__Dataset__Province"] = options.Province;
        start.Environment["Benchmarks__Dataset__Years"] = options.DatasetYears.ToString(CultureInfo.InvariantCulture);
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
            var error = process.StandardError.ReadToEndAsync();
            var output = await process.StandardOutput.ReadToEndAsync();
            using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(10));
            await process.WaitForExitAsync(limit.Token);
            var errors = await error;
            if (!File.Exists(result))
            {
                return (3, $"The host stopped ({process.ExitCode}) before the dataset ran:{Environment.NewLine}{output}{errors}");
            }

            var written = await File.ReadAllTextAsync(result);
            var firstLine = written.IndexOf('\n', StringComparison.Ordinal);
            return (int.Parse(written[..firstLine], CultureInfo.InvariantCulture), written[(firstLine + 1)..]);
        }
        finally
        {
            File.Delete(result);
        }
    }

    /// <summary>Runs the dataset for the benchmark and returns the lines that say what it made; throws with its output if it fails.</summary>
    public static async Task<IReadOnlyList<string>> GenerateDatasetAsync(Options options, TimeSpan? timeout = null)
    {
        var (exit, output) = await RunDatasetAsync(options, timeout);
        if (exit != 0)
        {
            throw new InvalidOperationException($"The dataset failed ({exit}):{Environment.NewLine}{output}");
        }

        // The report starts with its first line in English after " / ".
        return [.. output.Split('\n', StringSplitOptions.TrimEntries).SkipWhile(l => !l.Contains("/ Generated", StringComparison.Ordinal)).Where(l => l.Length > 0)];
    }

    private static void Attach(ProcessStartInfo start)
    {
        start.Environment["DOTNET_STARTUP_HOOKS"] = Path.Combine(AppContext.BaseDirectory, HostingAssembly + ".dll");
        start.Environment["ASPNETCORE_HOSTINGSTARTUPASSEMBLIES"] = HostingAssembly;
    }

    /// <summary>
    /// The build output is the content root, as in a deployment: appsettings.json (and its log levels) is read. The owner
    /// migrates; the host serves as platform_app, under row-level security, as deployed.
    /// </summary>
    private static ProcessStartInfo StartInfo(Options options, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(options.AppDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in arguments)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__PlatformOwner"] = options.ConnectionString;
        var application = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = options.ConnectionString };
        application["Username"] = "platform_app";
        application.Remove("Password");
        start.Environment["ConnectionStrings__Platform"] = application.ConnectionString;
        start.Environment["Plugins__Path"] = options.PluginsPath;
        start.Environment["Demo__Load"] = "true";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // A throwaway benchmark database: no certificate to encrypt its key ring with, knowingly.
        start.Environment["DataProtection__AllowUnencryptedKeys"] = "true";
        var auditKey = Path.Combine(Path.GetTempPath(), "platform-benchmark-audit.key");
        if (!File.Exists(auditKey))
        {
            File.WriteAllText(auditKey, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        }

        start.Environment["Audit__KeyFile"] = auditKey;
        start.Environment.Remove("ASPNETCORE_URLS");
        return start;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        _process.Dispose();
        if (_allocationsFile is not null)
        {
            File.Delete(_allocationsFile);
            File.Delete(_allocationsFile + ".tmp");
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            while (_lastLines.Count > KeptLines)
            {
                _lastLines.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
