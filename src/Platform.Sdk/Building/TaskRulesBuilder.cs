using Platform.Sdk.Tasks;

namespace Platform.Sdk.Building;

/// <summary>States the articles behind the follow-up of tasks: the annual plan, members' accountability, the standing agency's monitoring.</summary>
public sealed class TaskRulesBuilder
{
    private ArticleRef? _plan;
    private ArticleRef? _accountability;
    private ArticleRef? _monitoring;

    internal TaskRulesBuilder()
    {
    }

    /// <summary>The head approves and issues the annual work programme or plan, which the standing agency drafts.</summary>
    public TaskRulesBuilder PlanIssuedByHead(string article)
    {
        _plan = ArticleRef.Parse(article);
        return this;
    }

    /// <summary>Members answer to the head for the tasks of their sector.</summary>
    public TaskRulesBuilder MembersAnswerForTheirSectors(string article)
    {
        _accountability = ArticleRef.Parse(article);
        return this;
    }

    /// <summary>The standing agency monitors and urges the tasks and reports on them.</summary>
    public TaskRulesBuilder MonitoredByStandingAgency(string article)
    {
        _monitoring = ArticleRef.Parse(article);
        return this;
    }

    internal TaskRules Build() => new(true, _plan, _accountability, _monitoring);
}
