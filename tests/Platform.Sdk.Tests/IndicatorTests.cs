using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Sdk.Tests;

/// <summary>
/// Sdk 1.6: an indicator that is not a published index is reported by its owning agency in a report it already submits;
/// a pack that states one the chain cannot carry is refused at load, naming the province, the indicator and its article.
/// </summary>
public sealed class IndicatorTests
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
            .Agency("cong-an-tinh", "Công an tỉnh", AgencyKind.Department)
            .Agency("van-phong-ubnd", "Văn phòng UBND tỉnh", AgencyKind.PpcOffice)
            .Agency("so-khcn", "Sở Khoa học và Công nghệ", AgencyKind.Department);
        b.Seat("truong-ban", SeatRole.Head, "Chủ tịch UBND tỉnh", "4").Of("ubnd-tinh");
        b.Seat("pho-truong-ban-thuong-truc", SeatRole.StandingDeputy, "Phó Chủ tịch UBND tỉnh", "5").Of("ubnd-tinh");
        b.Seat("chanh-van-phong", SeatRole.Member, "Chánh Văn phòng UBND tỉnh", "9.2a").Of("van-phong-ubnd");
        b.Body("co-quan-thuong-truc", BodyKind.StandingAgency, "Sở Khoa học và Công nghệ", "8").LedBy("so-khcn").General();
        b.Body("thuong-truc-06", BodyKind.StandingAgency, "Công an tỉnh", "8.1").LedBy("cong-an-tinh");
        var chain = b.Reporting();
        chain.Stage("thanh-vien", "Báo cáo của thành viên", "12.4").FromEveryMember().To("co-quan-thuong-truc").Before(10);
        chain.Stage("chuyen-de", "Báo cáo chuyên đề", "12.5").FromBodies("thuong-truc-06").To("co-quan-thuong-truc").NoLaterThan(20);
        return b;
    }

    private static string Problem(ProvincePackBuilder b) =>
        Assert.Single(Assert.Throws<PackDefinitionException>(() => b.Build()).Problems);

    [Fact]
    public void The_police_report_e_identity_activations_in_their_thematic_report_and_the_host_reads_it_as_stated()
    {
        var definition = Minimal()
            .Indicator("kich-hoat", "Số tài khoản định danh điện tử đã kích hoạt", IndicatorUnit.Count, "cong-an-tinh", "8.1", reportedIn: "chuyen-de", unitName: "tài khoản")
            .Indicator("truc-tuyen", "Tỷ lệ hồ sơ trực tuyến", IndicatorUnit.Percent, "van-phong-ubnd", "9.2a", reportedIn: "thanh-vien")
            .Build();

        var indicator = Assert.Single(definition.IndicatorsReportedBy("chuyen-de", new Submitter(SubmitterKind.Body, "thuong-truc-06")));
        Assert.Equal(("kich-hoat", IndicatorUnit.Count, "tài khoản", "8.1"), (indicator.Key, indicator.Unit, indicator.UnitName, indicator.Article.ToString()));
        Assert.Equal("truc-tuyen", Assert.Single(definition.IndicatorsReportedBy("thanh-vien", new Submitter(SubmitterKind.Seat, "chanh-van-phong"))).Key);
        // The same agency's report at another stage, and another agency's report at this stage, carry nothing.
        Assert.Empty(definition.IndicatorsReportedBy("thanh-vien", new Submitter(SubmitterKind.Body, "thuong-truc-06")));
        Assert.Empty(definition.IndicatorsReportedBy("chuyen-de", new Submitter(SubmitterKind.Seat, "chanh-van-phong")));
    }

    [Fact]
    public void A_pack_built_without_indicators_states_none()
    {
        Assert.Empty(Minimal().Build().Indicators);
    }

    [Fact]
    public void An_indicator_of_an_agency_that_does_not_exist_is_refused_naming_the_province_the_indicator_and_its_article()
    {
        var problem = Problem(Minimal().Indicator("kich-hoat", "Số tài khoản đã kích hoạt", IndicatorUnit.Count, "cong-an", "8.1", reportedIn: "chuyen-de"));

        Assert.Contains("Tỉnh thử nghiệm, chỉ tiêu 'kich-hoat' (Điều 8.1): không có cơ quan 'cong-an'", problem, StringComparison.Ordinal);
        Assert.Contains("indicator 'kich-hoat' (Art. 8.1): no agency 'cong-an'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indicator_reported_in_a_stage_the_chain_does_not_have_is_refused()
    {
        var problem = Problem(Minimal().Indicator("kich-hoat", "Số tài khoản đã kích hoạt", IndicatorUnit.Count, "cong-an-tinh", "8.1", reportedIn: "hang-thang"));

        Assert.Contains("Tỉnh thử nghiệm, chỉ tiêu 'kich-hoat' (Điều 8.1): không có bước báo cáo 'hang-thang'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indicator_its_agency_does_not_report_at_that_stage_is_refused_citing_the_stage()
    {
        // The Police submit the thematic report, not a member's report: no member seat is theirs.
        var problem = Problem(Minimal().Indicator("kich-hoat", "Số tài khoản đã kích hoạt", IndicatorUnit.Count, "cong-an-tinh", "8.1", reportedIn: "thanh-vien"));

        Assert.Contains("chỉ tiêu 'kich-hoat' (Điều 8.1): cơ quan 'cong-an-tinh' không gửi báo cáo ở bước 'thanh-vien' (Điều 12.4)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indicator_key_stated_twice_is_refused()
    {
        var problem = Problem(Minimal()
            .Indicator("ty-le", "Tỷ lệ A", IndicatorUnit.Percent, "van-phong-ubnd", "9.2a", reportedIn: "thanh-vien")
            .Indicator("ty-le", "Tỷ lệ B", IndicatorUnit.Percent, "van-phong-ubnd", "9.2a", reportedIn: "thanh-vien"));

        Assert.Contains("Tỉnh thử nghiệm: khóa chỉ tiêu 'ty-le' bị trùng", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_an_indicator_of_another_unit_states_a_maximum()
    {
        var problem = Problem(Minimal().Indicator("ty-le", "Tỷ lệ", IndicatorUnit.Percent, "van-phong-ubnd", "9.2a", reportedIn: "thanh-vien", max: 50));

        Assert.Contains("chỉ tiêu 'ty-le' (Điều 9.2a): chỉ chỉ tiêu loại khác mới có giá trị tối đa", problem, StringComparison.Ordinal);
        Assert.Equal(500m, Minimal().Indicator("diem", "Điểm", IndicatorUnit.Other, "van-phong-ubnd", "9.2a", reportedIn: "thanh-vien", max: 500).Build().Indicators[0].Max);
    }

    [Fact]
    public void The_host_implements_Sdk_1_6()
    {
        Assert.Equal(new Version(1, 6, 0, 0), SdkInfo.Version);
    }
}
