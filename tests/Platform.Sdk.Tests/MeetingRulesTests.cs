using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Structure;

namespace Platform.Sdk.Tests;

/// <summary>Sdk 1.1: what a pack states about meetings reaches the host as stated, and a wrong statement is refused.</summary>
public sealed class MeetingRulesTests
{
    /// <summary>The smallest pack the rules accept: a province, a committee, a head, a standing deputy, a general standing agency, a member.</summary>
    private static ProvincePackBuilder Minimal()
    {
        var b = new ProvincePackBuilder();
        b.Province("thu-nghiem", "Tỉnh thử nghiệm")
            .Committee(
                "Ban Chỉ đạo thử nghiệm",
                "BCĐ thử nghiệm",
                new DecisionRef("1/QĐ-UBND", new DateOnly(2025, 1, 2), "Thành lập Ban Chỉ đạo"),
                new DecisionRef(null, null, "Ban hành Quy chế hoạt động"))
            .Agency("ubnd-tinh", "UBND tỉnh", AgencyKind.ProvincialPeoplesCommittee)
            .Agency("so-khcn", "Sở Khoa học và Công nghệ", AgencyKind.Department);
        b.Seat("truong-ban", SeatRole.Head, "Chủ tịch UBND tỉnh", "4").Of("ubnd-tinh");
        b.Seat("pho-truong-ban-thuong-truc", SeatRole.StandingDeputy, "Phó Chủ tịch UBND tỉnh", "5").Of("ubnd-tinh");
        b.Seat("giam-doc-so-khcn", SeatRole.Member, "Giám đốc Sở Khoa học và Công nghệ", "6").Of("so-khcn");
        b.Body("co-quan-thuong-truc", BodyKind.StandingAgency, "Sở Khoa học và Công nghệ", "8").LedBy("so-khcn").General();
        return b;
    }

    private static string Problem(ProvincePackBuilder b) =>
        Assert.Single(Assert.Throws<PackDefinitionException>(() => b.Build()).Problems);

    [Fact]
    public void A_pack_built_against_Sdk_1_0_that_never_states_meetings_gets_the_unstated_rules()
    {
        var meetings = Minimal().Build().Meetings;

        Assert.Same(MeetingRules.Unstated, meetings);
        Assert.False(meetings.Stated);
        Assert.Empty(meetings.Regular);
        Assert.Equal(Decider.Head, meetings.Absence.Approver);
        Assert.Null(meetings.Absence.NoticeBefore);
        Assert.Empty(meetings.Chair.DelegableTo);
        Assert.Null(meetings.Substitute);
        Assert.Null(meetings.Extraordinary);
        Assert.Null(meetings.Guests);
        Assert.Null(meetings.Conclusions);
        Assert.Null(meetings.FormsArticle);
    }

    [Fact]
    public void A_pack_that_calls_Meetings_has_stated_its_rules_even_if_it_adds_nothing()
    {
        var b = Minimal();
        b.Meetings();

        var meetings = b.Build().Meetings;

        Assert.True(meetings.Stated);
        Assert.Empty(meetings.Regular);
        Assert.Equal(Decider.Head, meetings.Absence.Approver);
    }

    [Fact]
    public void Every_stated_rule_is_carried_into_the_definition_with_its_article()
    {
        var b = Minimal();
        b.Meetings()
            .FormsIn("3")
            .Regular(MeetingKind.Periodic, PeriodKind.Quarter, MeetingWindow.InLastWorkingWeek, "9.1")
            .Regular(MeetingKind.AnnualReview, PeriodKind.Year, MeetingWindow.FromDay(15), "9.2")
            .ChairDelegableTo("4.3", SeatRole.StandingDeputy, SeatRole.Deputy)
            .AbsenceApprovedBy(Decider.Chair, "9.3")
            .StandingAgencyToldAtLeast(TimeSpan.FromDays(1), "9.4")
            .Substitutes("2.4", approvalBeforeMeeting: true, writtenOpinionWhenOpinionsTaken: true, seatKeys: ["giam-doc-so-khcn"])
            .Extraordinary("12.3", proposedByStandingAgency: true)
            .GuestsInvitedBy(Decider.Head, "12.3")
            .ConclusionNotice(draftArticle: "8.2", recipientsArticle: "11.1");

        var meetings = b.Build().Meetings;

        Assert.True(meetings.Stated);
        Assert.Equal("3", meetings.FormsArticle?.ToString());
        Assert.Collection(
            meetings.Regular,
            r =>
            {
                Assert.Equal((MeetingKind.Periodic, PeriodKind.Quarter, "9.1"), (r.Kind, r.Period, r.Article.ToString()));
                Assert.True(r.Window.LastWorkingWeek);
            },
            r =>
            {
                Assert.Equal((MeetingKind.AnnualReview, PeriodKind.Year, "9.2"), (r.Kind, r.Period, r.Article.ToString()));
                Assert.False(r.Window.LastWorkingWeek);
                Assert.Equal(15, r.Window.FromDayOfLastMonth);
            });
        Assert.Equal([SeatRole.StandingDeputy, SeatRole.Deputy], meetings.Chair.DelegableTo);
        Assert.Equal("4.3", meetings.Chair.Article.ToString());
        Assert.Equal(new AbsenceRule(Decider.Chair, ArticleRef.Parse("9.3"), TimeSpan.FromDays(1), ArticleRef.Parse("9.4")), meetings.Absence);
        var substitute = Assert.IsType<SubstituteRule>(meetings.Substitute);
        Assert.True(substitute.ApprovalBeforeMeeting);
        Assert.True(substitute.WrittenOpinionWhenOpinionsTaken);
        Assert.Equal("2.4", substitute.Article.ToString());
        Assert.True(substitute.Binds("giam-doc-so-khcn"));
        Assert.False(substitute.Binds("truong-ban"));
        Assert.Equal(new ExtraordinaryRule(true, ArticleRef.Parse("12.3")), meetings.Extraordinary);
        Assert.Equal(new GuestRule(Decider.Head, ArticleRef.Parse("12.3")), meetings.Guests);
        Assert.Equal(new ConclusionRule(ArticleRef.Parse("8.2"), ArticleRef.Parse("11.1")), meetings.Conclusions);
    }

