using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Oversight;
using Platform.Sdk.Structure;

namespace Platform.Sdk.Tests;

/// <summary>Sdk 1.5: what a pack states about inspection, proposals and commendation reaches the host with its article; a rule without one is refused.</summary>
public sealed class OversightRulesTests
{
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

    [Fact]
    public void A_pack_that_states_nothing_gets_the_heads_plan_and_decisions_and_no_response_time()
    {
        var rules = Minimal().Build().Oversight;

        Assert.Same(OversightRules.Unstated, rules);
        Assert.False(rules.Stated);
        Assert.Equal(Decider.Head, rules.PlanIssuer);
        Assert.Equal(MissionDecider.Head, rules.MissionDecider);
        Assert.Equal(ProposalDecider.Head, rules.Decider);
        Assert.Null(rules.ResponseDays);
        Assert.Null(rules.PlanIssueArticle);
    }

    [Fact]
    public void What_the_pack_states_reaches_the_host_with_its_articles()
    {
        var b = Minimal();
        b.Oversight().InspectionTeams("3").PlanDraftedByStandingAgency("8.2").PlanIssuedBy(Decider.Head, "4.2")
            .MissionsSetUpBy(MissionDecider.HeadOrDeputies, "6.2").MembersJoinMissions("6.5", "9.1đ")
            .ProposalsRaisedThroughStandingAgency("7.1c", "14.4").ProposalsDecidedBy(ProposalDecider.HeadOrStandingDeputy, "10.2")
            .ProposalsAnsweredWithin(10, "14.4").CommendationProposedByStandingAgency("8.4").CommendationDecidedByHead("4.5").CriticismAndDiscipline("4.5");

        var rules = b.Build().Oversight;

        Assert.True(rules.Stated);
        Assert.Equal("4.2", rules.PlanIssueArticle!.ToString());
        Assert.Equal(MissionDecider.HeadOrDeputies, rules.MissionDecider);
        Assert.Equal(["6.5", "9.1đ"], rules.MembersJoin.Select(a => a.ToString()));
        Assert.Equal(["7.1c", "14.4"], rules.ProposalsRaised.Select(a => a.ToString()));
        Assert.Equal(ProposalDecider.HeadOrStandingDeputy, rules.Decider);
        Assert.Equal(10, rules.ResponseDays);
        Assert.Equal("4.5", rules.Discipline!.ToString());
    }

    [Fact]
    public void A_rule_without_its_article_or_with_an_impossible_value_is_refused_naming_the_rule()
    {
        var b = Minimal();
        b.Oversight().PlanIssuedBy(Decider.Chair, "4.2").ProposalsAnsweredWithin(0, "14.4").CommendationDecidedByHead(" ");

        var ex = Assert.Throws<PackDefinitionException>(() => b.Build());

        Assert.Contains(ex.Problems, p => p.Contains("who issues the inspection plan", StringComparison.Ordinal) && p.Contains("Chair", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains("1 to 90 working days", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains("the head commends or proposes commendation", StringComparison.Ordinal));
    }

    [Fact]
    public void The_host_implements_Sdk_1_5()
    {
        // 1.5 or a later minor version, which only adds (IndicatorTests pins today's).
        Assert.InRange(SdkInfo.Version, new Version(1, 5, 0, 0), new Version(1, 99, 0, 0));
    }
}
