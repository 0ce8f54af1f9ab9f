using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Packs.QuangNinh;

/// <summary>
/// Quảng Ninh's steering committee as its regulation (quy chế) states it. Start here: replace the decisions, agencies,
/// seats, duties and rules with your regulation's, each with the article it comes from (docs/plugin-authoring.md).
/// </summary>
public sealed class QuangNinhPack : IProvincePack
{
    private static readonly DecisionRef Founding = new(null, null, "Thành lập Ban Chỉ đạo (dự thảo)");
    private static readonly DecisionRef Regulation = new(null, null, "Ban hành Quy chế hoạt động của Ban Chỉ đạo (dự thảo)");
    private static readonly DecisionRef DemoDecision = new("01/QĐ-DEMO", new DateOnly(2025, 7, 1), "Phân công thành viên (demo)");

    public void Describe(ProvincePackBuilder pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        pack.Province("quang-ninh", "Quảng Ninh")
            .Committee("Ban Chỉ đạo tỉnh Quảng Ninh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
                "Ban Chỉ đạo tỉnh", Founding, Regulation)
            .Agency("ubnd-tinh", "Ủy ban nhân dân tỉnh", AgencyKind.ProvincialPeoplesCommittee, "UBND tỉnh")
            .Agency("so-khcn", "Sở Khoa học và Công nghệ", AgencyKind.Department, "Sở KH&CN");

        // Art. 3: the head and the standing deputy (exactly one of each).
        pack.Seat("truong-ban", SeatRole.Head, "Chủ tịch UBND tỉnh", "3").Of("ubnd-tinh")
            .UsesSealOf("ubnd-tinh", "3.3")
            .Duty("3.1", "Chỉ đạo, điều hành toàn diện hoạt động của Ban Chỉ đạo.");
        pack.Seat("pho-truong-ban-thuong-truc", SeatRole.StandingDeputy, "Phó Chủ tịch UBND tỉnh", "3").Of("ubnd-tinh")
            .Duty("3.2", "Giúp Trưởng ban điều hành công việc chung khi được ủy quyền.");

        // Art. 5: the general standing agency.
        pack.Body("co-quan-thuong-truc", BodyKind.StandingAgency, "Sở Khoa học và Công nghệ", "5")
            .LedBy("so-khcn").General()
            .Duty("5.1", "Tham mưu, giúp Ban Chỉ đạo tổ chức triển khai, theo dõi, đôn đốc các nhiệm vụ.");

        // Art. 6.2: the head excuses a member from a meeting.
        pack.Meetings().AbsenceApprovedBy(Decider.Head, "6.2");

        // Art. 7.1: the standing agency reports to the committee by the 20th of the quarter's last month.
        pack.Reporting()
            .OnNonWorkingDay(NonWorkingDayRule.NextWorkingDay, "Bộ luật Dân sự 2015, Điều 148")
            .Stage("co-quan-thuong-truc", "Báo cáo của Cơ quan thường trực", "7.1")
            .For(PeriodKind.Quarter).FromBodies("co-quan-thuong-truc").ToCommittee().NoLaterThan(20);

        // Made up for a fresh install; never loaded on a production install.
        pack.DemoAppointment("truong-ban", "Nguyễn Văn An (demo)", new DateOnly(2025, 7, 1), DemoDecision)
            .DemoAppointment("pho-truong-ban-thuong-truc", "Trần Thị Bình (demo)", new DateOnly(2025, 7, 1), DemoDecision);
    }
}
