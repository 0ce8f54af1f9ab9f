using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Packs.WorkingGroups;

/// <summary>
/// A made-up province ("Tỉnh Thử nghiệm") whose regulation is shaped like the Government committee's
/// (96/QĐ-BCĐCP of 05/07/2025): work organised in working groups led by agencies, monthly regular meetings and
/// monthly reports, absences approved by the standing deputy head. The articles cited are those of this fixture's
/// own made-up regulation; the tests use it to prove such a regulation loads and is served with no core change.
/// </summary>
public sealed class WorkingGroupsPack : IProvincePack
{
    private static readonly DateOnly Founded = new(2025, 8, 1);

    public void Describe(ProvincePackBuilder pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var (code, name) = Identity();
        pack.Province(code, name)
            .Committee(
                "Ban Chỉ đạo của UBND Tỉnh Thử nghiệm về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06",
                "Ban Chỉ đạo thử nghiệm",
                new DecisionRef("10/QĐ-UBND-THU", Founded, "Thành lập Ban Chỉ đạo (thử nghiệm)", "Chủ tịch UBND tỉnh"),
                new DecisionRef("01/QĐ-BCĐ-THU", Founded, "Ban hành Quy chế hoạt động của Ban Chỉ đạo (thử nghiệm)", "Trưởng Ban Chỉ đạo"));
        pack.Portfolio("cds", "Chuyển đổi số", "CĐS")
            .Portfolio("de-an-06", "Đề án 06", "ĐA06");
        pack.Agency("ubnd-tinh", "Ủy ban nhân dân tỉnh", AgencyKind.ProvincialPeoplesCommittee, "UBND tỉnh")
            .Agency("so-khcn", "Sở Khoa học và Công nghệ", AgencyKind.Department, "Sở KH&CN")
            .Agency("cong-an-tinh", "Công an tỉnh", AgencyKind.Department)
            .Agency("so-noi-vu", "Sở Nội vụ", AgencyKind.Department);

        Leadership(pack);
        Members(pack);
        Bodies(pack);
        // Art. 6.1: DOST follows the DTI, under the common key "dti" so that the national comparison sets it beside other provinces'.
        pack.Index("dti", "Chỉ số Chuyển đổi số", "so-khcn", "6.1", "DTI");
        Meetings(pack);
        Reporting(pack);
        Demo(pack);
    }

    /// <summary>
    /// The province this copy of the pack describes. Tests that need many provinces (the national roll-up's statement
    /// count) copy the pack's folder and give each copy its code and name as data: a <c>province.txt</c> next to the
    /// assembly holding "code|name" (the copy's plugin.json names the same code). Without it: "thu-nghiem".
    /// </summary>
    private static (string Code, string Name) Identity()
    {
        var folder = Path.GetDirectoryName(typeof(WorkingGroupsPack).Assembly.Location);
        var file = string.IsNullOrEmpty(folder) ? null : Path.Combine(folder, "province.txt");
        if (file is not null && File.Exists(file) && File.ReadAllText(file).Trim().Split('|') is [var code, var name])
        {
            return (code, name);
        }

        return ("thu-nghiem", "Tỉnh Thử nghiệm");
    }

    private static void Leadership(ProvincePackBuilder pack)
    {
        // Art. 4: the PPC chairman heads the committee; Art. 5: the standing deputy decides its day-to-day work.
        pack.Seat("truong-ban", SeatRole.Head, "Chủ tịch UBND tỉnh", "4").Of("ubnd-tinh")
            .Duty("4.1", "Lãnh đạo, điều hành toàn diện hoạt động của Ban Chỉ đạo.");
        pack.Seat("pho-truong-ban-thuong-truc", SeatRole.StandingDeputy, "Phó Chủ tịch UBND tỉnh", "5").Of("ubnd-tinh")
            .Duty("5.1", "Giải quyết công việc thường xuyên của Ban Chỉ đạo; đồng ý cho thành viên vắng mặt.");
    }

    private static void Members(ProvincePackBuilder pack)
    {
        // Art. 6: members lead or sit on the working groups.
        pack.Seat("giam-doc-so-khcn", SeatRole.Member, "Giám đốc Sở Khoa học và Công nghệ", "6").Of("so-khcn").Responsible("cds")
            .Duty("6.1", "Tổ trưởng Tổ công tác chuyển đổi số.");
        pack.Seat("giam-doc-cong-an", SeatRole.Member, "Giám đốc Công an tỉnh", "6").Of("cong-an-tinh").Responsible("de-an-06")
            .Duty("6.2", "Tổ trưởng Tổ công tác Đề án 06.");
        pack.Seat("giam-doc-so-noi-vu", SeatRole.Member, "Giám đốc Sở Nội vụ", "6").Of("so-noi-vu")
            .Duty("6.3", "Thành viên các Tổ công tác.");
    }

