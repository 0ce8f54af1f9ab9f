using System.Globalization;
using Platform.Core.Dates;
using Platform.Reporting.Contracts;
using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Indices.Pages;

/// <summary>
/// The geometry of an indicator's series drawn on the server as SVG (no script): the figure of each period of the
/// finest kind reported (quarters before half-years and years, which would repeat them), from 0 at the bottom to 100
/// for a percent or the largest figure otherwise. The data table beside it lists every period.
/// </summary>
internal sealed class IndicatorChart
{
    public const int Width = 640;
    public const int Height = 220;
    public const double Left = 56;
    public const double Right = 24;
    public const double Top = 28;
    public const double Bottom = 180;

    public sealed record Point(Period Period, double X, double Y, decimal Value);

    public IReadOnlyList<Point> Points { get; }

    /// <summary>The top of the scale, as shown on the axis.</summary>
    public decimal Scale { get; }

    /// <summary>The kind of period charted.</summary>
    public PeriodKind? Kind { get; }

    public IndicatorChart(IndicatorDefinition indicator, IReadOnlyList<ReportedFigure> series)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(series);
        Kind = series.Select(f => f.Period).OrderBy(p => p.Months).Select(p => (PeriodKind?)p.Kind).FirstOrDefault();
        var shown = series.Where(f => f.Period.Kind == Kind).OrderBy(f => f.Period).ToList();
        var largest = shown.Select(f => f.Value).DefaultIfEmpty(0).Max();
        Scale = indicator.Unit == IndicatorUnit.Percent ? 100 : indicator.Max ?? (largest <= 0 ? 1 : Math.Ceiling(largest * 1.1m));
        var step = shown.Count <= 1 ? 0 : (Width - Right - Left) / (shown.Count - 1);
        var scale = (double)Scale;
        Points =
        [
            .. shown.Select((f, i) => new Point(
                f.Period,
                shown.Count == 1 ? (Left + Width - Right) / 2 : Left + (i * step),
                Bottom - ((Bottom - Top) * Math.Clamp((double)f.Value / scale, 0, 1)),
                f.Value)),
        ];
    }

    public string Line => string.Join(' ', Points.Select(p => $"{Coord(p.X)},{Coord(p.Y)}"));

    public static string Coord(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
