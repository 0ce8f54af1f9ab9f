using System.Globalization;
using Platform.Reporting.Model;

namespace Platform.Reporting.Pages;

/// <summary>A version of a report as shown or printed, with the files attached to it.</summary>
internal sealed record ReportDocument(string Province, Submission Report, IEnumerable<ReportFile> Files)
{
    /// <summary>A file's size as officials read it.</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024)} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d / 1024d:0.#} MB");
}
