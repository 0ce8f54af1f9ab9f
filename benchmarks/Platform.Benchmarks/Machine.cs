using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Platform.Benchmarks;

/// <summary>What the numbers were measured on, read from the usual places on Linux.</summary>
internal sealed record Machine(string Cpus, string CpuModel, string Memory, string Os, string DotNet, string LoadAverage)
{
    public static Machine Describe() => new(
        Run("nproc") ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture),
        FirstValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        MemTotal() ?? "unknown",
        $"{OsName()}, kernel {ReadOrNull("/proc/sys/kernel/osrelease") ?? "unknown"}, {RuntimeInformation.OSArchitecture}",
        RuntimeInformation.FrameworkDescription,
        ReadOrNull("/proc/loadavg") is { } load ? string.Join(' ', load.Split(' ').Take(3)) : "unknown");

    /// <summary>
    /// Waits until the one-minute load average is at most <paramref name="quiet"/> or <paramref name="longest"/> has
    /// passed: the script builds the solution and 32 packs just before, and start-ups measured while the build's
    /// processes wind down are slower by a second or more. Returns the load average it stopped at.
    /// </summary>
    public static async Task<string> WaitForQuietAsync(double quiet, TimeSpan longest)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var load = ReadOrNull("/proc/loadavg")?.Split(' ');
            if (load is null || !double.TryParse(load[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var minute)
                || minute <= quiet || waited.Elapsed >= longest)
            {
                return load is null ? "unknown" : string.Join(' ', load.Take(3));
            }

            await Task.Delay(TimeSpan.FromSeconds(5));
        }
    }

    private static string? MemTotal()
    {
        // "MemTotal:        8123456 kB"
        var kb = FirstValue("/proc/meminfo", "MemTotal")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return long.TryParse(kb, CultureInfo.InvariantCulture, out var value)
            ? (value / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture) + " GiB"
            : null;
    }

    private static string OsName() =>
        ReadOrNull("/etc/os-release")?.Split('\n').FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal)) is { } line
            ? line["PRETTY_NAME=".Length..].Trim('"')
            : RuntimeInformation.OSDescription;

    /// <summary>The value of the first <c>key : value</c> line of a /proc file.</summary>
    private static string? FirstValue(string file, string key) =>
        ReadOrNull(file)?.Split('\n')
            .Select(l => l.Split(':', 2))
            .FirstOrDefault(p => p.Length == 2 && p[0].Trim() == key)?[1].Trim();

    private static string? ReadOrNull(string file) => File.Exists(file) ? File.ReadAllText(file).Trim() : null;

    private static string? Run(string command)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command) { RedirectStandardOutput = true, UseShellExecute = false });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
