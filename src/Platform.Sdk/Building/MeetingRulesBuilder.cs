using Platform.Sdk.Meetings;
using Platform.Sdk.Structure;

namespace Platform.Sdk.Building;

/// <summary>
/// States what the regulation says about meetings: the expected cadence, chairing, excusing members, substitutes,
/// extraordinary meetings and the conclusion notice. Each statement carries the article it comes from.
/// </summary>
public sealed class MeetingRulesBuilder
{
    private readonly List<RegularMeetingRule> _regular = [];
    private ChairRule _chair = MeetingRules.Unstated.Chair;
    private AbsenceRule _absence = MeetingRules.Unstated.Absence;
    private SubstituteRule? _substitute;
    private ExtraordinaryRule? _extraordinary;
    private GuestRule? _guests;
    private ConclusionRule? _conclusions;
    private BriefingRule? _briefing;
    private ArticleRef? _forms;

    internal MeetingRulesBuilder()
    {
    }

    /// <summary>The article that lists the committee's working forms (meetings, conferences, written opinions…).</summary>
    public MeetingRulesBuilder FormsIn(string article)
    {
        _forms = ArticleRef.Parse(article);
        return this;
    }

    /// <summary>A meeting expected once in every <paramref name="period"/>, inside <paramref name="window"/>.</summary>
    public MeetingRulesBuilder Regular(MeetingKind kind, PeriodKind period, MeetingWindow window, string article)
    {
        ArgumentNullException.ThrowIfNull(window);
        _regular.Add(new RegularMeetingRule(kind, period, window, ArticleRef.Parse(article)));
        return this;
    }

    /// <summary>The head convenes and chairs and may delegate chairing to holders of these roles.</summary>
    public MeetingRulesBuilder ChairDelegableTo(string article, params SeatRole[] roles)
    {
        _chair = new ChairRule(roles, ArticleRef.Parse(article));
        return this;
    }

    /// <summary>
    /// Who excuses a member from a meeting: the head, the meeting's chair or (Sdk 1.2) the standing deputy. For a
    /// named seat use <see cref="AbsenceApprovedBySeat"/>.
    /// </summary>
    public MeetingRulesBuilder AbsenceApprovedBy(Decider approver, string article)
    {
        _absence = _absence with { Approver = approver, Article = ArticleRef.Parse(article), SeatKey = null };
        return this;
    }

    /// <summary>The holder of this seat excuses members from every meeting (Sdk 1.2); the seat must exist.</summary>
    public MeetingRulesBuilder AbsenceApprovedBySeat(string seatKey, string article)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(seatKey);
        _absence = _absence with { Approver = Decider.Seat, Article = ArticleRef.Parse(article), SeatKey = seatKey };
        return this;
    }

    /// <summary>The standing agency must be told of an absence at least this long before the meeting starts.</summary>
    public MeetingRulesBuilder StandingAgencyToldAtLeast(TimeSpan before, string article)
    {
        _absence = _absence with { NoticeBefore = before, NoticeArticle = ArticleRef.Parse(article) };
        return this;
    }

    /// <summary>What applies when a member sends someone in their place.</summary>
    /// <param name="article">The article that says so.</param>
    /// <param name="approvalBeforeMeeting">The approver must agree before the meeting starts.</param>
    /// <param name="writtenOpinionWhenOpinionsTaken">The member must give a written opinion when the meeting takes opinions.</param>
    /// <param name="seatKeys">The seats the rule binds; none for every seat.</param>
    public MeetingRulesBuilder Substitutes(string article, bool approvalBeforeMeeting = false, bool writtenOpinionWhenOpinionsTaken = false, params string[] seatKeys)
    {
        _substitute = new SubstituteRule(approvalBeforeMeeting, writtenOpinionWhenOpinionsTaken, seatKeys, ArticleRef.Parse(article));
        return this;
    }

    /// <summary>How extraordinary meetings come about: proposed by the standing agency and decided by the head, or convened directly.</summary>
    public MeetingRulesBuilder Extraordinary(string article, bool proposedByStandingAgency)
    {
        _extraordinary = new ExtraordinaryRule(proposedByStandingAgency, ArticleRef.Parse(article));
        return this;
    }

    /// <summary>Who decides to invite people who are not members.</summary>
    public MeetingRulesBuilder GuestsInvitedBy(Decider decider, string article)
    {
        _guests = new GuestRule(decider, ArticleRef.Parse(article));
        return this;
    }

    /// <summary>The standing agency drafts the conclusion notice; it goes to every member and related agency.</summary>
    public MeetingRulesBuilder ConclusionNotice(string draftArticle, string recipientsArticle)
    {
        _conclusions = new ConclusionRule(ArticleRef.Parse(draftArticle), ArticleRef.Parse(recipientsArticle));
        return this;
    }

    /// <summary>
    /// For the kinds of meeting named, members send information and documents for the head's speech to the agency
    /// that prepares it (e.g. Đắk Lắk, Art. 13.2: to the PPC Office, for extraordinary and thematic meetings).
    /// </summary>
    public MeetingRulesBuilder MembersBriefTheHead(string preparedByAgency, string article, params MeetingKind[] kinds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(preparedByAgency);
        _briefing = new BriefingRule(kinds, preparedByAgency, ArticleRef.Parse(article));
        return this;
    }

    internal MeetingRules Build() =>
        new(true, _regular.ToArray(), _chair, _absence, _substitute, _extraordinary, _guests, _conclusions, _forms) { Briefing = _briefing };
}
