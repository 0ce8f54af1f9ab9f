using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Structure;

namespace Platform.Packs.Tests;

/// <summary>What each regulation says about meetings, as the packs state it for the host (Sdk 1.1).</summary>
public sealed class MeetingRegulationTests
{
    private static readonly MeetingRules DakLak = Packs.DakLak.Meetings;
    private static readonly MeetingRules SonLa = Packs.SonLa.Meetings;

    [Fact]
    public void Both_packs_state_their_meeting_rules_and_the_working_forms_of_Art_3()
    {
        Assert.True(DakLak.Stated);
        Assert.True(SonLa.Stated);
        Assert.Equal("3", DakLak.FormsArticle?.ToString());
        Assert.Equal("3", SonLa.FormsArticle?.ToString());
    }

    // Đắk Lắk

    [Fact]
    public void Dak_Lak_the_quarterly_meeting_is_expected_in_the_last_working_week_of_the_quarters_last_month_Art_9_1()
    {
        var quarterly = Assert.Single(DakLak.Regular, r => r.Kind == MeetingKind.Periodic);
        Assert.Equal(PeriodKind.Quarter, quarterly.Period);
        Assert.True(quarterly.Window.LastWorkingWeek);
        Assert.Equal("9.1", quarterly.Article.ToString());
    }

    [Fact]
    public void Dak_Lak_holds_a_six_month_review_and_a_year_end_review_in_the_last_working_week_too_Art_9_1()
    {
        Assert.Equal(
            [(MeetingKind.Periodic, PeriodKind.Quarter), (MeetingKind.SixMonthReview, PeriodKind.HalfYear), (MeetingKind.AnnualReview, PeriodKind.Year)],
            DakLak.Regular.Select(r => (r.Kind, r.Period)));
        Assert.All(DakLak.Regular, r =>
        {
            Assert.True(r.Window.LastWorkingWeek);
            Assert.Equal("9.1", r.Article.ToString());
        });
    }

    [Fact]
    public void Dak_Lak_the_head_approves_absences_and_the_standing_agency_must_be_told_one_day_before_Art_9_3()
    {
        Assert.Equal(Decider.Head, DakLak.Absence.Approver);
        Assert.Equal("9.3", DakLak.Absence.Article.ToString());
        Assert.Equal(TimeSpan.FromDays(1), DakLak.Absence.NoticeBefore);
        Assert.Equal("9.3", DakLak.Absence.NoticeArticle?.ToString());

        var head = Packs.DakLak.Seat("truong-ban");
        Assert.Contains(head.Duties, d => d.Article.ToString() == "9.3" && d.Text.Contains("không tham dự được cuộc họp", StringComparison.Ordinal));
    }

