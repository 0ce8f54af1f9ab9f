using Platform.Core.Modules;
using Platform.Core.Tenancy;
using Platform.Reporting.Contracts;
using Platform.Sdk.Structure;

namespace Platform.Indices.Services;

/// <summary>An indicator the pack has reported periodically, with its latest figure (none before its first report).</summary>
internal sealed record IndicatorSummary(IndicatorDefinition Indicator, ReportedFigure? Latest);

/// <summary>
/// The indicators that are not a published index (Sdk 1.6: rates of online records, e-identity activations, data
/// cleaned): the pack says which agency reports each and in which periodic report; the figures are the reporting
/// module's, read through its contract in one statement.
/// </summary>
internal sealed class IndicatorQueries(IReportingRecords records, CurrentProvince province) : IModuleService
{
    public ProvinceDefinition Province => province.Required;

    /// <summary>Every indicator the pack declares with its latest figure. One statement, none when the pack declares none.</summary>
    public async Task<IReadOnlyList<IndicatorSummary>> OverviewAsync(CancellationToken ct)
    {
        var indicators = Province.Indicators;
        if (indicators.Count == 0)
        {
            return [];
        }

        var figures = (await records.IndicatorFiguresAsync([.. indicators.Select(i => i.Key)], ct)).ToLookup(f => f.IndicatorKey);
        return [.. indicators.Select(i => new IndicatorSummary(i, Series(figures[i.Key]).LastOrDefault()))];
    }

    /// <summary>An indicator's figures, one per period (the latest reported), oldest first. One statement.</summary>
    public async Task<IReadOnlyList<ReportedFigure>> SeriesAsync(IndicatorDefinition indicator, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return Series(await records.IndicatorFiguresAsync([indicator.Key], ct));
    }

    /// <summary>The agency's name, as the pack states it.</summary>
    public string AgencyName(IndicatorDefinition indicator) => Province.FindAgency(indicator.OwnerAgencyKey)?.Name ?? indicator.OwnerAgencyKey;

    // Two reports of the same agency may give a figure for one period (two of its seats reporting as members): the one
    // submitted last is the period's figure.
    private static List<ReportedFigure> Series(IEnumerable<ReportedFigure> figures) =>
        [.. figures.GroupBy(f => f.Period).Select(g => g.MaxBy(f => (f.SubmittedOn, f.Edition))!).OrderBy(f => f.Period)];
}
