using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Meetings.Model;
using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Structure;

namespace Platform.Meetings.Rules;

/// <summary>
/// A province's meeting rules as the module applies them. Every refusal and flag names the province and the article
/// it comes from; the core itself knows no province.
/// </summary>
internal sealed class MeetingRulebook(ProvinceDefinition province)
{
    public ProvinceDefinition Province { get; } = province;

    public MeetingRules Rules => Province.Meetings;

    /// <summary>The head's seat key.</summary>
    public string HeadSeatKey => Province.Seats.First(s => s.Role == SeatRole.Head).Key;

    /// <summary>The standing deputy head's seat key.</summary>
    public string StandingDeputySeatKey => Province.Seats.First(s => s.Role == SeatRole.StandingDeputy).Key;

    /// <summary>
    /// The seat whose holder excuses members from <paramref name="meeting"/>: the head's, the chair's or, since Sdk 1.2,
    /// the standing deputy's or a seat the pack names (the Sdk has checked that it exists).
    /// </summary>
    public string ApproverSeatKey(Meeting meeting) => Rules.Absence.Approver switch
    {
        Decider.Head => HeadSeatKey,
        Decider.StandingDeputy => StandingDeputySeatKey,
        Decider.Seat => Rules.Absence.SeatKey!,
        _ => meeting.ChairSeatKey,
    };

    /// <summary>Who excuses members, as the absence pages name them.</summary>
    public Message AbsenceApprover => Rules.Absence.Approver switch
    {
        Decider.Head => new Message("Trưởng Ban", "the head"),
        Decider.StandingDeputy => new Message("Phó Trưởng Ban Thường trực", "the standing deputy head"),
        Decider.Seat => Province.FindSeat(Rules.Absence.SeatKey!) is { } seat ? new Message(seat.Office, seat.Office) : new Message("", ""),
        _ => new Message("người chủ trì cuộc họp", "the meeting's chair"),
    };

    /// <summary>The refusal when someone else tries to decide an absence request.</summary>
    public Message OnlyTheApproverExcuses() => Cite(
        Rules.Absence.Article, $"Chỉ {AbsenceApprover.Vietnamese} đồng ý cho thành viên vắng mặt.", $"Only {AbsenceApprover.English} excuses a member.");

    /// <summary>The seat whose holder may invite guests to <paramref name="meeting"/>.</summary>
    public string GuestDeciderSeatKey(Meeting meeting) => Rules.Guests?.DecidedBy == Decider.Head ? HeadSeatKey : meeting.ChairSeatKey;

    /// <summary>Who may chair: the head, or a holder of a role the head may delegate to, with the delegation's reference.</summary>
    public Message? CheckChair(string chairSeatKey, string? delegation)
    {
        var seat = Province.FindSeat(chairSeatKey);
        if (seat is null)
        {
            return new Message("Không có vị trí chủ trì này trong Ban Chỉ đạo.", "There is no such seat to chair.");
        }

        if (seat.Role == SeatRole.Head)
        {
            return null;
        }

        if (!Rules.Chair.DelegableTo.Contains(seat.Role))
        {
            return Cite(Rules.Chair.Article, "Chỉ Trưởng Ban hoặc Phó Trưởng Ban được Trưởng Ban ủy quyền mới chủ trì cuộc họp.", "Only the head, or a deputy the head delegates to, chairs a meeting.");
        }

        return string.IsNullOrWhiteSpace(delegation)
            ? Cite(Rules.Chair.Article, "Phó Trưởng Ban chủ trì theo ủy quyền của Trưởng Ban: hãy ghi văn bản ủy quyền.", "A deputy chairs by the head's delegation: state the delegation.")
            : null;
    }

    /// <summary>True when an extraordinary meeting starts as a proposal the head must decide.</summary>
    public bool NeedsHeadDecision(MeetingKind kind) => kind == MeetingKind.Extraordinary && Rules.Extraordinary?.ProposedByStandingAgency == true;

