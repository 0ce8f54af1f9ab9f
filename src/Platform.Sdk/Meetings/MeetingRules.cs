namespace Platform.Sdk.Meetings;

/// <summary>The kinds of meeting and working session a committee holds (the "working forms" of both regulations' Art. 3).</summary>
public enum MeetingKind
{
    /// <summary>Họp định kỳ: the regular meeting of a period, usually the quarter.</summary>
    Periodic = 0,

    /// <summary>Họp đột xuất: called when needed.</summary>
    Extraordinary = 1,

    /// <summary>Họp sơ kết 6 tháng.</summary>
    SixMonthReview = 2,

    /// <summary>Họp tổng kết năm.</summary>
    AnnualReview = 3,

    /// <summary>Họp chuyên đề: on one theme.</summary>
    Thematic = 4,

    /// <summary>Hội nghị.</summary>
    Conference = 5,

    /// <summary>Hội thảo.</summary>
    Workshop = 6,
}

/// <summary>How a meeting is held.</summary>
public enum MeetingMode
{
    /// <summary>Trực tiếp.</summary>
    InPerson = 0,

    /// <summary>Trực tuyến, with a link.</summary>
    Online = 1,

    /// <summary>Both at once: a room and a link.</summary>
    Hybrid = 2,
}

/// <summary>Who decides a question about a meeting: excusing a member, inviting guests.</summary>
public enum Decider
{
    /// <summary>The committee's head (Trưởng Ban), whoever chairs the meeting.</summary>
    Head = 0,

    /// <summary>Whoever chairs this meeting (người chủ trì cuộc họp).</summary>
    Chair = 1,

    /// <summary>The standing deputy head (Phó Trưởng Ban Thường trực), since Sdk 1.2; for absences only.</summary>
    StandingDeputy = 2,

    /// <summary>The holder of a seat the pack names (<see cref="AbsenceRule.SeatKey"/>), since Sdk 1.2; for absences only.</summary>
    Seat = 3,
}

/// <summary>When in its period a regular meeting is expected; the host suggests working days inside this window.</summary>
/// <param name="LastWorkingWeek">True: the last working week of the period's last month (the working days, inside the month, of the Monday-to-Friday week that holds its last working day; short when the month ends early in a week).</param>
/// <param name="FromDayOfLastMonth">Otherwise: from this day of the period's last month to its end; 1 when the regulation says only "once per period".</param>
public sealed record MeetingWindow(bool LastWorkingWeek, int FromDayOfLastMonth)
{
    /// <summary>The last working week of the period's last month.</summary>
    public static MeetingWindow InLastWorkingWeek { get; } = new(true, 1);

    /// <summary>Any working day of the period's last month from <paramref name="day"/> on.</summary>
    public static MeetingWindow FromDay(int day) => new(false, day);
}

/// <summary>A meeting the regulation expects once in every period.</summary>
/// <param name="Kind">The kind of meeting (periodic, six-month review, annual review).</param>
/// <param name="Period">Once per which period.</param>
/// <param name="Window">When in the period.</param>
/// <param name="Article">The article that says so.</param>
public sealed record RegularMeetingRule(MeetingKind Kind, PeriodKind Period, MeetingWindow Window, ArticleRef Article);

/// <summary>Who chairs: the head convenes and chairs, or delegates to a deputy by an explicit delegation.</summary>
/// <param name="DelegableTo">The roles the head may delegate chairing to.</param>
/// <param name="Article">The articles that say so.</param>
public sealed record ChairRule(IReadOnlyList<Structure.SeatRole> DelegableTo, ArticleRef Article);

/// <summary>How a member is excused from a meeting.</summary>
/// <param name="Approver">Who approves.</param>
/// <param name="Article">The article that names the approver.</param>
/// <param name="NoticeBefore">How long before the meeting's start the standing agency must be told; null when the regulation sets no time.</param>
/// <param name="NoticeArticle">The article that sets the notice, when there is one.</param>
public sealed record AbsenceRule(Decider Approver, ArticleRef Article, TimeSpan? NoticeBefore, ArticleRef? NoticeArticle)
{
    /// <summary>For <see cref="Decider.Seat"/>: the seat whose holder approves (Sdk 1.2); null otherwise.</summary>
    public string? SeatKey { get; init; }
}

