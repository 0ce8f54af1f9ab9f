using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Packs.Tests;

/// <summary>The Sdk refuses an inconsistent pack and names every fault; each rule has a control that passes.</summary>
public sealed class SdkRuleTests
{
    /// <summary>The smallest pack the rules accept: a province, a committee, a head, a standing deputy, a general standing agency.</summary>
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

    private static IReadOnlyList<string> Problems(ProvincePackBuilder b) =>
        Assert.Throws<PackDefinitionException>(() => b.Build()).Problems;

    [Fact]
    public void A_minimal_pack_builds()
    {
        var d = Minimal().Build();
        Assert.Equal("thu-nghiem", d.Code.Value);
        Assert.Equal(2, d.Seats.Count);
    }

    [Fact]
    public void A_pack_with_two_heads_is_refused_naming_the_fault()
    {
        var b = Minimal();
        b.Seat("truong-ban-2", SeatRole.Head, "Chủ tịch UBND tỉnh", "4").Of("ubnd-tinh");

        var problem = Assert.Single(Problems(b));
        Assert.Contains("exactly one Head seat (2 stated)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_agency_key_is_reported()
    {
        var b = Minimal();
        b.Seat("thanh-vien", SeatRole.Member, "Giám đốc Sở Y tế", "6").Of("so-y-te");

        var problem = Assert.Single(Problems(b));
        Assert.Contains("'thanh-vien'", problem, StringComparison.Ordinal);
        Assert.Contains("no agency 'so-y-te'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_general_standing_agencies_are_reported()
    {
        var b = Minimal();
        b.Agency("cong-an-tinh", "Công an tỉnh", AgencyKind.Department);
        b.Body("co-quan-thuong-truc-2", BodyKind.StandingAgency, "Công an tỉnh", "8").LedBy("cong-an-tinh").General();

        var problem = Assert.Single(Problems(b));
        Assert.Contains("Exactly one standing agency must be the general one", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_demo_holder_before_the_seat_exists_is_reported()
    {
        var b = Minimal();
        b.Seat("chu-tich-xa", SeatRole.Member, "Chủ tịch UBND các xã, phường", "9.2").From(new DateOnly(2025, 7, 1));
        b.DemoAppointment("chu-tich-xa", "Nguyễn Văn Thử (demo)", new DateOnly(2025, 6, 3), new DecisionRef("1/DEMO", new DateOnly(2025, 6, 3), "demo"));

        var problem = Assert.Single(Problems(b));
        Assert.Contains("seat 'chu-tich-xa' does not exist on 2025-06-03", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_fault_is_reported_at_once()
    {
        var b = Minimal();
        b.Seat("truong-ban-2", SeatRole.Head, "Chủ tịch UBND tỉnh", "4").Of("ubnd-tinh");
        b.Body("tieu-ban", BodyKind.Subcommittee, "Tiểu Ban", "7.1").Serves("khong-co");

        var problems = Problems(b);
        Assert.Contains(problems, p => p.Contains("Head", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no portfolio 'khong-co'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("need a lead agency", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("9.2c", 9, 2, "c", "điểm c khoản 2 Điều 9")]
    [InlineData("7.1đ", 7, 1, "đ", "điểm đ khoản 1 Điều 7")]
    [InlineData("12.4", 12, 4, null, "khoản 4 Điều 12")]
    public void Article_references_read_as_the_regulation_cites_them(string text, int article, int clause, string? point, string formal)
    {
        var reference = ArticleRef.Parse(text);
        Assert.Equal((article, clause, point), (reference.Article, reference.Clause!.Value, reference.Point));
        Assert.Equal(formal, reference.ToFormalVietnamese());
        Assert.Equal(text, reference.ToString());
    }
}
