using Platform.Sdk.Structure;

namespace Platform.Sdk;

// Sdk 1.6: indicators (chỉ tiêu) that are not a published index, reported in the periodic reports.
public sealed partial class ProvincePackBuilder
{
    private readonly List<IndicatorDefinition> _indicators = [];

    /// <summary>
    /// An indicator that is not a published index — a rate of records filed online, e-identity accounts activated, data
    /// cleaned — in an agency's care and reported by it in the periodic report it submits at stage
    /// <paramref name="reportedIn"/> (since Sdk 1.6). The report form of that stage asks the agency for its figure each
    /// period (a figure may be left blank and given in a replacement version). The pack is refused at load when the agency or the stage does not
    /// exist, or when the agency does not submit at that stage.
    /// </summary>
    /// <param name="key">Stable key, unique among indicators.</param>
    /// <param name="name">Its Vietnamese name.</param>
    /// <param name="unit">What the figure counts: a percent (0–100), a count (a whole number), or another quantity.</param>
    /// <param name="ownerAgencyKey">The agency that reports it.</param>
    /// <param name="article">The article that puts it in the agency's care, short form such as <c>"8.1"</c>.</param>
    /// <param name="reportedIn">The key of the reporting stage (<see cref="Building.ReportingRulesBuilder.Stage"/>) whose report carries it.</param>
    /// <param name="unitName">The unit's name beside the figure, for a count or another quantity (e.g. "tài khoản").</param>
    /// <param name="max">The largest figure accepted, for <see cref="IndicatorUnit.Other"/> only.</param>
    public ProvincePackBuilder Indicator(
        string key, string name, IndicatorUnit unit, string ownerAgencyKey, string article, string reportedIn, string? unitName = null, decimal? max = null)
    {
        _indicators.Add(new IndicatorDefinition(key, name, unit, ownerAgencyKey, ArticleRef.Parse(article), reportedIn) { UnitName = unitName, Max = max });
        return this;
    }

    /// <summary>Each fault names the province, the indicator and its article.</summary>
    private static IEnumerable<string> IndicatorProblems(ProvinceDefinition d)
    {
        foreach (var key in d.Indicators.GroupBy(i => i.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            yield return $"{d.Name}: khóa chỉ tiêu '{key}' bị trùng. / {d.Name}: the indicator key '{key}' is used twice.";
        }

        foreach (var indicator in d.Indicators)
        {
            var where = $"{d.Name}, chỉ tiêu '{indicator.Key}' (Điều {indicator.Article})";
            var whereEn = $"{d.Name}, indicator '{indicator.Key}' (Art. {indicator.Article})";
            string Problem(string vi, string en) => $"{where}: {vi} / {whereEn}: {en}";

            if (string.IsNullOrWhiteSpace(indicator.Key) || string.IsNullOrWhiteSpace(indicator.Name))
            {
                yield return Problem("cần khóa và tên.", "needs a key and a name.");
            }

            if (!Enum.IsDefined(indicator.Unit))
            {
                yield return Problem($"đơn vị không hợp lệ ({indicator.Unit}).", $"unknown unit ({indicator.Unit}).");
            }

            if (indicator.Max is { } max && (indicator.Unit != IndicatorUnit.Other || max <= 0))
            {
                yield return Problem("chỉ chỉ tiêu loại khác mới có giá trị tối đa, và giá trị đó phải lớn hơn 0.", "only an indicator of another unit states a maximum, and it must be above 0.");
            }

            if (d.FindAgency(indicator.OwnerAgencyKey) is null)
            {
                yield return Problem($"không có cơ quan '{indicator.OwnerAgencyKey}'.", $"no agency '{indicator.OwnerAgencyKey}'.");
                continue;
            }

            if (d.Reporting.Find(indicator.ReportedIn) is not { } stage)
            {
                yield return Problem($"không có bước báo cáo '{indicator.ReportedIn}' trong chế độ báo cáo của tỉnh.", $"no reporting stage '{indicator.ReportedIn}' in the province's chain.");
                continue;
            }

            if (!stage.Submitters.Any(s => d.AgencyOf(s) == indicator.OwnerAgencyKey))
            {
                yield return Problem(
                    $"cơ quan '{indicator.OwnerAgencyKey}' không gửi báo cáo ở bước '{stage.Key}' (Điều {stage.Article}).",
                    $"agency '{indicator.OwnerAgencyKey}' does not submit at stage '{stage.Key}' (Art. {stage.Article}).");
            }
        }
    }
}