    /// <summary>The rule an absence request breaks by coming late, or null when it is on time.</summary>
    public Message? LateRule(DateTimeOffset requestedAt, DateTimeOffset startsAt) =>
        Rules.Absence.NoticeBefore is { } notice && requestedAt > startsAt - notice
            ? Cite(
                Rules.Absence.NoticeArticle ?? Rules.Absence.Article,
                $"Báo vắng muộn: phải thông báo cho Cơ quan thường trực ít nhất {Duration(notice, vietnamese: true)} trước giờ họp.",
                $"Late: the standing agency must be told at least {Duration(notice, vietnamese: false)} before the meeting.")
            : null;

    /// <summary>Why a member may not ask to be excused now, or null.</summary>
    public Message? CheckRequest(Meeting meeting, string seatKey, bool substitute, string? writtenOpinion, DateTimeOffset now)
    {
        if (meeting.Status is MeetingStatus.Cancelled or MeetingStatus.Held || now >= meeting.StartsAt)
        {
            return new Message("Cuộc họp đã bắt đầu hoặc đã kết thúc: không thể xin vắng mặt nữa.", "The meeting has begun or ended: absence can no longer be requested.");
        }

        if (substitute && meeting.TakesOpinions && Rules.Substitute is { WrittenOpinionWhenOpinionsTaken: true } rule && rule.Binds(seatKey)
            && string.IsNullOrWhiteSpace(writtenOpinion))
        {
            return Cite(rule.Article,
                "Cuộc họp lấy ý kiến về vấn đề lớn hoặc dự thảo văn bản báo cáo cấp trên: thành viên cử người dự họp thay phải tham gia ý kiến bằng văn bản.",
                "The meeting takes opinions on major issues or draft reports to superiors: a member who sends a substitute must give a written opinion.");
        }

        return null;
    }

    /// <summary>Why a request may not be approved now, or null.</summary>
    public Message? CheckApproval(Meeting meeting, AbsenceRequest request, DateTimeOffset now)
    {
        if (request.SubstituteName is not null && Rules.Substitute is { ApprovalBeforeMeeting: true } rule && rule.Binds(request.SeatKey) && now >= meeting.StartsAt)
        {
            return Cite(rule.Article,
                "Việc cử cấp phó dự họp thay phải được Trưởng Ban đồng ý trước khi họp; cuộc họp đã bắt đầu.",
                "Sending a deputy needs the head's agreement before the meeting; the meeting has begun.");
        }

        return null;
    }

    /// <summary>Why the register may not record <paramref name="attendance"/> for an invitee, or null.</summary>
    public Message? CheckAttendance(Invitation invitation, Attendance attendance, AbsenceRequest? approved)
    {
        if (invitation.IsGuest || approved is not null)
        {
            return null;
        }

        return attendance switch
        {
            Attendance.Excused => Cite(Rules.Absence.Article,
                $"{invitation.Office}: chưa có đề nghị vắng mặt được chấp thuận; ghi \"vắng không phép\" hoặc chờ quyết định.",
                $"{invitation.Office}: no approved absence request; record \"absent without leave\" or wait for the decision."),
            Attendance.Substitute => Cite(Rules.Substitute?.Article ?? Rules.Absence.Article,
                $"{invitation.Office}: người dự họp thay phải được chấp thuận trước.",
                $"{invitation.Office}: a substitute must be approved first."),
            _ => null,
        };
    }

    /// <summary>
    /// Where the regular meetings are followed from: the day the regulation was issued, or the founding decision's day
    /// when the regulation is undated (Đắk Lắk's is a draft; the committee exists from Decision 903/QĐ-UBND of
    /// 18/04/2025), or two years back when neither is dated. Nothing is expected before it.
    /// </summary>
    public DateOnly FollowedSince(DateOnly today) => Province.Committee.InForceFrom ?? today.AddYears(-2);

