using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Sdk.Tests;

/// <summary>Sdk 1.1: a pack's reporting chain reaches the host as stated, resolved against its seats and bodies; a wrong chain is refused.</summary>
public sealed class ReportingRulesTests
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
            .Agency("so-khcn", "Sở Khoa học và Công nghệ", AgencyKind.Department)
            .Agency("so-noi-vu", "Sở Nội vụ", AgencyKind.Department);
        b.Seat("truong-ban", SeatRole.Head, "Chủ tịch UBND tỉnh", "4").Of("ubnd-tinh");
        b.Seat("pho-truong-ban-thuong-truc", SeatRole.StandingDeputy, "Phó Chủ tịch UBND tỉnh", "5").Of("ubnd-tinh");
        b.Seat("giam-doc-so-khcn", SeatRole.Member, "Giám đốc Sở Khoa học và Công nghệ", "6").Of("so-khcn");
        b.Seat("giam-doc-so-noi-vu", SeatRole.Member, "Giám đốc Sở Nội vụ", "6").Of("so-noi-vu");
        b.Body("co-quan-thuong-truc", BodyKind.StandingAgency, "Sở Khoa học và Công nghệ", "8").LedBy("so-khcn").General();
        b.Body("tieu-ban", BodyKind.Subcommittee, "Tiểu Ban", "7").LedBy("so-noi-vu");
        return b;
    }

    private static string Problem(ProvincePackBuilder b) =>
        Assert.Single(Assert.Throws<PackDefinitionException>(() => b.Build()).Problems);

    [Fact]
    public void A_pack_that_states_no_chain_owes_no_reports()
    {
        var reporting = Minimal().Build().Reporting;

        Assert.False(reporting.Stated);
        Assert.Empty(reporting.Stages);
    }

    [Fact]
    public void Every_member_and_every_body_of_a_kind_are_resolved_against_the_pack_in_order()
    {
        var b = Minimal();
        var chain = b.Reporting().OnNonWorkingDay(NonWorkingDayRule.NextWorkingDay, "lý do").RemindDaysBefore(3);
        chain.Stage("thanh-vien", "Báo cáo của thành viên", "13.1").FromEveryMember().FromBodiesOf(BodyKind.Subcommittee).To("co-quan-thuong-truc").Before(25);
        chain.Stage("tong-hop", "Báo cáo tổng hợp", "13.1").FromBodies("co-quan-thuong-truc").ToCommittee().NoLaterThan(30).Compiling("thanh-vien");

        var reporting = b.Build().Reporting;

        Assert.True(reporting.Stated);
        Assert.Equal(3, reporting.RemindDaysBefore);
        Assert.Equal(NonWorkingDayRule.NextWorkingDay, reporting.NonWorkingDay);
        var members = reporting.Stages[0];
        Assert.Equal(
            [new Submitter(SubmitterKind.Seat, "giam-doc-so-khcn"), new Submitter(SubmitterKind.Seat, "giam-doc-so-noi-vu"), new Submitter(SubmitterKind.Body, "tieu-ban")],
            members.Submitters);
        Assert.Equal((DeadlineKind.Before, 25, 1), (members.Deadline, members.Day, members.Order));
        Assert.Equal((DeadlineKind.NoLaterThan, 30, "thanh-vien", 2), (reporting.Stages[1].Deadline, reporting.Stages[1].Day, reporting.Stages[1].Compiles, reporting.Stages[1].Order));
        Assert.Equal([Recipients.Committee], reporting.Stages[1].Recipients);
    }

    [Fact]
    public void A_stage_that_compiles_a_later_or_unknown_stage_is_refused()
    {
        var b = Minimal();
        b.Reporting().Stage("tong-hop", "Báo cáo tổng hợp", "13.1").FromBodies("co-quan-thuong-truc").ToCommittee().NoLaterThan(30).Compiling("thanh-vien");

        Assert.Equal(
            "Báo cáo 'tong-hop': chỉ tổng hợp được báo cáo của bước trước ('thanh-vien'). / Report stage 'tong-hop': can compile an earlier stage only ('thanh-vien').",
            Problem(b));
    }

    [Fact]
    public void A_stage_from_an_unknown_body_to_an_unknown_recipient_is_refused_with_both_problems()
    {
        var b = Minimal();
        b.Reporting().Stage("chuyen-de", "Báo cáo chuyên đề", "12.5").FromBodies("khong-co").To("cung-khong-co").NoLaterThan(20);

        var problems = Assert.Throws<PackDefinitionException>(() => b.Build()).Problems;

        Assert.Contains("Báo cáo 'chuyen-de': không có tổ chức 'khong-co'. / Report stage 'chuyen-de': no body 'khong-co'.", problems);
        Assert.Contains("Báo cáo 'chuyen-de': nơi nhận 'cung-khong-co' không phải tổ chức của Ban Chỉ đạo. / Report stage 'chuyen-de': recipient 'cung-khong-co' is not a body.", problems);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(32)]
    public void Before_the_first_or_a_day_past_any_month_is_refused(int day)
    {
        var b = Minimal();
        b.Reporting().Stage("thanh-vien", "Báo cáo của thành viên", "13.1").FromEveryMember().To("co-quan-thuong-truc").Before(day);

        Assert.Equal($"Báo cáo 'thanh-vien': ngày hạn không hợp lệ ({day}). / Report stage 'thanh-vien': invalid deadline day ({day}).", Problem(b));
    }

    [Fact]
    public void A_summary_longer_than_the_full_report_is_refused()
    {
        var b = Minimal();
        b.Reporting().Stage("chuyen-de", "Báo cáo chuyên đề", "12.5").FromBodies("co-quan-thuong-truc").ToCommittee().NoLaterThan(20)
            .WithSummary(1.5, 0.1, "12.5", ReportSection.Results);

        Assert.Equal("Báo cáo 'chuyen-de': tỷ lệ báo cáo tóm tắt phải từ 0 đến 1 và có nội dung. / Report stage 'chuyen-de': the summary share must be between 0 and 1, with sections.", Problem(b));
    }
}
