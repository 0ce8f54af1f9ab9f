using Platform.Sdk.Meetings;
using Platform.Sdk.Oversight;

namespace Platform.Sdk.Building;

/// <summary>
/// States what the regulation says about inspection and supervision, proposals and obstacles, and commendation
/// (Sdk 1.5). Each statement needs the article it comes from: a statement without one (blank or not an article
/// reference) is refused when the pack loads, naming the rule; the host never guesses an article. A point the
/// regulation is silent on is left unstated, and the default of <see cref="OversightRules.Unstated"/> applies.
/// </summary>
public sealed class OversightRulesBuilder
{
    private readonly List<string> _problems = [];
    private readonly List<ArticleRef> _membersJoin = [];
    private readonly List<ArticleRef> _raised = [];
    private ArticleRef? _teams;
    private ArticleRef? _drafting;
    private Decider _planIssuer = Decider.Head;
    private ArticleRef? _planIssue;
    private MissionDecider _missionDecider = MissionDecider.Head;
    private ArticleRef? _mission;
    private ArticleRef? _subject;
    private ProposalDecider _decider = ProposalDecider.Head;
    private ArticleRef? _deciderArticle;
    private int? _responseDays;
    private ArticleRef? _response;
    private ArticleRef? _commendationProposal;
    private ArticleRef? _commendationDecision;
    private ArticleRef? _discipline;

    internal OversightRulesBuilder()
    {
    }

    /// <summary>The regulation lists inspection and supervision teams among the committee's working forms.</summary>
    public OversightRulesBuilder InspectionTeams(string article)
    {
        _teams = Article(article, "đoàn kiểm tra, giám sát là hình thức làm việc", "inspection teams as a working form");
        return this;
    }

    /// <summary>The standing agency drafts the annual inspection and supervision plan.</summary>
    public OversightRulesBuilder PlanDraftedByStandingAgency(string article)
    {
        _drafting = Article(article, "Cơ quan thường trực xây dựng kế hoạch kiểm tra", "the standing agency drafts the inspection plan");
        return this;
    }

    /// <summary>Who issues the annual inspection plan, which takes effect only then: the head or the standing deputy.</summary>
    public OversightRulesBuilder PlanIssuedBy(Decider issuer, string article)
    {
        _planIssue = Article(article, "người ban hành kế hoạch kiểm tra", "who issues the inspection plan");
        _planIssuer = Leader(issuer, "người ban hành kế hoạch kiểm tra", "who issues the inspection plan");
        return this;
    }

    /// <summary>Who sets up inspection missions, planned or ad hoc: the head, or the head and the deputies.</summary>
    public OversightRulesBuilder MissionsSetUpBy(MissionDecider decider, string article)
    {
        _mission = Article(article, "người thành lập đoàn kiểm tra", "who sets up inspection missions");
        _missionDecider = decider;
        return this;
    }

    /// <summary>Members join the missions the head assigns them to; each article is cited on the mission's team.</summary>
    public OversightRulesBuilder MembersJoinMissions(params string[] articles) =>
        Several(articles, _membersJoin, "thành viên tham gia đoàn kiểm tra", "members join missions");

    /// <summary>Agencies, units and localities are subject to the committee's inspection.</summary>
    public OversightRulesBuilder AgenciesSubjectToInspection(string article)
    {
        _subject = Article(article, "cơ quan chịu sự kiểm tra của Ban Chỉ đạo", "agencies are subject to inspection");
        return this;
    }

    /// <summary>Members, bodies and agencies raise proposals and obstacles through the standing agency; cited on the filing form.</summary>
    public OversightRulesBuilder ProposalsRaisedThroughStandingAgency(params string[] articles) =>
        Several(articles, _raised, "kiến nghị, vướng mắc gửi qua Cơ quan thường trực", "proposals raised through the standing agency");

    /// <summary>Who decides a proposal the standing agency puts to the leaders.</summary>
    public OversightRulesBuilder ProposalsDecidedBy(ProposalDecider decider, string article)
    {
        _decider = decider;
        _deciderArticle = Article(article, "người quyết định kiến nghị, vướng mắc", "who decides proposals");
        return this;
    }

    /// <summary>The standing agency answers a proposal within this many working days, as the regulation says.</summary>
    public OversightRulesBuilder ProposalsAnsweredWithin(int workingDays, string article)
    {
        _response = Article(article, "thời hạn trả lời kiến nghị", "the time to answer a proposal");
        if (workingDays is < 1 or > 90)
        {
            _problems.Add($"Giám sát: thời hạn trả lời kiến nghị phải từ 1 đến 90 ngày làm việc (đã khai {workingDays}). / " +
                $"Oversight: the time to answer a proposal must be 1 to 90 working days (stated {workingDays}).");
        }

        _responseDays = workingDays;
        return this;
    }

    /// <summary>The standing agency proposes commendation of agencies and people to the head.</summary>
    public OversightRulesBuilder CommendationProposedByStandingAgency(string article)
    {
        _commendationProposal = Article(article, "Cơ quan thường trực đề nghị khen thưởng", "the standing agency proposes commendation");
        return this;
    }

    /// <summary>The head commends, or proposes commendation to the competent level (the Provincial People's Committee).</summary>
    public OversightRulesBuilder CommendationDecidedByHead(string article)
    {
        _commendationDecision = Article(article, "Trưởng Ban biểu dương, đề nghị khen thưởng", "the head commends or proposes commendation");
        return this;
    }

    /// <summary>Criticism and requests to handle responsibility (discipline) may be proposed, as the regulation says.</summary>
    public OversightRulesBuilder CriticismAndDiscipline(string article)
    {
        _discipline = Article(article, "phê bình, đề nghị xử lý trách nhiệm", "criticism and discipline");
        return this;
    }

    internal IReadOnlyList<string> Problems => _problems;

    internal OversightRules Build() =>
        new(true, _teams, _drafting, _planIssuer, _planIssue, _missionDecider, _mission, _membersJoin.ToArray(), _subject, _raised.ToArray(),
            _decider, _deciderArticle, _responseDays, _response, _commendationProposal, _commendationDecision, _discipline);

    private OversightRulesBuilder Several(string[] articles, List<ArticleRef> into, string ruleVi, string ruleEn)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Length == 0)
        {
            Problem(ruleVi, ruleEn, "");
        }

        foreach (var article in articles)
        {
            if (Article(article, ruleVi, ruleEn) is { } parsed)
            {
                into.Add(parsed);
            }
        }

        return this;
    }

    private Decider Leader(Decider decider, string ruleVi, string ruleEn)
    {
        if (decider is Decider.Head or Decider.StandingDeputy)
        {
            return decider;
        }

        _problems.Add($"Giám sát: quy tắc '{ruleVi}' chỉ nhận Trưởng Ban hoặc Phó Trưởng Ban Thường trực, không phải '{decider}'. / " +
            $"Oversight: the rule '{ruleEn}' takes only the head or the standing deputy, not '{decider}'.");
        return Decider.Head;
    }

    private ArticleRef? Article(string? article, string ruleVi, string ruleEn)
    {
        try
        {
            if (!string.IsNullOrWhiteSpace(article))
            {
                return ArticleRef.Parse(article);
            }
        }
        catch (FormatException)
        {
        }

        Problem(ruleVi, ruleEn, article);
        return null;
    }

    private void Problem(string ruleVi, string ruleEn, string? article) =>
        _problems.Add($"Giám sát: quy tắc '{ruleVi}' phải nêu điều khoản của quy chế (đã khai '{article}'). / " +
            $"Oversight: the rule '{ruleEn}' must cite the regulation's article (stated '{article}').");
}
