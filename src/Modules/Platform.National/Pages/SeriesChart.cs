using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Platform.National.Pages;

/// <summary>
/// A line chart drawn on the server as SVG (no script), after the indices' trend chart: one line per series (a
/// province) over the same points in time (quarters), 0 at the bottom. A missing value breaks the line. Colours are
/// presentation attributes (the security policy allows no inline style); each series also has its own marker shape
/// and dash, so lines are told apart without colour, and the data table beside the chart says every value.
/// </summary>
internal sealed class SeriesChart
{
    public const int Width = 640;
    public const int Height = 300;
    private const double Left = 48;
    private const double Right = 16;
    private const double Top = 20;
    private const double Bottom = 260;

    private static readonly string[] Colours = ["#1f5fa8", "#b3401b", "#2e7d32", "#6a3d9a", "#a06a00", "#00838f", "#c2185b", "#455a64"];
    private static readonly string[] Dashes = ["", "6 3", "2 3", "8 3 2 3"];

    public sealed record Point(double X, double Y, string Label);

    public sealed record Series(string Name, string Colour, string Dash, int Marker, IReadOnlyList<IReadOnlyList<Point>> Segments);

    public IReadOnlyList<string> XLabels { get; }
    public IReadOnlyList<double> Xs { get; }
    public IReadOnlyList<Series> Lines { get; }
    public string ScaleTop { get; }

    public static double PlotLeft => Left;
    public static double PlotRight => Width - Right;
    public static double PlotBottom => Bottom;
    public static double PlotTop => Top;

    /// <param name="xLabels">The points in time, oldest first.</param>
    /// <param name="series">Each series' name and its value at each point (null: none).</param>
    /// <param name="scaleTop">The top of the scale (100 for a rate); null: a little above the largest value.</param>
    /// <param name="format">How a value is labelled.</param>
    public SeriesChart(IReadOnlyList<string> xLabels, IReadOnlyList<(string Name, IReadOnlyList<decimal?> Values)> series, decimal? scaleTop, Func<decimal, string> format)
    {
        ArgumentNullException.ThrowIfNull(xLabels);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(format);
        var max = series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        var top = scaleTop ?? Math.Max(1, Math.Ceiling(max * 1.1m));
        ScaleTop = format(top);
        XLabels = xLabels;
        var step = xLabels.Count <= 1 ? 0 : (PlotRight - PlotLeft) / (xLabels.Count - 1);
        Xs = [.. xLabels.Select((_, i) => xLabels.Count == 1 ? (PlotLeft + PlotRight) / 2 : PlotLeft + (i * step))];
        Lines =
        [
            .. series.Select((s, n) =>
            {
                var segments = new List<IReadOnlyList<Point>>();
                var current = new List<Point>();
                for (var i = 0; i < s.Values.Count && i < Xs.Count; i++)
                {
                    if (s.Values[i] is { } v)
                    {
                        current.Add(new Point(Xs[i], Bottom - ((Bottom - Top) * (double)Math.Clamp(v / top, 0, 1)), format(v)));
                    }
                    else if (current.Count > 0)
                    {
                        segments.Add(current);
                        current = [];
                    }
                }

                if (current.Count > 0)
                {
                    segments.Add(current);
                }

                return new Series(s.Name, Colours[n % Colours.Length], Dashes[(n / Colours.Length) % Dashes.Length], n % 3, segments);
            }),
        ];
    }

    public static string PolylinePoints(IReadOnlyList<Point> points) => string.Join(' ', points.Select(p => $"{Coord(p.X)},{Coord(p.Y)}"));

    /// <summary>A point's marker: a circle, a square or a diamond.</summary>
    public static IHtmlContent Marker(Series series, Point point)
    {
        var (x, y) = (Coord(point.X), Coord(point.Y));
        var shape = series.Marker switch
        {
            1 => $"<rect x=\"{Coord(point.X - 3.5)}\" y=\"{Coord(point.Y - 3.5)}\" width=\"7\" height=\"7\" fill=\"{series.Colour}\"",
            2 => $"<polygon points=\"{x},{Coord(point.Y - 5)} {Coord(point.X + 5)},{y} {x},{Coord(point.Y + 5)} {Coord(point.X - 5)},{y}\" fill=\"{series.Colour}\"",
            _ => $"<circle cx=\"{x}\" cy=\"{y}\" r=\"3.5\" fill=\"{series.Colour}\"",
        };
        return new HtmlString($"{shape}><title>{HtmlEncoder.Default.Encode(series.Name + ": " + point.Label)}</title></{(series.Marker switch { 1 => "rect", 2 => "polygon", _ => "circle" })}>");
    }

    /// <summary>An SVG text element (Razor reserves &lt;text&gt; inside code), its content encoded.</summary>
    public static IHtmlContent Label(double x, double y, string anchor, string cssClass, string? content) =>
        new HtmlString($"<text x=\"{Coord(x)}\" y=\"{Coord(y)}\" text-anchor=\"{anchor}\" class=\"{cssClass}\">{HtmlEncoder.Default.Encode(content ?? "")}</text>");

    public static string Coord(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
