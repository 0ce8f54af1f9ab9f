using Platform.Core.Localization;

namespace Platform.Reporting;

/// <summary>English wording of the reporting pages; Vietnamese is the key and the default.</summary>
internal sealed class ReportingTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
        ["Báo cáo định kỳ"] = "Periodic reports",
    };
}
