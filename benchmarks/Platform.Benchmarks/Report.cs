using System.Globalization;
using System.Text;

namespace Platform.Benchmarks;

/// <summary>Writes the results between the markers of docs/benchmarks.md, keeping the rest of the file.</summary>
internal static class Report
{
    public const string StartMarker = "<!-- results:start -->";
    public const string EndMarker = "<!-- results:end -->";

    public static string Section(
        Options options, Machine machine, DateTimeOffset when, StartupResult startup, EndpointResult page, EndpointResult baseline, int seats)
    {
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');
        string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |";

        Line(StartMarker);
        Line("## Latest results");
        Line();
        Line($"Measured {when.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC" +
             (options.Commit is null ? "" : $" on commit `{options.Commit}`") + ", written by `benchmarks/run.sh`.");
        Line();
        Line(Row("Machine", ""));
        Line(Row("---", "---"));
        Line(Row("Logical CPUs (`nproc`)", machine.Cpus));
        Line(Row("CPU", machine.CpuModel));
        Line(Row("Memory", machine.Memory));
        Line(Row("OS", machine.Os));
        Line(Row(".NET", machine.DotNet));
        if (options.Database is not null)
        {
            Line(Row("Database", options.Database));
        }

        Line(Row("Load average before the run", machine.LoadAverage));
        Line();
        Line("### Start-up to the first 200 on `/account/login`");
        Line();
        Line(Row("Start", "Time"));
        Line(Row("---", "---:"));
        Line(Row("Cold: empty database (migrations and demo data)", Format.Seconds(startup.Cold)));
        Line(Row($"Warm: migrated database, median of {startup.Warm.Count}", Format.Seconds(startup.WarmMedian)));
        Line(Row("Warm runs", string.Join(", ", startup.Warm.Select(Format.Seconds))));
        Line();
        var rounds = page.Phases.Count;
        Line($"### Throughput and latency: {options.Connections} connections, {rounds} × ({options.WarmUp.TotalSeconds:0} s warm-up + " +
             $"{options.Measure.TotalSeconds:0} s measured) per endpoint, interleaved");
        Line();
        Line(Row("", $"Members page `{page.Path}`", $"Baseline `{baseline.Path}`", "page / baseline"));
        Line(Row("---", "---:", "---:", "---:"));
        Line(Row("Requests/s", Format.Rate(page.RequestsPerSecond), Format.Rate(baseline.RequestsPerSecond),
            Format.Ratio(page.RequestsPerSecond, baseline.RequestsPerSecond)));
        foreach (var p in new[] { 50d, 95d, 99d })
        {
            Line(Row($"p{p:0} latency", Format.Ms(page.Percentile(p)), Format.Ms(baseline.Percentile(p)),
                Format.Ratio(page.Percentile(p), baseline.Percentile(p))));
        }

        Line(Row("Errors", $"{Format.Count(page.Errors)} of {Format.Count(page.Requests)}",
            $"{Format.Count(baseline.Errors)} of {Format.Count(baseline.Requests)}", ""));
        Line(Row("Requests/s by round", string.Join(" · ", page.Phases.Select(x => Format.Rate(x.RequestsPerSecond))),
            string.Join(" · ", baseline.Phases.Select(x => Format.Rate(x.RequestsPerSecond))), ""));
        Line(Row("Response body", $"{Format.Count(page.Bytes)} B", $"{Format.Count(baseline.Bytes)} B",
            Format.Ratio(page.Bytes, baseline.Bytes)));
        Line();
        Line($"Both answers listed the same {seats} seat{(seats == 1 ? "" : "s")} of `{options.Province}` before the load started.");
        Line(EndMarker);
        return md.ToString();
    }

    /// <summary>Replaces the marked section of <paramref name="path"/> (or appends it), leaving everything else as it was.</summary>
    public static void Write(string path, string section)
    {
        var text = File.Exists(path) ? File.ReadAllText(path) : "";
        var start = text.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = text.IndexOf(EndMarker, StringComparison.Ordinal);
        string updated;
        if (start >= 0 && end > start)
        {
            var after = end + EndMarker.Length;
            updated = text[..start] + section.TrimEnd('\n') + text[after..];
        }
        else
        {
            updated = text + (text.Length == 0 || text.EndsWith('\n') ? "" : "\n") + (text.Length == 0 ? "" : "\n") + section;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, updated);
    }
}
