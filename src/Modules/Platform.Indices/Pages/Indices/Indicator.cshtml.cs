using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Pages;
using Platform.Indices.Services;
using Platform.Reporting.Contracts;
using Platform.Sdk.Structure;

namespace Platform.Indices.Pages.Indices;

/// <summary>
/// One indicator the pack has reported periodically (Sdk 1.6): the agency that reports it and the article, in which
/// report, and its figure for every period as the current submitted reports give it — a table and a chart drawn on the
/// server. Everyone in the province reads it; the figures are entered in the reports, not here.
/// </summary>
[Authorize]
internal sealed class IndicatorModel(IndicatorQueries queries) : CommandPage
{
    [BindProperty(SupportsGet = true, Name = "indicator")] public string? Key { get; set; }

    public IndicatorDefinition Indicator { get; private set; } = null!;
    public IReadOnlyList<ReportedFigure> Series { get; private set; } = [];
    public IndicatorQueries Queries => queries;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Key is null || queries.Province.FindIndicator(Key) is not { } indicator)
        {
            return NotFound();
        }

        Indicator = indicator;
        Series = await queries.SeriesAsync(indicator, ct);
        return Page();
    }
}
