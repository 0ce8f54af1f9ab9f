using Platform.Consultations.Model;
using Platform.Core.Localization;
using Platform.Sdk;

namespace Platform.Consultations.Pages;

/// <summary>How states and citations read on the consultations pages.</summary>
internal static class ConsultationLabels
{
    public static string State(ConsultationState state) => state switch
    {
        ConsultationState.Draft => Say("Dự thảo", "Draft"),
        ConsultationState.Open => Say("Đang lấy ý kiến (đã duyệt)", "Open (approved)"),
        ConsultationState.Closed => Say("Đã kết thúc", "Closed"),
        _ => Say("Đã thu hồi", "Withdrawn"),
    };

    public static string Position(Position? position) => position switch
    {
        Model.Position.Agree => Say("Đồng ý", "Agree"),
        Model.Position.Disagree => Say("Không đồng ý", "Disagree"),
        Model.Position.Other => Say("Ý kiến khác", "Other opinion"),
        _ => "",
    };

    public static string Cite(string province, ArticleRef article) =>
        Text.Cite(province, article);

    private static string Say(string vietnamese, string english) => Text.IsEnglish ? english : vietnamese;
}
