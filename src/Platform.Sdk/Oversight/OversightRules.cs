using Platform.Sdk.Meetings;

namespace Platform.Sdk.Oversight;

/// <summary>Who sets up inspection missions (đoàn kiểm tra, đoàn công tác), planned or ad hoc.</summary>
public enum MissionDecider
{
    /// <summary>The head only, the host's default (e.g. Đắk Lắk, Art. 4.3).</summary>
    Head = 0,

    /// <summary>The head or any deputy head (e.g. Sơn La, Art. 6.2 and 7.2: the deputies organise working teams).</summary>
    HeadOrDeputies = 1,
}

/// <summary>Who decides a proposal or an obstacle the standing agency puts to the committee's leaders.</summary>
public enum ProposalDecider
{
    /// <summary>The head (Trưởng Ban), the host's default (e.g. Đắk Lắk, Art. 14.4: the standing agency proposes, the head decides).</summary>
    Head = 0,

    /// <summary>The committee's standing leaders: the head or the standing deputy (e.g. Sơn La, Art. 10.2: "Thường trực Ban Chỉ đạo").</summary>
    HeadOrStandingDeputy = 1,
}

/// <summary>
/// What the regulation says about inspection and supervision, proposals and obstacles, and commendation (Sdk 1.5).
/// Every statement carries its article; what the pack does not state falls back to the defaults named below, which cite
/// no article, and the pages say the regulation states nothing on that point.
/// </summary>
/// <param name="Stated">False when the pack said nothing (built before Sdk 1.5, or its regulation is silent).</param>
/// <param name="InspectionTeams">The article listing inspection teams among the working forms (Đắk Lắk, Art. 3; Sơn La, Art. 3).</param>
/// <param name="PlanDrafting">The article making the standing agency draft the annual inspection plan (Đắk Lắk, Art. 8.2).</param>
/// <param name="PlanIssuer">Who issues the plan, so that it takes effect: the head (default) or the standing deputy.</param>
/// <param name="PlanIssueArticle">The article behind <paramref name="PlanIssuer"/> (Đắk Lắk, Art. 4.2).</param>
/// <param name="MissionDecider">Who sets up a mission, planned or ad hoc: the head (default) or the head and the deputies.</param>
/// <param name="MissionArticle">The article behind <paramref name="MissionDecider"/> (Đắk Lắk, Art. 4.3).</param>
/// <param name="MembersJoin">The articles making members join missions (Đắk Lắk, Art. 6.5; Sơn La, Art. 9.1đ).</param>
/// <param name="SubjectToInspection">The article making agencies subject to the committee's inspection (Đắk Lắk, Art. 14.3).</param>
/// <param name="ProposalsRaised">The articles by which members and agencies raise proposals and obstacles through the standing agency.</param>
/// <param name="Decider">Who decides a proposal put to the leaders; <see cref="ProposalDecider.Head"/> by default.</param>
/// <param name="DeciderArticle">The article behind <paramref name="Decider"/>.</param>
/// <param name="ResponseDays">Working days the standing agency has to answer a proposal, when the regulation says; null: no time stated.</param>
/// <param name="ResponseArticle">The article behind <paramref name="ResponseDays"/>.</param>
/// <param name="CommendationProposal">The article making the standing agency propose commendation (Đắk Lắk, Art. 8.4; Sơn La, Art. 11.3).</param>
/// <param name="CommendationDecision">The article by which the head commends or proposes to the competent level (Đắk Lắk, Art. 4.5; Sơn La, Art. 4.4).</param>
/// <param name="Discipline">The article allowing criticism and requests for discipline (Đắk Lắk, Art. 4.5; Sơn La, Art. 4.4); null: the regulation does not say.</param>
public sealed record OversightRules(
    bool Stated,
    ArticleRef? InspectionTeams,
    ArticleRef? PlanDrafting,
    Decider PlanIssuer,
    ArticleRef? PlanIssueArticle,
    MissionDecider MissionDecider,
    ArticleRef? MissionArticle,
    IReadOnlyList<ArticleRef> MembersJoin,
    ArticleRef? SubjectToInspection,
    IReadOnlyList<ArticleRef> ProposalsRaised,
    ProposalDecider Decider,
    ArticleRef? DeciderArticle,
    int? ResponseDays,
    ArticleRef? ResponseArticle,
    ArticleRef? CommendationProposal,
    ArticleRef? CommendationDecision,
    ArticleRef? Discipline)
{
    /// <summary>
    /// What the host assumes when a pack states nothing: the standing agency drafts the plan and the head issues it and
    /// sets up missions; the standing agency answers proposals and the head decides what is put to him; no response
    /// time; the standing agency proposes commendation, criticism or discipline and the head decides.
    /// </summary>
    public static OversightRules Unstated { get; } =
        new(false, null, null, Meetings.Decider.Head, null, MissionDecider.Head, null, [], null, [], ProposalDecider.Head, null, null, null, null, null, null);
}
