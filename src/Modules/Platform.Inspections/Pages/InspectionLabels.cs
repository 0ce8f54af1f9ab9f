using Platform.Core.Localization;
using Platform.Inspections.Model;
using Platform.Sdk;

namespace Platform.Inspections.Pages;

/// <summary>How states and citations read on the inspection pages.</summary>
internal static class InspectionLabels
{
    public static string State(MissionState state) => state switch
    {
        MissionState.Draft => Say("Dự thảo (kế hoạch chưa ban hành)", "Draft (plan not issued)"),
        MissionState.NotStarted => Say("Chưa bắt đầu", "Not started"),
        MissionState.InProgress => Say("Đang kiểm tra", "In progress"),
        MissionState.Late => Say("Quá hạn, chưa có thông báo kết luận", "Late, no closing notice"),
        _ => Say("Đã có thông báo kết luận", "Done (closing notice issued)"),
    };

    public static string Css(MissionState state) => "state-" + state.ToString().ToLowerInvariant();

    public static string Cite(string province, ArticleRef article) =>
        Text.Cite(province, article);

    public static string Cite(string province, IEnumerable<ArticleRef> articles) =>
        $"{province}, {string.Join(", ", articles.Select(a => Text.IsEnglish ? a.ToEnglish() : a.ToVietnamese()))}";

    private static string Say(string vietnamese, string english) => Text.IsEnglish ? english : vietnamese;
}
