using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Core.Localization;
using Platform.Sdk.Structure;

namespace Platform.Reporting.Services;

/// <summary>
/// The figures a report gives for the indicators the pack puts in its submitter's care (Sdk 1.6): read as typed — a
/// Vietnamese decimal comma or point, thousands grouped with dots, a trailing "%" for a rate — and checked against the
/// indicator's unit. Every refusal names the indicator.
/// </summary>
internal static partial class ReportFigures
{
    /// <summary>The form field (and error key) of an indicator's figure.</summary>
    public static string Field(string indicatorKey) => $"Figures[{indicatorKey}]";

    /// <summary>The input's id, as the errors' links point to it.</summary>
    public static string Id(string indicatorKey) => $"Form_Figures_{indicatorKey}_";

    /// <summary>
    /// Reads every typed figure of <paramref name="indicators"/>: the values read, and a refusal for each figure that is
    /// not a number or breaks its unit. A blank figure is neither: the report goes without it.
    /// </summary>
    /// <remarks>
    /// A figure is optional in a draft and at submission alike. The reports that carry figures fall due before their
    /// period ends (Sơn La, Art. 12.4: before the 10th of the period's last month; Art. 12.5: the 20th), when a figure
    /// may not be closed yet; requiring it would make the agency late for a number it cannot have — and lateness is
    /// judged on the first version. The agency sends the report on time and gives the figure, or corrects it, in a
    /// replacement version; until then the report's page and the indicator's page say the period has no figure.
    /// </remarks>
    public static (Dictionary<string, decimal> Values, Dictionary<string, Message> Errors) Read(
        ProvinceDefinition province, IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyDictionary<string, string?> typed)
    {
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var errors = new Dictionary<string, Message>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            var text = typed.GetValueOrDefault(indicator.Key);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var (value, error) = Parse(province, indicator, text);
            if (error is not null)
            {
                errors[Field(indicator.Key)] = error;
            }
            else
            {
                values[indicator.Key] = value;
            }
        }

        return (values, errors);
    }

    /// <summary>The indicator's English name when the pack gives one, else its Vietnamese name.</summary>
    public static string English(ProvinceDefinition province, IndicatorDefinition indicator) => province.English.GetValueOrDefault(indicator.Name, indicator.Name);

    /// <summary>The indicator's name in the reader's language.</summary>
    public static string Name(ProvinceDefinition province, IndicatorDefinition indicator) => Text.IsEnglish ? English(province, indicator) : indicator.Name;

    /// <summary>A figure as shown: Vietnamese grouping and decimal comma, or English, with its unit.</summary>
    public static string Show(ProvinceDefinition province, IndicatorDefinition indicator, decimal value)
    {
        var culture = Text.IsEnglish ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("vi-VN");
        var number = value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", culture);
        return indicator.Unit == IndicatorUnit.Percent ? number + "%" : indicator.UnitName is { } unit ? $"{number} {(Text.IsEnglish ? province.English.GetValueOrDefault(unit, unit) : unit)}" : number;
    }

    /// <summary>What the form accepts for the indicator, in the reader's language.</summary>
    public static string Hint(ProvinceDefinition province, IndicatorDefinition indicator) => indicator.Unit switch
    {
        IndicatorUnit.Percent => Text.IsEnglish ? "percent, from 0 to 100" : "phần trăm, từ 0 đến 100",
        IndicatorUnit.Count => (Text.IsEnglish ? "a whole number" : "số nguyên") + (indicator.UnitName is { } unit ? $", {(Text.IsEnglish ? province.English.GetValueOrDefault(unit, unit) : unit)}" : ""),
        _ => (indicator.UnitName is { } unit ? (Text.IsEnglish ? province.English.GetValueOrDefault(unit, unit) : unit) + ", " : "")
            + (indicator.Max is { } max ? (Text.IsEnglish ? $"from 0 to {max.ToString(CultureInfo.InvariantCulture)}" : $"từ 0 đến {max.ToString(CultureInfo.GetCultureInfo("vi-VN"))}") : Text.IsEnglish ? "not negative" : "không âm"),
    };

    /// <summary>A stored figure as the form shows it again (Vietnamese decimal comma).</summary>
    public static string Typed(decimal value) => value.ToString("0.####", CultureInfo.GetCultureInfo("vi-VN"));

    private static (decimal Value, Message? Error) Parse(ProvinceDefinition province, IndicatorDefinition indicator, string text)
    {
        var name = indicator.Name;
        var english = English(province, indicator);
        var s = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        if (indicator.Unit == IndicatorUnit.Percent && s.EndsWith('%'))
        {
            s = s[..^1];
        }

        if (Grouped().IsMatch(s) && (indicator.Unit == IndicatorUnit.Count || s.Count(c => c is '.' or ',') > 1))
        {
            s = s.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        }
        else if (s.Contains(',', StringComparison.Ordinal))
        {
            // A decimal comma, dots before it grouping thousands ("1.234,5").
            s = s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }

        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return (0, new($"Chỉ tiêu “{name}”: “{text.Trim()}” không phải là một số.", $"Indicator “{english}”: “{text.Trim()}” is not a number."));
        }

        if (value < 0)
        {
            return (value, new($"Chỉ tiêu “{name}”: số liệu không được âm.", $"Indicator “{english}”: the figure cannot be negative."));
        }

        return indicator.Unit switch
        {
            IndicatorUnit.Percent when value > 100 => (value, new($"Chỉ tiêu “{name}” là tỷ lệ phần trăm: không quá 100.", $"Indicator “{english}” is a percentage: at most 100.")),
            IndicatorUnit.Count when value != decimal.Truncate(value) => (value, new($"Chỉ tiêu “{name}” là số đếm: hãy nhập số nguyên.", $"Indicator “{english}” is a count: enter a whole number.")),
            IndicatorUnit.Other when indicator.Max is { } max && value > max => (value, new($"Chỉ tiêu “{name}”: không quá {max.ToString(CultureInfo.GetCultureInfo("vi-VN"))}.", $"Indicator “{english}”: at most {max.ToString(CultureInfo.InvariantCulture)}.")),
            _ when value > 99_999_999_999_999m => (value, new($"Chỉ tiêu “{name}”: số quá lớn.", $"Indicator “{english}”: the figure is too large.")),
            _ => (value, null),
        };
    }

    [GeneratedRegex(@"^\d{1,3}([.,]\d{3})+$")]
    private static partial Regex Grouped();
}
