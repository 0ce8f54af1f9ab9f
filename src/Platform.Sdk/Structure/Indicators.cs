using Platform.Sdk.Reporting;

namespace Platform.Sdk.Structure;

/// <summary>What an indicator's figure counts, and so which figures it accepts (Sdk 1.6).</summary>
public enum IndicatorUnit
{
    /// <summary>A rate in percent: from 0 to 100 (e.g. the share of records filed online).</summary>
    Percent = 0,

    /// <summary>A count of things: a whole number, never negative (e.g. e-identity accounts activated).</summary>
    Count = 1,

    /// <summary>Any other quantity, never negative, up to <see cref="IndicatorDefinition.Max"/> when the pack states one.</summary>
    Other = 2,
}

/// <summary>
/// An indicator (chỉ tiêu) that is not a published index — a rate of records filed online, e-identity accounts activated,
/// records of data cleaned — reported by its owning agency in the periodic report it already submits (Sdk 1.6). The
/// report form of <paramref name="ReportedIn"/> asks the owning agency for the figure of each period.
/// </summary>
/// <param name="Key">Stable key, unique among indicators (the URL segment of its page).</param>
/// <param name="Name">Its Vietnamese name, e.g. "Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến".</param>
/// <param name="Unit">What the figure counts.</param>
/// <param name="OwnerAgencyKey">The agency that reports it: a submitter of <paramref name="ReportedIn"/> (as a seat's agency or a body's lead agency).</param>
/// <param name="Article">The article that puts it in the agency's care.</param>
/// <param name="ReportedIn">The key of the reporting stage whose report carries the figure.</param>
public sealed record IndicatorDefinition(string Key, string Name, IndicatorUnit Unit, string OwnerAgencyKey, ArticleRef Article, string ReportedIn)
{
    /// <summary>The unit's name shown beside the figure for <see cref="IndicatorUnit.Count"/> and <see cref="IndicatorUnit.Other"/> (e.g. "tài khoản").</summary>
    public string? UnitName { get; init; }

    /// <summary>The largest figure accepted for <see cref="IndicatorUnit.Other"/>; 100 for a percent; none for a count.</summary>
    public decimal? Max { get; init; }
}

/// <summary>The indicators reported through the periodic reports (Sdk 1.6).</summary>
public sealed partial record ProvinceDefinition
{
    /// <summary>The indicators the pack declares (Sdk 1.6); empty for a pack built against an earlier Sdk.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; init; } = [];

    /// <summary>The indicator with this key, or null.</summary>
    public IndicatorDefinition? FindIndicator(string key) => Indicators.FirstOrDefault(i => i.Key == key);

    /// <summary>The agency that submits as <paramref name="submitter"/>: a seat's agency, or a body's lead agency.</summary>
    public string? AgencyOf(Submitter submitter) => submitter.Kind == SubmitterKind.Seat
        ? FindSeat(submitter.Key)?.AgencyKey
        : Bodies.FirstOrDefault(b => b.Key == submitter.Key)?.LeadAgencyKey;

    /// <summary>The indicators whose figure the report of <paramref name="submitter"/> at <paramref name="stageKey"/> carries.</summary>
    public IReadOnlyList<IndicatorDefinition> IndicatorsReportedBy(string stageKey, Submitter submitter)
    {
        if (Indicators.Count == 0)
        {
            return [];
        }

        var agency = AgencyOf(submitter);
        return agency is null ? [] : [.. Indicators.Where(i => i.ReportedIn == stageKey && i.OwnerAgencyKey == agency)];
    }
}