    private static void Bodies(ProvincePackBuilder pack)
    {
        // Art. 8: DOST is the standing agency.
        pack.Body("co-quan-thuong-truc", BodyKind.StandingAgency, "Sở Khoa học và Công nghệ", "8").LedBy("so-khcn").General()
            .Duty("8.1", "Tham mưu, tổng hợp báo cáo hằng tháng của các Tổ công tác.");
        // Art. 7: the committee works through working groups, each led by an agency with a leader (tổ trưởng).
        pack.Body("to-cong-tac-cds", BodyKind.WorkingGroup, "Tổ công tác chuyển đổi số", "7.1")
            .LedBy("so-khcn").LedBySeat("giam-doc-so-khcn", "7.1").Serves("cds")
            .WithMembers("giam-doc-so-khcn", "giam-doc-so-noi-vu")
            .Duty("7.1", "Theo dõi, đôn đốc nhiệm vụ chuyển đổi số; báo cáo hằng tháng.");
        pack.Body("to-cong-tac-de-an-06", BodyKind.WorkingGroup, "Tổ công tác Đề án 06", "7.2")
            .LedBy("cong-an-tinh").LedBySeat("giam-doc-cong-an", "7.2").Serves("de-an-06")
            .WithMembers("giam-doc-cong-an", "giam-doc-so-noi-vu")
            .Duty("7.2", "Theo dõi, đôn đốc nhiệm vụ Đề án 06; báo cáo hằng tháng.");
    }

    private static void Meetings(ProvincePackBuilder pack) =>
        pack.Meetings()
            .FormsIn("3")
            // Art. 9.1: the committee meets every month, from the 20th.
            .Regular(MeetingKind.Periodic, PeriodKind.Month, MeetingWindow.FromDay(20), "9.1")
            .ChairDelegableTo("4.2", SeatRole.StandingDeputy)
            // Art. 9.3: a member who cannot attend reports to and is excused by the standing deputy head.
            .AbsenceApprovedBy(Decider.StandingDeputy, "9.3")
            .ConclusionNotice("9.4", "9.4");

    private static void Reporting(ProvincePackBuilder pack)
    {
        var reporting = pack.Reporting()
            .OnNonWorkingDay(NonWorkingDayRule.NextWorkingDay, "Bộ luật Dân sự 2015, Điều 148: ngày nghỉ thì hạn là ngày làm việc tiếp theo.")
            // Art. 10.3: figures are cut off as Decree 09/2019/NĐ-CP, Art. 12 sets for state administrative reports.
            .WithDataCutOff(DataCutOff.Decree09);
        // Art. 10.1: each working group reports on the month to the standing agency no later than the 5th working day
        // of the following month (as the Government committee's own groups do).
        reporting.Stage("to-cong-tac", "Báo cáo của Tổ công tác", "10.1")
            .For(PeriodKind.Month).FromBodiesOf(BodyKind.WorkingGroup).To("co-quan-thuong-truc").NoLaterThanWorkingDayOfFollowingMonth(5);
        // Art. 10.2: the standing agency compiles them for the committee no later than the 10th working day.
        reporting.Stage("tong-hop", "Báo cáo tổng hợp", "10.2")
            .For(PeriodKind.Month).FromBodies("co-quan-thuong-truc").ToCommittee().Compiling("to-cong-tac").NoLaterThanWorkingDayOfFollowingMonth(10);
    }

    private static void Demo(ProvincePackBuilder pack)
    {
        var decision = new DecisionRef("10/QĐ-UBND-DEMO", Founded, "Quyết định mẫu (dữ liệu demo)", "Chủ tịch UBND tỉnh (demo)");
        foreach (var (seat, name) in new[]
                 {
                     ("truong-ban", "Hoàng Văn An (demo)"),
                     ("pho-truong-ban-thuong-truc", "Lò Thị Bình (demo)"),
                     ("giam-doc-so-khcn", "Đinh Văn Cường (demo)"),
                     ("giam-doc-cong-an", "Vì Văn Dũng (demo)"),
                     ("giam-doc-so-noi-vu", "Cầm Thị Én (demo)"),
                 })
        {
            pack.DemoAppointment(seat, name, Founded, decision);
        }
    }
}