    [Fact]
    public void The_absence_approver_and_the_notice_can_be_stated_in_either_order()
    {
        var b = Minimal();
        b.Meetings()
            .StandingAgencyToldAtLeast(TimeSpan.FromHours(12), "9.4")
            .AbsenceApprovedBy(Decider.Chair, "9.3");

        var absence = b.Build().Meetings.Absence;

        Assert.Equal(Decider.Chair, absence.Approver);
        Assert.Equal("9.3", absence.Article.ToString());
        Assert.Equal(TimeSpan.FromHours(12), absence.NoticeBefore);
        Assert.Equal("9.4", absence.NoticeArticle?.ToString());
    }

    [Fact]
    public void Meetings_returns_the_same_builder_so_rules_stated_in_two_places_add_up()
    {
        var b = Minimal();
        Assert.Same(b.Meetings(), b.Meetings());
        b.Meetings().Regular(MeetingKind.Periodic, PeriodKind.Quarter, MeetingWindow.FromDay(21), "12.2");
        b.Meetings().GuestsInvitedBy(Decider.Chair, "9.2");

        var meetings = b.Build().Meetings;

        Assert.Single(meetings.Regular);
        Assert.Equal(Decider.Chair, meetings.Guests?.DecidedBy);
    }

    [Fact]
    public void A_substitute_rule_without_seats_binds_every_seat()
    {
        var b = Minimal();
        b.Meetings().Substitutes("2.4", approvalBeforeMeeting: true);

        var substitute = b.Build().Meetings.Substitute;

        Assert.NotNull(substitute);
        Assert.Empty(substitute.SeatKeys);
        Assert.True(substitute.Binds("giam-doc-so-khcn"));
        Assert.True(substitute.Binds("truong-ban"));
        Assert.False(substitute.WrittenOpinionWhenOpinionsTaken);
    }

    [Fact]
    public void A_substitute_rule_naming_an_unknown_seat_is_refused_in_Vietnamese_and_English()
    {
        var b = Minimal();
        b.Meetings().Substitutes("9.2c", writtenOpinionWhenOpinionsTaken: true, seatKeys: ["giam-doc-so-khcn", "giam-doc-so-y-te"]);

        Assert.Equal("Quy tắc người dự họp thay: không có vị trí 'giam-doc-so-y-te'. / Substitute rule: no seat 'giam-doc-so-y-te'.", Problem(b));
    }

    [Fact]
    public void Material_for_the_heads_speech_goes_to_an_agency_of_the_pack_for_the_kinds_named()
    {
        var b = Minimal();
        b.Meetings().MembersBriefTheHead("ubnd-tinh", "13.2", MeetingKind.Extraordinary, MeetingKind.Thematic);

        var briefing = b.Build().Meetings.Briefing;

        Assert.Equal([MeetingKind.Extraordinary, MeetingKind.Thematic], briefing?.Kinds);
        Assert.Equal("ubnd-tinh", briefing?.PreparedByAgencyKey);
        Assert.Null(Minimal().Build().Meetings.Briefing);
    }