/// <summary>What applies when a member sends someone to attend in their place.</summary>
/// <param name="ApprovalBeforeMeeting">The approver must agree before the meeting starts (e.g. Đắk Lắk, Art. 2.4).</param>
/// <param name="WrittenOpinionWhenOpinionsTaken">
/// The member must give a written opinion when the meeting takes opinions on major issues or on draft reports to
/// superiors (e.g. Sơn La, Art. 9.2c–d).
/// </param>
/// <param name="SeatKeys">The seats the rule binds; empty for every seat.</param>
/// <param name="Article">The article that says so.</param>
public sealed record SubstituteRule(bool ApprovalBeforeMeeting, bool WrittenOpinionWhenOpinionsTaken, IReadOnlyList<string> SeatKeys, ArticleRef Article)
{
    /// <summary>True when the rule binds <paramref name="seatKey"/>.</summary>
    public bool Binds(string seatKey) => SeatKeys.Count == 0 || SeatKeys.Contains(seatKey, StringComparer.Ordinal);
}

/// <summary>How an extraordinary meeting comes about.</summary>
/// <param name="ProposedByStandingAgency">The standing agency proposes it and the head decides (e.g. Sơn La, Art. 12.3).</param>
/// <param name="Article">The article that says so.</param>
public sealed record ExtraordinaryRule(bool ProposedByStandingAgency, ArticleRef Article);

/// <summary>Who decides to invite people beyond the members: the chair (Đắk Lắk, Art. 9.2) or only the head (Sơn La, Art. 12.3).</summary>
/// <param name="DecidedBy">Who decides.</param>
/// <param name="Article">The article that says so.</param>
public sealed record GuestRule(Decider DecidedBy, ArticleRef Article);

/// <summary>The conclusion notice: who drafts it, who approves it, who receives it.</summary>
/// <param name="DraftArticle">The article that gives drafting to the standing agency.</param>
/// <param name="RecipientsArticle">The article that says who receives it (every member and related agency).</param>
public sealed record ConclusionRule(ArticleRef DraftArticle, ArticleRef RecipientsArticle);

/// <summary>
/// Members supply information and documents for the head's speech to the agency that prepares it, for the kinds of
/// meeting named (e.g. Đắk Lắk, Art. 13.2: extraordinary and thematic meetings, to the PPC Office).
/// </summary>
/// <param name="Kinds">The kinds of meeting it applies to.</param>
/// <param name="PreparedByAgencyKey">The agency that prepares the head's material and receives what members send.</param>
/// <param name="Article">The article that says so.</param>
public sealed record BriefingRule(IReadOnlyList<MeetingKind> Kinds, string PreparedByAgencyKey, ArticleRef Article);

/// <summary>Everything a province's regulation says about meetings, as the host reads it.</summary>
/// <param name="Stated">False when the pack said nothing about meetings (built against Sdk 1.0); the host then applies defaults and says so.</param>
/// <param name="Regular">Meetings expected once per period.</param>
/// <param name="Chair">Chairing and its delegation.</param>
/// <param name="Absence">Excusing a member.</param>
/// <param name="Substitute">Sending someone in one's place; null when the regulation says nothing.</param>
/// <param name="Extraordinary">Extraordinary meetings; null when the regulation says nothing beyond the head convening.</param>
/// <param name="Guests">Who invites people beyond the members; null when the regulation says nothing (the chair then decides).</param>
/// <param name="Conclusions">The conclusion notice.</param>
/// <param name="FormsArticle">The article that lists the committee's working forms.</param>
public sealed record MeetingRules(
    bool Stated,
    IReadOnlyList<RegularMeetingRule> Regular,
    ChairRule Chair,
    AbsenceRule Absence,
    SubstituteRule? Substitute,
    ExtraordinaryRule? Extraordinary,
    GuestRule? Guests,
    ConclusionRule? Conclusions,
    ArticleRef? FormsArticle)
{
    /// <summary>Material members send for the head's speech (Sdk 1.1); null when the regulation says nothing.</summary>
    public BriefingRule? Briefing { get; init; }

    /// <summary>What the host assumes when a pack states nothing: the head chairs and excuses; no cadence.</summary>
    public static MeetingRules Unstated { get; } = new(
        false, [], new ChairRule([], ArticleRef.Parse("1")), new AbsenceRule(Decider.Head, ArticleRef.Parse("1"), null, null), null, null, null, null, null);
}
