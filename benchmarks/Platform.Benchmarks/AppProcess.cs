using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Platform.Benchmarks;

/// <summary>
/// The host as a child process: <c>dotnet Platform.Web.dll</c> on a free port of 127.0.0.1, configured like the run
/// command (demo data, Production) plus the baseline endpoints. Its output is kept (last lines only) for error messages.
/// The same configuration runs the host's <c>dataset</c> command. The host measured under load also counts what it
/// allocates (<see cref="AllocationProbe"/>).
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
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

    /// <summary>Starts the host; with <paramref name="countAllocations"/>, loaded with the <see cref="StartupHook"/>.</summary>
    public static AppProcess Start(Options options, bool countAllocations = false)
    {
        var port = FreePort();
        var start = StartInfo(options, [options.AppDll, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", Path.GetDirectoryName(options.AppDll)!]);
        string? allocations = null;
        if (countAllocations)
        {
            allocations = Path.Combine(Path.GetTempPath(), $"platform-benchmark-{Guid.NewGuid():N}.allocated");
            start.Environment["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location;
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
    /// Runs <c>dotnet Platform.Web.dll dataset --province P --years N</c> with the host's configuration and returns what it
    /// printed about the data it made; throws with its output if it fails.
    /// </summary>
    public static async Task<IReadOnlyList<string>> GenerateDatasetAsync(Options options)
    {
        var start = StartInfo(options, [options.AppDll, "dataset", "--province", options.Province, "--years", options.DatasetYears.ToString(CultureInfo.InvariantCulture)]);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The dataset command did not start.");
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        var errors = await error;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The dataset command failed ({process.ExitCode}):{Environment.NewLine}{output}{errors}");
        }

        var lines = output.Split('\n', StringSplitOptions.TrimEntries);

        // The host's log lines come first; the command's report starts with its first line in English after " / ".
        return [.. lines.SkipWhile(l => !l.Contains("/ Generated", StringComparison.Ordinal)).Where(l => l.Length > 0)];
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
        start.Environment["Benchmarks__Baseline"] = "true";
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
