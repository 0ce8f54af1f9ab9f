using System.Globalization;
using Platform.Core.Localization;
using Platform.Reporting.Contracts;
using Platform.Sdk;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Indices.Pages;

/// <summary>How the indicators reported periodically (Sdk 1.6) read on the indices pages, in the reader's language.</summary>
internal static class IndicatorLabels
{
    /// <summary>The indicator's name; in English when the pack's wording gives one.</summary>
    public static string Name(ProvinceDefinition province, IndicatorDefinition indicator) =>
        Text.IsEnglish ? province.English.GetValueOrDefault(indicator.Name, indicator.Name) : indicator.Name;

    /// <summary>What the figure counts.</summary>
    public static string Unit(ProvinceDefinition province, IndicatorDefinition indicator) => indicator.Unit switch
    {
        IndicatorUnit.Percent => "%",
        _ when indicator.UnitName is { } unit => Text.IsEnglish ? province.English.GetValueOrDefault(unit, unit) : unit,
        IndicatorUnit.Count => Text.IsEnglish ? "count" : "số lượng",
        _ => Text.IsEnglish ? "figure" : "số liệu",
    };

    /// <summary>A figure in the reader's culture (grouped thousands, decimal comma in Vietnamese), with "%" for a rate.</summary>
    public static string Figure(ProvinceDefinition province, IndicatorDefinition indicator, decimal value)
    {
        var number = value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", CultureInfo.CurrentCulture);
        return indicator.Unit == IndicatorUnit.Percent ? number + "%" : indicator.UnitName is null ? number : $"{number} {Unit(province, indicator)}";
    }

    /// <summary>Who reported: the body's name or the seat's office, as the pack states them.</summary>
    public static string Submitter(ProvinceDefinition province, ReportedFigure figure) => figure.SubmitterKind == SubmitterKind.Seat
        ? province.FindSeat(figure.SubmitterKey)?.Office ?? figure.SubmitterKey
        : province.Bodies.FirstOrDefault(b => b.Key == figure.SubmitterKey)?.Name ?? figure.SubmitterKey;

    /// <summary>The kind of period charted, lower case, for the chart's title.</summary>
    public static string Kind(PeriodKind? kind) => kind switch
    {
        PeriodKind.Month => Text.IsEnglish ? "month" : "tháng",
        PeriodKind.Quarter => Text.IsEnglish ? "quarter" : "quý",
        PeriodKind.HalfYear => Text.IsEnglish ? "half-year" : "6 tháng",
        _ => Text.IsEnglish ? "year" : "năm",
    };
}
