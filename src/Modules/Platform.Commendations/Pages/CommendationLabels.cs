using Platform.Commendations.Model;
using Platform.Core.Localization;
using Platform.Sdk;

namespace Platform.Commendations.Pages;

/// <summary>How kinds, states and citations read on the commendation pages.</summary>
internal static class CommendationLabels
{
    public static string Kind(ProposalKind kind) => kind switch
    {
        ProposalKind.Criticism => Say("Phê bình", "Criticism"),
        ProposalKind.Discipline => Say("Đề nghị xem xét xử lý trách nhiệm", "Request to handle responsibility"),
        _ => Say("Biểu dương, khen thưởng", "Commendation"),
    };

    public static string State(ProposalState state) => state switch
    {
        ProposalState.Proposed => Say("Chờ Trưởng Ban quyết định", "Awaiting the head"),
        ProposalState.Decided => Say("Trưởng Ban đã quyết định", "Decided by the head"),
        ProposalState.Forwarded => Say("Đã chuyển cấp có thẩm quyền", "Forwarded to the competent level"),
        ProposalState.Declined => Say("Không chấp thuận", "Declined"),
        _ => Say("Đã rút", "Withdrawn"),
    };

    public static string Who(CommendationProposal p) => p.NomineeLine;

    public static string Rate(double? rate) => rate is { } r ? r.ToString("P0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) : "—";

    public static string Cite(string province, ArticleRef article) =>
        Text.Cite(province, article);

    private static string Say(string vietnamese, string english) => Text.IsEnglish ? english : vietnamese;
}
