using System.Globalization;

namespace Platform.Benchmarks.Hosting;

/// <summary>
/// The bytes the host has allocated on the managed heap since it started, for allocated bytes per request. The host
/// exposes nothing for it: the benchmark loads this assembly into the host it measures as a .NET startup hook
/// (<c>DOTNET_STARTUP_HOOKS</c>, see <see cref="StartupHook"/>), and the hook writes <c>GC.GetTotalAllocatedBytes()</c> to
/// a file every <see cref="Every"/>, which the benchmark reads before and after each phase. Only the load-test host gets
/// it, never the start-ups; its own cost (one small file written 50 times a second) falls on the page and the baseline alike.
/// </summary>
internal static class AllocationProbe
{
    /// <summary>The variable that tells the hook where to write; without it the hook does nothing.</summary>
    public const string FileVariable = "PLATFORM_BENCHMARK_ALLOCATIONS_FILE";

    public static readonly TimeSpan Every = TimeSpan.FromMilliseconds(20);

    /// <summary>In the host: writes the count, through a temporary file renamed over the last one, until the process ends.</summary>
    public static void Publish(string path)
    {
        var temporary = path + ".tmp";
        while (true)
        {
            try
            {
                File.WriteAllText(temporary, GC.GetTotalAllocatedBytes(precise: false).ToString(CultureInfo.InvariantCulture));
                File.Move(temporary, path, overwrite: true);
            }
            catch (IOException)
            {
                // The benchmark may be deleting the folder at the end; nothing to report to.
            }

            Thread.Sleep(Every);
        }
    }

    /// <summary>In the benchmark: the last count the host wrote, or null if it wrote none (the hook did not load).</summary>
    public static long? Read(string path)
    {
        try
        {
            return long.TryParse(File.ReadAllText(path), NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) ? bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
