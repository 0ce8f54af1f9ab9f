using Platform.Sdk.Consultations;
using Platform.Sdk.Meetings;

namespace Platform.Sdk.Building;

/// <summary>
/// States what the regulation says about consultations between meetings (Sdk 1.4). Each statement needs the article it
/// comes from: a statement without one (blank or not an article reference) is refused when the pack loads, naming the
/// rule; the host never guesses an article. A regulation that is silent on a point is left unstated, and the default
/// of <see cref="ConsultationRules.Unstated"/> applies.
/// </summary>
public sealed class ConsultationRulesBuilder
{
    private readonly List<string> _problems = [];
    private readonly List<ArticleRef> _members = [];
    private ArticleRef? _written;
    private ArticleRef? _urgent;
    private ConsultationLauncher _launcher = ConsultationLauncher.StandingAgency;
    private ArticleRef? _launchArticle;
    private Decider _approver = Decider.Head;
    private ArticleRef? _approvalArticle;
    private SilenceMeans _silence = SilenceMeans.NoOpinion;
    private ArticleRef? _silenceArticle;

    internal ConsultationRulesBuilder()
    {
    }

    /// <summary>The regulation lists written opinions (cho ý kiến bằng văn bản) among the committee's working forms.</summary>
    public ConsultationRulesBuilder WrittenOpinions(string article)
    {
        _written = Article(article, "cho ý kiến bằng văn bản", "written opinions");
        return this;
    }

    /// <summary>Urgent matters may be put to members through digital platforms without waiting for a meeting.</summary>
    public ConsultationRulesBuilder UrgentThroughDigitalPlatforms(string article)
    {
        _urgent = Article(article, "lấy ý kiến qua nền tảng số khi cấp bách", "urgent opinions through digital platforms");
        return this;
    }

    /// <summary>Members answer for giving their opinions; each article is cited on the answer form.</summary>
    public ConsultationRulesBuilder MembersGiveOpinions(params string[] articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Length == 0)
        {
            Problem("trách nhiệm cho ý kiến của thành viên", "members' duty to give opinions", "");
        }

        foreach (var article in articles)
        {
            if (Article(article, "trách nhiệm cho ý kiến của thành viên", "members' duty to give opinions") is { } parsed)
            {
                _members.Add(parsed);
            }
        }

        return this;
    }

    /// <summary>Who launches a consultation, when the regulation says.</summary>
    public ConsultationRulesBuilder LaunchedBy(ConsultationLauncher launcher, string article)
    {
        _launcher = launcher;
        _launchArticle = Article(article, "người phát hành lấy ý kiến", "who launches a consultation");
        return this;
    }

    /// <summary>Who approves the launch: the head or, by delegation, the standing deputy.</summary>
    public ConsultationRulesBuilder LaunchApprovedBy(Decider approver, string article)
    {
        _approvalArticle = Article(article, "người duyệt lấy ý kiến", "who approves a consultation");
        if (approver is not (Decider.Head or Decider.StandingDeputy))
        {
            _problems.Add($"Lấy ý kiến: chỉ Trưởng Ban hoặc Phó Trưởng Ban Thường trực duyệt việc lấy ý kiến, không phải '{approver}'. / " +
                $"Consultations: only the head or the standing deputy approves a launch, not '{approver}'.");
        }

        _approver = approver;
        return this;
    }

    /// <summary>No answer by the deadline counts as agreement, as the regulation says.</summary>
    public ConsultationRulesBuilder SilenceCountsAsAgreement(string article)
    {
        _silence = SilenceMeans.Agreement;
        _silenceArticle = Article(article, "quá hạn không trả lời được coi là đồng ý", "silence counts as agreement");
        return this;
    }

    internal IReadOnlyList<string> Problems => _problems;

    internal ConsultationRules Build() =>
        new(true, _written, _urgent, _members.ToArray(), _launcher, _launchArticle, _approver, _approvalArticle, _silence, _silenceArticle);

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
        _problems.Add($"Lấy ý kiến: quy tắc '{ruleVi}' phải nêu điều khoản của quy chế (đã khai '{article}'). / " +
            $"Consultations: the rule '{ruleEn}' must cite the regulation's article (stated '{article}').");
}
