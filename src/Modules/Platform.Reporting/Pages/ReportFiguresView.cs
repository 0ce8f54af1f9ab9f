using Platform.Reporting.Model;
using Platform.Sdk.Structure;

namespace Platform.Reporting.Pages;

/// <summary>The indicators' figures one version of a report gives (Sdk 1.6), as shown on its page and in a compiled report.</summary>
internal sealed record ReportFiguresView(ProvinceDefinition Province, IReadOnlyList<IndicatorDefinition> Indicators, IEnumerable<IndicatorFigure> Figures)
{
    /// <summary>The indicators the version carries, in the pack's order, with the figure given (null: none given).</summary>
    public IEnumerable<(IndicatorDefinition Indicator, decimal? Value)> Rows =>
        Indicators.Select(i => (i, Figures.FirstOrDefault(f => f.IndicatorKey == i.Key)?.Value));
}
