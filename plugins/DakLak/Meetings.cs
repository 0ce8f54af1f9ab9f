using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Packs.DakLak;

/// <summary>What the Đắk Lắk regulation says about meetings (Art. 2.4, 3, 4.3, 5.1, 8.2, 9).</summary>
internal static class Meetings
{
    public static void Describe(ProvincePackBuilder pack) =>
        pack.Meetings()
            // Art. 3: periodic and extraordinary meetings, conferences and workshops, written opinions, inspections.
            .FormsIn("3")
            // Art. 9.1: every three months, expected in the last working week of the quarter's last month;
            // a six-month review and a year-end review.
            .Regular(MeetingKind.Periodic, PeriodKind.Quarter, MeetingWindow.InLastWorkingWeek, "9.1")
            .Regular(MeetingKind.SixMonthReview, PeriodKind.HalfYear, MeetingWindow.InLastWorkingWeek, "9.1")
            .Regular(MeetingKind.AnnualReview, PeriodKind.Year, MeetingWindow.InLastWorkingWeek, "9.1")
            // Art. 4.3: the head convenes and chairs and may delegate to a deputy; Art. 5.1: the standing deputy
            // chairs when the head is away or by delegation.
            .ChairDelegableTo("4.3", SeatRole.StandingDeputy, SeatRole.Deputy)
            // Art. 9.3: an absent member needs the head's approval and must tell the standing agency one day before.
            .AbsenceApprovedBy(Decider.Head, "9.3")
            .StandingAgencyToldAtLeast(TimeSpan.FromDays(1), "9.3")
            // Art. 9.2: whoever chairs decides who attends beyond the members.
            .GuestsInvitedBy(Decider.Chair, "9.2")
            // Art. 2.4: a member busy elsewhere must get the head's approval before sending their deputy (cấp phó).
            .Substitutes("2.4", approvalBeforeMeeting: true)
            // Art. 8.2: the standing agency drafts the conclusion notice; Art. 9.1: it goes in writing to every
            // member and related agency.
            .ConclusionNotice(draftArticle: "8.2", recipientsArticle: "9.1")
            // Art. 13.2: for extraordinary meetings and thematic meetings, members supply information and documents
            // so that the PPC Office prepares the head's material and speech.
            .MembersBriefTheHead("van-phong-ubnd", "13.2", MeetingKind.Extraordinary, MeetingKind.Thematic);
}

/// <summary>Where the regulation puts the follow-up of conclusions and plans.</summary>
internal static class TaskFollowUp
{
    public static void Describe(ProvincePackBuilder pack) =>
        pack.Tasks()
            // Đắk Lắk, Art. 4.2: the head signs the annual programme and plan; Art. 6.5: members answer for the head's
            // conclusions in their sector; Art. 8.2: the standing agency monitors and urges.
            .PlanIssuedByHead("4.2")
            .MembersAnswerForTheirSectors("6.5")
            .MonitoredByStandingAgency("8.2");
}

/// <summary>The periodic reporting chain of Art. 13.</summary>
internal static class PeriodicReports
{
    public static void Describe(ProvincePackBuilder pack)
    {
        var reporting = pack.Reporting()
            // The regulation does not say what happens when the day falls on a weekend or holiday; the pack counts
            // the end of a period as the Civil Code does: the next working day.
            .OnNonWorkingDay(NonWorkingDayRule.NextWorkingDay, "Bộ luật Dân sự 2015, Điều 148: thời hạn kết thúc vào ngày làm việc tiếp theo ngày nghỉ")
            .RemindDaysBefore(5);

        // Art. 13.1: each quarter, members and the sub-committees' standing agencies report "trước ngày 25" of the
        // quarter's last month to the committee's standing agency (and their member agency) at once.
        reporting.Stage("thanh-vien", "Báo cáo của thành viên và Cơ quan thường trực các Tiểu Ban", "13.1")
            .For(PeriodKind.Quarter)
            .FromEveryMember()
            .FromBodiesOf(BodyKind.Subcommittee)
            .To("co-quan-thuong-truc")
            .Before(25);

        // Art. 13.1: the standing agency compiles and reports to the committee "chậm nhất vào ngày 30".
        reporting.Stage("tong-hop", "Báo cáo tổng hợp của Cơ quan thường trực", "13.1")
            .For(PeriodKind.Quarter)
            .FromBodies("co-quan-thuong-truc")
            .ToCommittee()
            .NoLaterThan(30)
            .Compiling("thanh-vien");
    }
}
