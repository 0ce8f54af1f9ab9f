using System.Globalization;

namespace Platform.Benchmarks;

/// <summary>Numbers as the report writes them (invariant culture).</summary>
internal static class Format
{
    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    public static string Ms(double ms) => ms.ToString(ms < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";

    public static string Rate(double perSecond) => perSecond.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    public static string MiB(long bytes) => (bytes / 1024d / 1024d).ToString("#,0", CultureInfo.InvariantCulture) + " MiB";

    /// <summary>Decimal megabytes (10⁶ bytes), as the memory goal is written ("≤ 5 MB").</summary>
    public static string MB(double bytes) => (bytes / 1_000_000).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    public static string KiB(double bytes) => (bytes / 1024).ToString(bytes < 10 * 1024 ? "0.0" : "#,0", CultureInfo.InvariantCulture) + " KiB";

    public static string Ratio(double a, double b) => b == 0 ? "—" : (a / b).ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>Small statistics.</summary>
internal static class Stats
{
    public static TimeSpan Median(IReadOnlyList<TimeSpan> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return TimeSpan.Zero;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
