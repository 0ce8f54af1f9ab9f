using System.Globalization;

namespace Platform.Benchmarks;

/// <summary>
/// The peak resident set of the host during a phase, from Linux's own accounting: writing "5" to
/// <c>/proc/PID/clear_refs</c> sets the process's high-water mark (<c>VmHWM</c>) back to its current resident set, and
/// <c>VmHWM</c> in <c>/proc/PID/status</c> is then the most it held since. The whole process is measured (heaps,
/// code, stacks, native buffers), not one request. Resetting needs the right to write that file (root, or the same user).
/// </summary>
internal static class HostMemory
{
    /// <summary>Resets the high-water mark to the current resident set; false where that is not possible.</summary>
    public static bool ResetPeak(int pid)
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The high-water mark of the resident set in bytes, or null when unreadable.</summary>
    public static long? PeakBytes(int pid) => StatusBytes(pid, "VmHWM:");

    /// <summary>The resident set at this moment in bytes (<c>VmRSS</c>), or null when unreadable.</summary>
    public static long? ResidentBytes(int pid) => StatusBytes(pid, "VmRSS:");

    /// <summary>A size line of <c>/proc/PID/status</c>, such as "VmHWM:	  412340 kB", in bytes.</summary>
    private static long? StatusBytes(int pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            var kb = line?[field.Length..].Trim().Split(' ')[0];
            return long.TryParse(kb, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value * 1024 : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
