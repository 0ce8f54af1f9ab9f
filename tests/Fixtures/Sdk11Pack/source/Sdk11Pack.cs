using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Packs.Sdk11;

/// <summary>A made-up province stated with every kind of member Sdk 1.1 has; built against Sdk 1.1.0 and kept as a binary.</summary>
public sealed class Sdk11Pack : IProvincePack
{
    public void Describe(ProvincePackBuilder pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        pack.Province("tinh-sdk-cu", "Tỉnh Sdk Cũ")
            .Committee("Ban Chỉ đạo tỉnh Sdk Cũ về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "BCĐ Sdk 1.1",
                new DecisionRef("10/QĐ-UBND", new DateOnly(2025, 3, 3), "Thành lập Ban Chỉ đạo"),
                new DecisionRef("11/QĐ-BCĐ", new DateOnly(2025, 3, 10), "Ban hành Quy chế hoạt động"))
            .Portfolio("cds", "Chuyển đổi số")
            .Agency("ubnd-tinh", "Ủy ban nhân dân tỉnh", AgencyKind.ProvincialPeoplesCommittee, "UBND tỉnh")
            .Agency("so-khcn", "Sở Khoa học và Công nghệ", AgencyKind.Department, "Sở KH&CN");
        pack.Body("co-quan-thuong-truc", BodyKind.StandingAgency, "Sở Khoa học và Công nghệ", "6")
            .LedBy("so-khcn").General().Duty("6.1", "Tham mưu, giúp Ban Chỉ đạo theo dõi, đôn đốc các nhiệm vụ.");
        pack.Seat("truong-ban", SeatRole.Head, "Chủ tịch UBND tỉnh", "3").Of("ubnd-tinh")
            .UsesSealOf("ubnd-tinh", "3.3").Duty("3.1", "Chỉ đạo, điều hành toàn diện hoạt động của Ban Chỉ đạo.");
        pack.Seat("pho-thuong-truc", SeatRole.StandingDeputy, "Phó Chủ tịch UBND tỉnh", "4").Of("ubnd-tinh")
            .Duty("4.1", "Giúp Trưởng ban điều hành công việc chung.");
        pack.Seat("giam-doc-so-khcn", SeatRole.Member, "Giám đốc Sở Khoa học và Công nghệ", "5").Of("so-khcn").Responsible("cds")
            .Duty("5.1", "Chịu trách nhiệm trước Trưởng ban về nhiệm vụ được phân công.");
        pack.DemoAppointment("truong-ban", "Nguyễn Văn Một (demo)", new DateOnly(2025, 3, 3), new DecisionRef("12/QĐ-DEMO", new DateOnly(2025, 3, 3), "Phân công (demo)"))
            .DemoAppointment("pho-thuong-truc", "Trần Thị Hai (demo)", new DateOnly(2025, 3, 3), new DecisionRef("12/QĐ-DEMO", new DateOnly(2025, 3, 3), "Phân công (demo)"))
            .DemoAppointment("giam-doc-so-khcn", "Lê Văn Ba (demo)", new DateOnly(2025, 3, 3), new DecisionRef("12/QĐ-DEMO", new DateOnly(2025, 3, 3), "Phân công (demo)"));

        // Sdk 1.1: meeting, task and reporting rules.
        pack.Meetings()
            .FormsIn("7")
            .Regular(MeetingKind.Periodic, PeriodKind.Quarter, MeetingWindow.InLastWorkingWeek, "7.1")
            .ChairDelegableTo("3.2", SeatRole.StandingDeputy)
            .AbsenceApprovedBy(Decider.Head, "7.2")
            .ConclusionNotice("6.2", "7.3");
        pack.Tasks().PlanIssuedByHead("3.1").MembersAnswerForTheirSectors("5.1").MonitoredByStandingAgency("6.1");
        pack.Reporting().OnNonWorkingDay(NonWorkingDayRule.NextWorkingDay, "Bộ luật Dân sự 2015, Điều 148")
            .Stage("thanh-vien", "Báo cáo của thành viên", "8.1")
            .For(PeriodKind.Quarter, PeriodKind.Year).FromEveryMember().To("co-quan-thuong-truc").Before(15);
    }
}
