using Platform.Sdk.Structure;

namespace Platform.Sdk.Tests;

/// <summary>
/// Sdk 1.6: a pack states which index the province measures its own agencies and localities on (Sơn La, Art. 8.2:
/// the DTI); the article reaches the host on the index, and naming an index the pack does not declare is refused when
/// the pack loads, naming the rule and the article.
/// </summary>
public sealed class UnitRankingTests
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
        b.Body("co-quan-thuong-truc", BodyKind.StandingAgency, "Sở Khoa học và Công nghệ", "8").LedBy("so-khcn").General();
        b.Index("dti", "Chỉ số Chuyển đổi số", "so-khcn", "8.2", "DTI").Index("pci", "Chỉ số năng lực cạnh tranh cấp tỉnh", "so-khcn", "9.2b", "PCI");
        return b;
    }

    [Fact]
    public void The_unit_ranking_reaches_the_host_on_its_index_with_its_article_and_others_have_none()
    {
        var b = Minimal();
        b.UnitRanking("dti", "8.2");

        var indices = b.Build().Indices;

        Assert.Equal("8.2", indices.Single(i => i.Key == "dti").UnitsArticle!.ToString());
        Assert.Null(indices.Single(i => i.Key == "pci").UnitsArticle);
    }

    [Fact]
    public void The_host_implements_Sdk_1_6()
    {
        Assert.Equal(new Version(1, 6, 0, 0), SdkInfo.Version);
    }

    [Fact]
    public void A_pack_that_states_no_unit_ranking_has_none()
    {
        Assert.All(Minimal().Build().Indices, i => Assert.Null(i.UnitsArticle));
    }

    [Fact]
    public void A_unit_ranking_on_an_undeclared_index_is_refused_naming_the_rule_and_article()
    {
        var b = Minimal();
        b.UnitRanking("papi", "8.3");

        var problem = Assert.Single(Assert.Throws<PackDefinitionException>(() => b.Build()).Problems);

        Assert.Contains("Xếp hạng đơn vị theo chỉ số (Điều 8.3)", problem, StringComparison.Ordinal);
        Assert.Contains("'papi'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_ranking_stated_twice_for_one_index_is_refused()
    {
        var b = Minimal();
        b.UnitRanking("dti", "8.2").UnitRanking("dti", "8.3");

        Assert.Contains("'dti'", Assert.Single(Assert.Throws<PackDefinitionException>(() => b.Build()).Problems), StringComparison.Ordinal);
    }
}
