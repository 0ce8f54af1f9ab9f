using Platform.Core.Localization;
using Platform.Proposals.Model;
using Platform.Sdk;

namespace Platform.Proposals.Pages;

/// <summary>How states, kinds and citations read on the proposals pages and in the CSV.</summary>
internal static class ProposalLabels
{
    public static string State(ProposalState state) => Say(StateVi(state), state switch
    {
        ProposalState.Filed => "Filed, with the standing agency",
        ProposalState.Forwarded => "Forwarded to the competent agency",
        ProposalState.WithLeaders => "With the leaders",
        ProposalState.OnAgenda => "On a meeting's agenda",
        _ => "Answered",
    });

    public static string StateVi(ProposalState state) => state switch
    {
        ProposalState.Filed => "Đã gửi, chờ Cơ quan thường trực",
        ProposalState.Forwarded => "Đã chuyển cơ quan có thẩm quyền",
        ProposalState.WithLeaders => "Đã trình lãnh đạo",
        ProposalState.OnAgenda => "Đưa vào chương trình họp",
        _ => "Đã trả lời",
    };

    public static string Kind(ProposalKind kind) => Say(KindVi(kind), kind == ProposalKind.Obstacle ? "Difficulty, obstacle" : "Proposal");

    public static string KindVi(ProposalKind kind) => kind == ProposalKind.Obstacle ? "Khó khăn, vướng mắc" : "Kiến nghị, đề xuất";

    public static string Step(ProposalStep step) => step switch
    {
        ProposalStep.Filed => Say("Gửi", "Filed"),
        ProposalStep.Forwarded => Say("Chuyển cơ quan có thẩm quyền", "Forwarded to the competent agency"),
        ProposalStep.PutToLeaders => Say("Trình lãnh đạo", "Put to the leaders"),
        ProposalStep.PutOnAgenda => Say("Đưa vào chương trình họp", "Put on a meeting's agenda"),
        ProposalStep.TakenByMeeting => Say("Cuộc họp nhận vào chương trình", "Taken on the meeting's agenda"),
        _ => Say("Trả lời", "Answered"),
    };

    public static string AnsweredAs(AnswerSource? source) => source switch
    {
        AnswerSource.Leader => Say("Ý kiến quyết định của lãnh đạo Ban Chỉ đạo", "Decision of the committee's leaders"),
        AnswerSource.CompetentAgency => Say("Trả lời của cơ quan có thẩm quyền", "Answer of the competent agency"),
        _ => Say("Trả lời của Cơ quan thường trực", "Answer of the standing agency"),
    };

    public static string Cite(string province, ArticleRef article) =>
        Text.Cite(province, article);

    public static string Cite(string province, IEnumerable<ArticleRef> articles) =>
        $"{province}, {(Text.IsEnglish ? "Art. " : "Điều ")}{string.Join(", ", articles)}";

    private static string Say(string vietnamese, string english) => Text.IsEnglish ? english : vietnamese;
}
