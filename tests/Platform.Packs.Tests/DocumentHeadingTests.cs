using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Packs.Tests;

/// <summary>
/// Sdk 1.4: each pack states its official documents' heading as its regulation's own decision prints it, and a heading
/// the Sdk cannot use is refused at load naming the rule (Decree 30/2020/NĐ-CP, Appendix I).
/// </summary>
public sealed class DocumentHeadingTests
{
    [Theory]
    [InlineData("son-la", "UBND TỈNH SƠN LA", "BAN CHỈ ĐẠO 1287", "Sơn La")]
    [InlineData("dak-lak", "UBND TỈNH ĐẮK LẮK", "BAN CHỈ ĐẠO VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06", "Đắk Lắk")]
    public void Each_pack_heads_its_documents_as_its_regulations_decision_does(string code, string governing, string issuing, string place)
    {
        var documents = Packs.ByCode(code).Documents;

        Assert.True(documents.IsStated);
        Assert.Equal(governing, documents.GoverningBody);
        Assert.Equal(issuing, documents.IssuingBody);
        Assert.Equal("BCĐ", documents.Symbol);
        Assert.Equal(place, documents.Place);
    }

    [Theory]
    [InlineData("son-la", "2.3")]
    [InlineData("dak-lak", "10.1")]
    public void The_head_signs_under_the_seal_the_regulation_names(string code, string article)
    {
        var head = Packs.ByCode(code).Seats.Single(s => s.Role == SeatRole.Head);

        Assert.Equal("ubnd-tinh", head.Seal?.AgencyKey);
        Assert.Equal(article, head.Seal?.Article.ToString());
    }

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
        return b;
    }

    [Fact]
    public void A_pack_that_states_no_heading_loads_and_offers_no_official_document()
    {
        Assert.False(Minimal().Build().Documents.IsStated);
    }

    [Fact]
    public void A_well_formed_heading_is_accepted()
    {
        var b = Minimal();
        b.Documents().GoverningBody("UBND TỈNH THỬ NGHIỆM").IssuingBody("BAN CHỈ ĐẠO THỬ NGHIỆM").Symbol("BCĐ").Place("Thử Nghiệm");

        Assert.Equal("BCĐ", b.Build().Documents.Symbol);
    }

    [Theory]
    [InlineData("TB-BCĐ")]
    [InlineData("BCĐ/UBND")]
    [InlineData("bcđ")]
    [InlineData("")]
    public void A_symbol_that_is_not_a_plain_abbreviation_is_refused_naming_the_rule(string symbol)
    {
        var b = Minimal();
        b.Documents().GoverningBody("UBND TỈNH THỬ NGHIỆM").IssuingBody("BAN CHỈ ĐẠO THỬ NGHIỆM").Symbol(symbol).Place("Thử Nghiệm");

        var problem = Assert.Single(Assert.Throws<PackDefinitionException>(() => b.Build()).Problems);
        Assert.Contains("Decree 30/2020/NĐ-CP", problem, StringComparison.Ordinal);
        Assert.Contains($"symbol '{symbol}'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_without_a_place_or_in_lower_case_is_refused()
    {
        var b = Minimal();
        b.Documents().GoverningBody("UBND tỉnh Thử Nghiệm").IssuingBody("BAN CHỈ ĐẠO THỬ NGHIỆM").Symbol("BCĐ");

        var problems = Assert.Throws<PackDefinitionException>(() => b.Build()).Problems;
        Assert.Contains(problems, p => p.Contains("the place are all needed", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("written in capitals", StringComparison.Ordinal));
    }
}