    /// <summary>The regular meetings of each period from <paramref name="since"/> to today, newest first, with suggested days for open ones.</summary>
    public IReadOnlyList<RegularMeetingStatus> Regular(IReadOnlyList<RegularMeetingRow> meetings, DateOnly since, DateOnly today, IWorkingCalendar calendar)
    {
        var result = new List<RegularMeetingStatus>();
        foreach (var rule in Rules.Regular)
        {
            // "6 tháng" is the first half only (sơ kết 6 tháng): the second half is the year-end review's, unless the
            // pack states PeriodKind.SecondHalfYear. A period whose window closes before the regulation applies is not expected.
            var periods = Period.Stated(rule.Period, since, today).ToList();

            foreach (var period in periods.TakeLast(6).Reverse())
            {
                var of = meetings.Where(m => m.Kind == rule.Kind && m.PeriodKind == Period.KindOf(rule.Period) && m.Year == period.Year && m.Number == period.Number && m.Status != MeetingStatus.Cancelled)
                    .OrderByDescending(m => m.Status).FirstOrDefault();
                var state = of switch
                {
                    { Status: MeetingStatus.Held } => RegularState.Held,
                    not null when period.End >= today => RegularState.Scheduled,
                    _ when period.End < today => RegularState.Overdue,
                    _ => RegularState.Due,
                };
                var suggested = state == RegularState.Due ? Suggest(rule.Window, period, today, calendar) : [];
                result.Add(new RegularMeetingStatus(rule, period, state, of, suggested));
            }
        }

        return [.. result.OrderByDescending(r => r.Period.End).ThenBy(r => r.Rule.Kind)];
    }

    /// <summary>The working days of the rule's window in <paramref name="period"/>, from today on.</summary>
    public static IReadOnlyList<DateOnly> Suggest(MeetingWindow window, Period period, DateOnly today, IWorkingCalendar calendar)
    {
        var days = window.LastWorkingWeek
            ? calendar.LastWorkingWeek(period.End.Year, period.End.Month)
            : calendar.Between(period.DayOfLastMonth(window.FromDayOfLastMonth), period.End);
        return [.. days.Where(d => d >= today)];
    }

    /// <summary>
    /// Why a request of a holder since replaced no longer applies: being excused is asked by the member who cannot
    /// attend (e.g. Đắk Lắk, Art. 9.3; Sơn La, Art. 9.2c), for themselves, so it does not pass to the seat's next holder.
    /// </summary>
    public Message LapsedRequest(string? previousHolder) => Cite(
        Rules.Absence.Article,
        $"Đề nghị này do người giữ vị trí trước đây ({previousHolder}) gửi; vào ngày họp vị trí do người khác đảm nhiệm. Việc xin vắng mặt là của cá nhân thành viên không dự họp được, nên đề nghị không còn hiệu lực: người giữ vị trí mới dự họp hoặc tự gửi đề nghị vắng mặt.",
        $"This request was made by the seat's previous holder ({previousHolder}); someone else holds the seat on the meeting's day. Being excused is asked by the member who cannot attend, for themselves, so the request no longer applies: the new holder attends or asks to be excused.");

    /// <summary>A message citing this province's regulation.</summary>
    public Message Cite(ArticleRef article, string vietnamese, string english) => Message.Citing(Province.Name, article, vietnamese, english);

    private static string Duration(TimeSpan span, bool vietnamese) => span.TotalDays >= 1 && span.TotalDays == Math.Floor(span.TotalDays)
        ? vietnamese ? $"{span.TotalDays:0} ngày" : $"{span.TotalDays:0} day(s)"
        : vietnamese ? $"{span.TotalHours:0} giờ" : $"{span.TotalHours:0} hour(s)";
}

/// <summary>How a period's regular meeting stands.</summary>
internal enum RegularState
{
    Held = 0,
    Scheduled = 1,
    Due = 2,
    Overdue = 3,
}

/// <summary>A regular meeting as the due list reads it.</summary>
internal sealed record RegularMeetingRow(Guid Id, MeetingKind Kind, PeriodKind? PeriodKind, int? Year, int? Number, MeetingStatus Status, DateTimeOffset StartsAt);

/// <summary>One period's regular meeting: held, scheduled, due (with suggested days) or overdue.</summary>
internal sealed record RegularMeetingStatus(RegularMeetingRule Rule, Period Period, RegularState State, RegularMeetingRow? Meeting, IReadOnlyList<DateOnly> SuggestedDays);
