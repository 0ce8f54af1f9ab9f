using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Platform.Indices.Model;

namespace Platform.Indices.Pages;

/// <summary>
/// The geometry of an index's trend, drawn on the server as SVG (no script): the score over the years in the upper
/// panel, the rank in the lower one (1 at the top, so up is better in both), and each year's target as a marker.
/// </summary>
internal sealed class TrendChart
{
    public const int Width = 640;
    public const int Height = 300;
    private const int Left = 56;
    private const int Right = 24;
    private const int ScoreTop = 28;
    private const int ScoreBottom = 128;
    private const int RankTop = 176;
    private const int RankBottom = 266;

    public sealed record Point(int Year, double X, double ScoreY, double? RankY, string Score, string? Rank, double? TargetScoreY, double? TargetRankY);

    public IReadOnlyList<Point> Points { get; }
    public string MaxScore { get; }
    public string WorstRank { get; }

    public static double ScorePanelTop => ScoreTop;
    public static double ScorePanelBottom => ScoreBottom;
    public static double RankPanelTop => RankTop;
    public static double RankPanelBottom => RankBottom;
    public static double PlotLeft => Left;
    public static double PlotRight => Width - Right;

    public TrendChart(IReadOnlyList<IndexResult> results, IReadOnlyList<IndexTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(targets);
        var top = (double)Math.Max(results.Select(r => r.Score).DefaultIfEmpty(1).Max(), targets.Select(t => t.Score ?? 0).DefaultIfEmpty(0).Max());
        top = top <= 0 ? 1 : top * 1.1;
        var worst = Math.Max(results.Select(r => r.RankedOf ?? r.Rank ?? 1).DefaultIfEmpty(1).Max(), 2);
        MaxScore = Number(top);
        WorstRank = worst.ToString(CultureInfo.InvariantCulture);
        var step = results.Count <= 1 ? 0 : (PlotRight - PlotLeft) / (results.Count - 1);
        Points =
        [
            .. results.Select((r, i) =>
            {
                var target = targets.FirstOrDefault(t => t.Year == r.Year);
                var x = results.Count == 1 ? (PlotLeft + PlotRight) / 2 : PlotLeft + (i * step);
                return new Point(
                    r.Year,
                    x,
                    ScoreY((double)r.Score, top),
                    r.Rank is { } rank ? RankY(rank, worst) : null,
                    Number((double)r.Score),
                    r.Rank is { } k && r.RankedOf is { } n ? $"{k}/{n}" : null,
                    target?.Score is { } ts ? ScoreY((double)ts, top) : null,
                    target?.Rank is { } tr ? RankY(tr, worst) : null);
            }),
        ];
    }

    public string ScoreLine => string.Join(' ', Points.Select(p => $"{Coord(p.X)},{Coord(p.ScoreY)}"));

    public string RankLine => string.Join(' ', Points.Where(p => p.RankY is not null).Select(p => $"{Coord(p.X)},{Coord(p.RankY!.Value)}"));

    /// <summary>An SVG text element (Razor reserves &lt;text&gt; inside code), its content encoded.</summary>
    public static IHtmlContent Label(double x, double y, string cssClass, string? content) =>
        new HtmlString($"<text x=\"{Coord(x)}\" y=\"{Coord(y)}\" text-anchor=\"middle\" class=\"{cssClass}\">{HtmlEncoder.Default.Encode(content ?? "")}</text>");

    public static string Coord(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A score as the pages show it, in the user's culture (72,5 in Vietnamese).</summary>
    public static string Number(double value) => value.ToString("0.###", CultureInfo.CurrentCulture);

    public static string Number(decimal value) => value.ToString("0.###", CultureInfo.CurrentCulture);

    private static double ScoreY(double score, double top) => ScoreBottom - ((ScoreBottom - ScoreTop) * Math.Clamp(score / top, 0, 1));

    private static double RankY(int rank, int worst) => RankTop + ((RankBottom - RankTop) * (Math.Clamp(rank, 1, worst) - 1) / (double)(worst - 1));
}
