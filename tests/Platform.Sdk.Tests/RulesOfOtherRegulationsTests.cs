using Platform.Sdk;
using Platform.Sdk.Building;
using Platform.Sdk.Meetings;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Sdk.Tests;

/// <summary>
/// Sdk 1.2: rules other regulations have (the Government committee's 96/QĐ-BCĐCP and those modelled on it) — absences
/// excused by the standing deputy or a named seat, monthly regular meetings, working groups and their reports — reach
/// the host as stated, and a wrong statement is refused naming the pack, the rule and the article.
/// </summary>
public sealed class RulesOfOtherRegulationsTests
{
    private static ProvincePackBuilder Minimal()
    {
        var b = new ProvincePackBuilder();
        b.Province("thu-nghiem", "Tỉnh thử nghiệm")
            .Committee(
                "Ban Chỉ đạo thử nghiệm",
                "BCĐ thử nghiệm",
                new DecisionRef("1/QĐ-UBND", new DateOnly(2025, 7, 5), "Thành lập Ban Chỉ đạo"),
                new DecisionRef("2/QĐ-BCĐ", new DateOnly(2025, 7, 5), "Ban hành Quy chế hoạt động"))
            .Portfolio("cds", "Chuyển đổi số")
            .Agency("ubnd-tinh", "UBND tỉnh", AgencyKind.ProvincialPeoplesCommittee)
            .Agency("so-khcn", "Sở Khoa học và Công nghệ", AgencyKind.Department)
            .Agency("so-noi-vu", "Sở Nội vụ", AgencyKind.Department);
        b.Seat("truong-ban", SeatRole.Head, "Chủ tịch UBND tỉnh", "4").Of("ubnd-tinh");
        b.Seat("pho-truong-ban-thuong-truc", SeatRole.StandingDeputy, "Phó Chủ tịch UBND tỉnh", "5").Of("ubnd-tinh");
        b.Seat("giam-doc-so-khcn", SeatRole.Member, "Giám đốc Sở Khoa học và Công nghệ", "6").Of("so-khcn");
        b.Seat("giam-doc-so-noi-vu", SeatRole.Member, "Giám đốc Sở Nội vụ", "6").Of("so-noi-vu");
        b.Body("co-quan-thuong-truc", BodyKind.StandingAgency, "Sở Khoa học và Công nghệ", "8").LedBy("so-khcn").General();
        return b;
    }

    private static BodyBuilder WorkingGroup(ProvincePackBuilder b) =>
        b.Body("to-cong-tac-cds", BodyKind.WorkingGroup, "Tổ công tác chuyển đổi số", "7.1");

    private static IReadOnlyList<string> Problems(ProvincePackBuilder b) =>
        Assert.Throws<PackDefinitionException>(() => b.Build()).Problems;

    [Fact]
    public void The_standing_deputy_can_be_the_one_who_excuses_members()
    {
        var b = Minimal();
        b.Meetings().AbsenceApprovedBy(Decider.StandingDeputy, "9.3");

        var absence = b.Build().Meetings.Absence;

        Assert.Equal(Decider.StandingDeputy, absence.Approver);
        Assert.Equal("9.3", absence.Article.ToString());
        Assert.Null(absence.SeatKey);
    }

    [Fact]
    public void A_named_seat_can_be_the_one_who_excuses_members()
    {
        var b = Minimal();
        b.Meetings().AbsenceApprovedBySeat("giam-doc-so-noi-vu", "9.3");

        var absence = b.Build().Meetings.Absence;

        Assert.Equal(Decider.Seat, absence.Approver);
        Assert.Equal("giam-doc-so-noi-vu", absence.SeatKey);
    }

    [Fact]
    public void A_named_approver_seat_that_does_not_exist_is_refused_naming_the_pack_the_rule_and_the_article()
    {
        var b = Minimal();
        b.Meetings().AbsenceApprovedBySeat("chanh-van-phong", "9.3");

        Assert.Equal(
            "Tỉnh thử nghiệm, quy tắc cho vắng mặt (Điều 9.3): không có vị trí 'chanh-van-phong'. / Tỉnh thử nghiệm, absence rule (Art. 9.3): no seat 'chanh-van-phong'.",
            Assert.Single(Problems(b)));
    }

    [Fact]
    public void Approval_by_a_seat_without_naming_it_is_refused()
    {
        var b = Minimal();
        b.Meetings().AbsenceApprovedBy(Decider.Seat, "9.3");

        Assert.Contains("hãy nêu vị trí quyết định (AbsenceApprovedBySeat)", Assert.Single(Problems(b)), StringComparison.Ordinal);
    }