    [Fact]
    public void Dak_Lak_sending_a_deputy_needs_the_heads_approval_before_the_meeting_Art_2_4()
    {
        var substitute = Assert.IsType<SubstituteRule>(DakLak.Substitute);
        Assert.True(substitute.ApprovalBeforeMeeting);
        Assert.False(substitute.WrittenOpinionWhenOpinionsTaken);
        Assert.Equal("2.4", substitute.Article.ToString());
        Assert.Equal(Decider.Head, DakLak.Absence.Approver);

        // Art. 2.4 binds every member: each member's duties carry it, and the rule names no seat.
        var members = Packs.DakLak.Seats.Where(s => s.Role == SeatRole.Member).ToList();
        Assert.NotEmpty(members);
        Assert.All(members, m =>
        {
            Assert.True(substitute.Binds(m.Key), m.Key);
            Assert.Contains(m.Duties, d => d.Article.ToString() == "2.4" && d.Text.Contains("trước khi phân công cho cấp phó", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Dak_Lak_the_head_may_delegate_chairing_to_a_deputy_Art_4_3()
    {
        Assert.Equal([SeatRole.StandingDeputy, SeatRole.Deputy], DakLak.Chair.DelegableTo);
        Assert.Equal("4.3", DakLak.Chair.Article.ToString());
    }

    [Fact]
    public void Dak_Lak_whoever_chairs_decides_who_attends_beyond_the_members_Art_9_2()
    {
        Assert.Equal(new GuestRule(Decider.Chair, ArticleRef.Parse("9.2")), DakLak.Guests);
        Assert.Null(DakLak.Extraordinary);
    }

    [Fact]
    public void Dak_Lak_the_standing_agency_drafts_the_conclusion_notice_Art_8_2_and_it_goes_to_every_member_Art_9_1()
    {
        Assert.Equal(new ConclusionRule(ArticleRef.Parse("8.2"), ArticleRef.Parse("9.1")), DakLak.Conclusions);
    }

    // Sơn La

    [Fact]
    public void Dak_Lak_members_supply_material_for_the_heads_speech_at_extraordinary_and_thematic_meetings_to_the_PPC_Office_Art_13_2()
    {
        var briefing = DakLak.Briefing;

        Assert.NotNull(briefing);
        Assert.Equal([MeetingKind.Extraordinary, MeetingKind.Thematic], briefing.Kinds);
        Assert.Equal(AgencyKind.PpcOffice, Packs.DakLak.FindAgency(briefing.PreparedByAgencyKey)!.Kind);
        Assert.Equal("13.2", briefing.Article.ToString());
        Assert.Null(SonLa.Briefing); // Sơn La's regulation asks nothing of the kind
    }

    [Fact]
    public void Son_La_one_meeting_per_quarter_Art_12_2()
    {
        var quarterly = Assert.Single(SonLa.Regular);
        Assert.Equal(MeetingKind.Periodic, quarterly.Kind);
        Assert.Equal(PeriodKind.Quarter, quarterly.Period);
        Assert.Equal("12.2", quarterly.Article.ToString());
    }

    [Fact]
    public void Son_La_names_no_week_so_days_are_suggested_from_the_21st_after_thematic_reports_reach_DOST_by_the_20th()
    {
        var window = Assert.Single(SonLa.Regular).Window;
        Assert.False(window.LastWorkingWeek);
        Assert.Equal(21, window.FromDayOfLastMonth);
    }

    [Fact]
    public void Son_La_the_meetings_chair_approves_absences_Art_9_2c()
    {
        Assert.Equal(Decider.Chair, SonLa.Absence.Approver);
        Assert.Equal("9.2c", SonLa.Absence.Article.ToString());
        Assert.Null(SonLa.Absence.NoticeBefore);
        Assert.Null(SonLa.Absence.NoticeArticle);
    }

    [Fact]
    public void Son_La_members_under_9_2c_and_9_2d_who_send_a_substitute_give_a_written_opinion_deputy_directors_under_9_2e_are_not_bound()
    {
        var substitute = Assert.IsType<SubstituteRule>(SonLa.Substitute);
        Assert.True(substitute.WrittenOpinionWhenOpinionsTaken);
        Assert.False(substitute.ApprovalBeforeMeeting);
        Assert.Equal("9.2c", substitute.Article.ToString());

        var members = Packs.SonLa.Seats.Where(s => s.Role == SeatRole.Member).ToList();
        Assert.All(members.Where(s => s.Article.ToString() is "9.2c" or "9.2d"), s => Assert.True(substitute.Binds(s.Key), s.Key));
        Assert.All(members.Where(s => s.Article.ToString() is "9.2a" or "9.2b" or "9.2e"), s => Assert.False(substitute.Binds(s.Key), s.Key));
        Assert.Equal(3, Packs.SonLa.Seats.Count(s => s.Article.ToString() == "9.2e"));
    }

    [Fact]
    public void Son_La_the_seats_bound_to_a_written_opinion_are_the_seats_whose_duties_say_so()
    {
        var bound = Packs.SonLa.Seats
            .Where(s => s.Duties.Any(d => d.Text.StartsWith("Trường hợp ủy quyền cho người dự họp thay phải tham gia ý kiến bằng văn bản", StringComparison.Ordinal)))
            .Select(s => s.Key);

        Assert.Equal(bound.Order(StringComparer.Ordinal), SonLa.Substitute!.SeatKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Son_La_the_standing_agency_proposes_extraordinary_meetings_and_only_the_head_invites_non_members_Art_12_3()
    {
        Assert.Equal(new ExtraordinaryRule(true, ArticleRef.Parse("12.3")), SonLa.Extraordinary);
        Assert.Equal(new GuestRule(Decider.Head, ArticleRef.Parse("12.3")), SonLa.Guests);

        var head = Packs.SonLa.Seat("truong-ban");
        Assert.Contains(head.Duties, d => d.Article.ToString() == "12.3" && d.Text.Contains("theo đề xuất của Cơ quan thường trực", StringComparison.Ordinal));
        Assert.Contains(head.Duties, d => d.Article.ToString() == "12.3" && d.Text.Contains("mời đại biểu không thuộc Ban Chỉ đạo 1287", StringComparison.Ordinal));
        var general = Assert.Single(Packs.SonLa.BodiesOf(BodyKind.StandingAgency), b => b.IsGeneral);
        Assert.Contains(general.Duties, d => d.Article.ToString() == "12.3" && d.Text.Contains("đề xuất với Trưởng Ban quyết định họp đột xuất", StringComparison.Ordinal));
    }

    [Fact]
    public void Son_La_the_head_convenes_and_chairs_and_deputies_chair_by_delegation_Art_5_3()
    {
        Assert.Equal([SeatRole.StandingDeputy, SeatRole.Deputy], SonLa.Chair.DelegableTo);
        Assert.Equal("5.3", SonLa.Chair.Article.ToString());
    }

    [Fact]
    public void Son_La_the_standing_agency_drafts_the_conclusion_notice_for_every_member_Art_11_1()
    {
        Assert.Equal(new ConclusionRule(ArticleRef.Parse("11.1"), ArticleRef.Parse("11.1")), SonLa.Conclusions);
    }
}
