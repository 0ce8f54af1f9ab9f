using System.Globalization;

namespace Platform.Benchmarks;

/// <summary>
/// How much of the machine's CPU went to processes other than the benchmark, the host and its PostgreSQL cluster
/// while a phase ran: on a shared machine, the sign that a round's numbers were disturbed. Linux only (/proc).
/// </summary>
internal sealed class CpuMeter(int hostPid, int? postgresPid)
{
    public readonly record struct Sample(long MachineBusy, long MachineTotal, long Own);

    public static bool Available => File.Exists("/proc/stat");

    public Sample Take()
    {
        // First line of /proc/stat: "cpu user nice system idle iowait irq softirq steal …", in clock ticks.
        var t = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..9]
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var busy = t[0] + t[1] + t[2] + t[5] + t[6] + t[7];
        var own = Ticks(Environment.ProcessId, withReapedChildren: false) + Ticks(hostPid, withReapedChildren: false);
        if (postgresPid is { } postmaster)
        {
            // The postmaster's own time plus its reaped children's, plus the backends still running.
            own += Ticks(postmaster, withReapedChildren: true) + ChildrenOf(postmaster).Sum(pid => Ticks(pid, withReapedChildren: false));
        }

        return new Sample(busy, t.Sum(), own);
    }

    /// <summary>The share of all CPUs (0–100) used by other processes between two samples.</summary>
    public static double OthersPercent(Sample before, Sample after)
    {
        var total = after.MachineTotal - before.MachineTotal;
        var others = (after.MachineBusy - before.MachineBusy) - (after.Own - before.Own);
        return total <= 0 ? 0 : Math.Clamp(100d * others / total, 0, 100);
    }

    /// <summary>utime + stime (+ cutime + cstime) of a process, from /proc/PID/stat; 0 if it is gone.</summary>
    private static long Ticks(int pid, bool withReapedChildren)
    {
        var fields = StatFields(pid);
        if (fields is null)
        {
            return 0;
        }

        // After "pid (comm)", field 14 of the man page (utime) is index 11 here.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return withReapedChildren
            ? ticks + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)
            : ticks;
    }

    private static IEnumerable<int> ChildrenOf(int parent) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && StatFields(pid) is { } f && f[1] == parent.ToString(CultureInfo.InvariantCulture));

    /// <summary>The fields of /proc/PID/stat after the command name (state, ppid, …), or null.</summary>
    private static string[]? StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