    [Fact]
    public void Naming_the_approver_again_replaces_the_seat_named_before()
    {
        var b = Minimal();
        b.Meetings().AbsenceApprovedBySeat("giam-doc-so-noi-vu", "9.3").AbsenceApprovedBy(Decider.Head, "9.4");

        var absence = b.Build().Meetings.Absence;

        Assert.Equal(Decider.Head, absence.Approver);
        Assert.Null(absence.SeatKey);
    }

    [Fact]
    public void Guests_are_invited_by_the_head_or_the_chair_only()
    {
        var b = Minimal();
        b.Meetings().GuestsInvitedBy(Decider.StandingDeputy, "12.3");

        Assert.Equal(
            "Tỉnh thử nghiệm, quy tắc mời đại biểu (Điều 12.3): chỉ Trưởng Ban hoặc người chủ trì quyết định mời đại biểu. / Tỉnh thử nghiệm, guest rule (Art. 12.3): only the head or the chair can invite guests.",
            Assert.Single(Problems(b)));
    }

    [Fact]
    public void Regular_meetings_may_be_monthly()
    {
        var b = Minimal();
        b.Meetings().Regular(MeetingKind.Periodic, PeriodKind.Month, MeetingWindow.FromDay(20), "9.1");

        var rule = Assert.Single(b.Build().Meetings.Regular);

        Assert.Equal(PeriodKind.Month, rule.Period);
        Assert.Equal(20, rule.Window.FromDayOfLastMonth);
    }

    [Fact]
    public void A_working_group_has_a_lead_agency_a_leader_seat_members_and_a_portfolio_with_their_articles()
    {
        var b = Minimal();
        WorkingGroup(b).LedBy("so-khcn").LedBySeat("giam-doc-so-khcn", "7.2").Serves("cds").WithMembers("giam-doc-so-khcn", "giam-doc-so-noi-vu");

        var group = Assert.Single(b.Build().BodiesOf(BodyKind.WorkingGroup));

        Assert.Equal("so-khcn", group.LeadAgencyKey);
        Assert.Equal(new BodyLeader("giam-doc-so-khcn", ArticleRef.Parse("7.2")), group.Leader);
        Assert.Equal("cds", group.PortfolioKey);
        Assert.Equal(["giam-doc-so-khcn", "giam-doc-so-noi-vu"], group.MemberSeatKeys);
        Assert.Equal("7.1", group.Article.ToString());
    }

    [Fact]
    public void A_working_group_without_lead_agency_leader_portfolio_or_members_is_refused_for_each()
    {
        var b = Minimal();
        WorkingGroup(b);

        var problems = Problems(b);

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("'to-cong-tac-cds' (Điều 7.1): tổ công tác phải có cơ quan chủ trì.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("tổ công tác phải có tổ trưởng (LedBySeat)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("tổ công tác phải phụ trách một lĩnh vực (Serves)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("tổ công tác phải có thành viên (WithMembers)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_leader_seat_that_does_not_exist_or_on_a_body_other_than_a_working_group_is_refused()
    {
        var unknown = Minimal();
        WorkingGroup(unknown).LedBy("so-khcn").LedBySeat("giam-doc-so-tttt", "7.2").Serves("cds").WithMembers("giam-doc-so-khcn");
        var elsewhere = Minimal();
        elsewhere.Body("tieu-ban", BodyKind.Subcommittee, "Tiểu ban", "7").LedBy("so-khcn").LedBySeat("giam-doc-so-khcn", "7");

        Assert.Equal(
            "'to-cong-tac-cds', tổ trưởng (Điều 7.2): không có vị trí 'giam-doc-so-tttt'. / 'to-cong-tac-cds', leader (Art. 7.2): no seat 'giam-doc-so-tttt'.",
            Assert.Single(Problems(unknown)));
        Assert.Equal(
            "'tieu-ban': chỉ tổ công tác mới có vị trí tổ trưởng. / 'tieu-ban': only a working group has a leader seat.",
            Assert.Single(Problems(elsewhere)));
    }

    [Fact]
    public void Working_groups_report_monthly_to_the_standing_agency()
    {
        var b = Minimal();
        WorkingGroup(b).LedBy("so-khcn").LedBySeat("giam-doc-so-khcn", "7.2").Serves("cds").WithMembers("giam-doc-so-khcn");
        b.Reporting().Stage("to-cong-tac", "Báo cáo của Tổ công tác", "10.1")
            .For(PeriodKind.Month).FromBodiesOf(BodyKind.WorkingGroup).To("co-quan-thuong-truc").NoLaterThan(20);

        var stage = Assert.Single(b.Build().Reporting.Stages);

        Assert.Equal([new Submitter(SubmitterKind.Body, "to-cong-tac-cds")], stage.Submitters);
        Assert.Equal([PeriodKind.Month], stage.Periods);
    }
}