    [Fact]
    public void Material_for_the_head_sent_to_an_unknown_agency_or_for_no_kind_of_meeting_is_refused()
    {
        var unknown = Minimal();
        unknown.Meetings().MembersBriefTheHead("van-phong-ubnd", "13.2", MeetingKind.Extraordinary);
        var none = Minimal();
        none.Meetings().MembersBriefTheHead("ubnd-tinh", "13.2");

        Assert.Equal("Tài liệu phục vụ Trưởng Ban: không có cơ quan 'van-phong-ubnd'. / Briefing rule: no agency 'van-phong-ubnd'.", Problem(unknown));
        Assert.Equal("Tài liệu phục vụ Trưởng Ban: hãy nêu loại cuộc họp áp dụng. / Briefing rule: name the kinds of meeting it applies to.", Problem(none));
    }

    [Fact]
    public void A_regular_meeting_stated_twice_is_refused()
    {
        var b = Minimal();
        b.Meetings()
            .Regular(MeetingKind.Periodic, PeriodKind.Quarter, MeetingWindow.InLastWorkingWeek, "9.1")
            .Regular(MeetingKind.Periodic, PeriodKind.Quarter, MeetingWindow.FromDay(21), "12.2");

        Assert.Equal("Cuộc họp Periodic được khai báo định kỳ hai lần. / The regular meeting Periodic is stated twice.", Problem(b));
    }

    [Fact]
    public void Different_regular_meetings_may_share_a_period()
    {
        var b = Minimal();
        b.Meetings()
            .Regular(MeetingKind.Periodic, PeriodKind.Quarter, MeetingWindow.InLastWorkingWeek, "9.1")
            .Regular(MeetingKind.SixMonthReview, PeriodKind.HalfYear, MeetingWindow.InLastWorkingWeek, "9.1")
            .Regular(MeetingKind.AnnualReview, PeriodKind.Year, MeetingWindow.InLastWorkingWeek, "9.1");

        Assert.Equal(3, b.Build().Meetings.Regular.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(29)]
    [InlineData(31)]
    public void A_window_starting_outside_days_1_to_28_is_refused(int day)
    {
        var b = Minimal();
        b.Meetings().Regular(MeetingKind.Periodic, PeriodKind.Quarter, MeetingWindow.FromDay(day), "12.2");

        Assert.Equal(
            "Cuộc họp Periodic: ngày bắt đầu khoảng đề xuất phải từ 1 đến 28. / Meeting Periodic: the window must start on day 1 to 28.",
            Problem(b));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(21)]
    [InlineData(28)]
    public void A_window_starting_on_days_1_to_28_is_accepted(int day)
    {
        var b = Minimal();
        b.Meetings().Regular(MeetingKind.Periodic, PeriodKind.Quarter, MeetingWindow.FromDay(day), "12.2");

        Assert.Equal(day, Assert.Single(b.Build().Meetings.Regular).Window.FromDayOfLastMonth);
    }

    [Theory]
    [InlineData(SeatRole.Head)]
    [InlineData(SeatRole.Member)]
    public void The_head_may_not_delegate_chairing_to_the_head_or_a_member(SeatRole role)
    {
        var b = Minimal();
        b.Meetings().ChairDelegableTo("4.3", SeatRole.StandingDeputy, role);

        Assert.Equal("Trưởng Ban chỉ có thể ủy quyền chủ trì cho Phó Trưởng Ban. / The head can delegate chairing to deputies only.", Problem(b));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(31 * 24)]
    public void An_absence_notice_outside_0_to_30_days_is_refused(int hours)
    {
        var b = Minimal();
        b.Meetings().StandingAgencyToldAtLeast(TimeSpan.FromHours(hours), "9.3");

        Assert.Equal("Thời hạn báo vắng phải từ 0 đến 30 ngày. / The absence notice must be between 0 and 30 days.", Problem(b));
    }

    [Fact]
    public void Every_meeting_fault_is_reported_at_once_with_the_rest_of_the_pack()
    {
        var b = Minimal();
        b.Seat("truong-ban-2", SeatRole.Head, "Chủ tịch UBND tỉnh", "4").Of("ubnd-tinh");
        b.Meetings()
            .Regular(MeetingKind.Periodic, PeriodKind.Quarter, MeetingWindow.FromDay(30), "9.1")
            .Regular(MeetingKind.Periodic, PeriodKind.Quarter, MeetingWindow.FromDay(1), "9.1")
            .ChairDelegableTo("4.3", SeatRole.Member)
            .Substitutes("2.4", seatKeys: ["khong-co"]);

        var problems = Assert.Throws<PackDefinitionException>(() => b.Build()).Problems;

        Assert.Equal(5, problems.Count);
        Assert.Contains(problems, p => p.Contains("exactly one Head seat", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("stated twice", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("day 1 to 28", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("deputies only", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no seat 'khong-co'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_malformed_article_in_a_meeting_rule_is_refused_where_it_is_stated()
    {
        var meetings = Minimal().Meetings();

        Assert.Throws<FormatException>(() => meetings.AbsenceApprovedBy(Decider.Head, "Điều 9.3"));
    }
}
