using Platform.Sdk;
using Platform.Sdk.Consultations;
using Platform.Sdk.Meetings;
using Platform.Sdk.Structure;

namespace Platform.Sdk.Tests;

/// <summary>Sdk 1.4: what a pack states about consultations between meetings reaches the host with its article; a rule without one is refused.</summary>
public sealed class ConsultationRulesTests
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
    public void A_pack_that_states_nothing_gets_the_heads_approval_and_silence_as_no_opinion()
    {
        var rules = Minimal().Build().Consultations;

        Assert.Same(ConsultationRules.Unstated, rules);
        Assert.Equal(ConsultationLauncher.StandingAgency, rules.Launcher);
        Assert.Equal(Decider.Head, rules.Approver);
        Assert.Equal(SilenceMeans.NoOpinion, rules.Silence);
        Assert.Null(rules.SilenceArticle);
        Assert.Null(rules.Urgent);
    }

    [Fact]
    public void Silence_counts_as_agreement_only_where_the_pack_says_so_with_its_article()
    {
        var b = Minimal();
        b.Consultations().WrittenOpinions("3").SilenceCountsAsAgreement("12.4").LaunchApprovedBy(Decider.StandingDeputy, "6.2");

        var rules = b.Build().Consultations;

        Assert.Equal(SilenceMeans.Agreement, rules.Silence);
        Assert.Equal("12.4", rules.SilenceArticle!.ToString());
        Assert.Equal(Decider.StandingDeputy, rules.Approver);
        Assert.Equal("6.2", rules.ApprovalArticle!.ToString());
        Assert.Equal("3", rules.WrittenOpinions!.ToString());

        var silent = Minimal();
        silent.Consultations().WrittenOpinions("3");
        Assert.Equal(SilenceMeans.NoOpinion, silent.Build().Consultations.Silence);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("Điều 3")]
    public void A_silence_rule_stated_without_an_article_is_refused_at_load_naming_the_rule(string article)
    {
        var b = Minimal();
        b.Consultations().SilenceCountsAsAgreement(article);

        var problem = Assert.Single(Assert.Throws<PackDefinitionException>(() => b.Build()).Problems);

        Assert.Contains("quá hạn không trả lời được coi là đồng ý", problem, StringComparison.Ordinal);
        Assert.Contains("silence counts as agreement", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_consultation_rule_without_an_article_is_refused_each_by_name()
    {
        var b = Minimal();
        b.Consultations().WrittenOpinions("").UrgentThroughDigitalPlatforms("").MembersGiveOpinions("9.1b", "").LaunchedBy(ConsultationLauncher.Leaders, "").LaunchApprovedBy(Decider.Head, "");

        var problems = Assert.Throws<PackDefinitionException>(() => b.Build()).Problems;

        Assert.Equal(5, problems.Count);
        Assert.Contains(problems, p => p.Contains("written opinions", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("urgent opinions through digital platforms", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("members' duty to give opinions", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("who launches a consultation", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("who approves a consultation", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_head_or_the_standing_deputy_approves_a_consultation()
    {
        var b = Minimal();
        b.Consultations().LaunchApprovedBy(Decider.Chair, "5");

        var problem = Assert.Single(Assert.Throws<PackDefinitionException>(() => b.Build()).Problems);

        Assert.Contains("only the head or the standing deputy approves", problem, StringComparison.Ordinal);
    }
}
