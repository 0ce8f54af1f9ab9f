using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Dates;
using Platform.Core.National;
using Platform.National.Services;
using Platform.Sdk;

namespace Platform.National.Pages.Rollup;

/// <summary>
/// One figure's trend over the eight quarters ending at the chosen one, one line per province the account may read,
/// drawn on the server with its data table beside it (read by screen readers, and without the chart).
/// </summary>
[Authorize]
internal sealed class TrendModel(NationalRollup rollup) : PageModel
{
    /// <summary>How many quarters the trend spans.</summary>
    public const int Quarters = 8;

    [BindProperty(SupportsGet = true, Name = "figure")] public string Key { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "quy")] public string? QuarterCode { get; set; }

    public NationalFigure Figure { get; private set; } = null!;
    public Period Quarter { get; private set; }
    public RollupData Data { get; private set; } = null!;
    public SeriesChart Chart { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (rollup.Figures.FirstOrDefault(f => f.Key == Key) is not { } figure)
        {
            return NotFound();
        }

        Figure = figure;
        var current = rollup.CurrentQuarter;
        Quarter = Period.TryParse(QuarterCode, out var asked) && asked.Kind == PeriodKind.Quarter && asked.CompareTo(current) <= 0 ? asked : current;
        Data = await rollup.ReadAsync(rollup.Readable(User), NationalRollup.QuartersEnding(Quarter, Quarters), ct);
        Chart = new SeriesChart(
            [.. Data.Quarters.Select(q => q.Name.ToString())],
            [.. Data.Provinces.Select(p => (p.Name, (IReadOnlyList<decimal?>)[.. Data.Quarters.Select(q => Value(p.Code.Value, q)?.Value)]))],
            figure.Unit == FigureUnit.Percent ? 100m : null,
            v => FigureFormat.Value(figure, new FigureValue(figure.Key, "", Quarter, v)));
        return Page();
    }

    public FigureValue? Value(string province, Period quarter) =>
        Data.Lines(quarter).FirstOrDefault(l => l.Province.Code.Value == province)?[Figure.Key];
}
