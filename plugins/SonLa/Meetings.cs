using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Packs.SonLa;

/// <summary>What the Sơn La regulation says about meetings (Art. 3, 5.3–5.4, 6.1, 7.1, 9.2c–e, 11.1, 12.2–12.3, 12.6).</summary>
internal static class Meetings
{
    public static void Describe(ProvincePackBuilder pack) =>
        pack.Meetings()
            // Art. 3: periodic and extraordinary meetings, conferences (in person or online), opinions through
            // digital platforms for urgent matters, inspection teams, written opinions.
            .FormsIn("3")
            // Art. 12.2: in person or online once per quarter. The regulation names no week; Art. 12.5–12.6 have the
            // thematic reports reach DOST by the 20th of the quarter's last month and DOST then prepares the meeting,
            // so the pack suggests days from the 21st.
            .Regular(MeetingKind.Periodic, PeriodKind.Quarter, MeetingWindow.FromDay(21), "12.2")
            // Art. 5.3: the head convenes and chairs; Art. 6.1 and 7.1: deputies chair by the head's delegation.
            .ChairDelegableTo("5.3", SeatRole.StandingDeputy, SeatRole.Deputy)
            // Art. 9.2c–e: a member who cannot attend reports to and needs the agreement of the meeting's chair.
            .AbsenceApprovedBy(Decider.Chair, "9.2c")
            // Art. 9.2c–d: a member who sends a substitute must give a written opinion when the meeting takes opinions
            // on major issues or on draft reports to superiors. Point e (deputy directors) has no such sentence.
            .Substitutes("9.2c", writtenOpinionWhenOpinionsTaken: true, seatKeys: ["thu-truong-so-ban-nganh", "chu-tich-ubnd-cap-huyen", "chu-tich-ubnd-cap-xa"])
            // Art. 12.3: the standing agency proposes an extraordinary meeting and the head decides; only the head
            // decides to invite people who are not members.
            .Extraordinary("12.3", proposedByStandingAgency: true)
            .GuestsInvitedBy(Decider.Head, "12.3")
            // Art. 8.2 and 11.1: the standing agency drafts the conclusion notice; it goes to every member.
            .ConclusionNotice(draftArticle: "11.1", recipientsArticle: "11.1");
}

/// <summary>Where the regulation puts the follow-up of conclusions and plans.</summary>
internal static class TaskFollowUp
{
    public static void Describe(ProvincePackBuilder pack) =>
        pack.Tasks()
            // Sơn La, Art. 5.2: the head issues the work programme and plan; Art. 9.1a: members answer to the head for
            // their tasks; Art. 11.2: the standing agencies follow progress and report to the committee.
            .PlanIssuedByHead("5.2")
            .MembersAnswerForTheirSectors("9.1a")
            .MonitoredByStandingAgency("11.2");
}

/// <summary>The periodic reporting chain of Art. 12.4–12.6.</summary>
internal static class PeriodicReports
{
    private const string General = "co-quan-thuong-truc-khcn";

    public static void Describe(ProvincePackBuilder pack)
    {
        var reporting = pack.Reporting()
            // The regulation does not say what happens when the day falls on a weekend or holiday; the pack counts
            // the end of a period as the Civil Code does: the next working day.
            .OnNonWorkingDay(NonWorkingDayRule.NextWorkingDay, "Bộ luật Dân sự 2015, Điều 148: thời hạn kết thúc vào ngày làm việc tiếp theo ngày nghỉ")
            .RemindDaysBefore(5);

        // Art. 12.4: for the quarter, the six months and the year, members report "trước ngày 10" of the period's
        // last month to all three standing agencies at once. The department directors who are deputy heads
        // (Art. 8.1–8.3) report as members.
        reporting.Stage("thanh-vien", "Báo cáo của thành viên", "12.4")
            .For(PeriodKind.Quarter, PeriodKind.HalfYear, PeriodKind.Year)
            .FromEveryMember()
            .FromSeats("giam-doc-cong-an", "giam-doc-so-khcn", "giam-doc-so-noi-vu")
            .To(General, "co-quan-thuong-truc-de-an-06", "co-quan-thuong-truc-cchc")
            .Before(10);

        // Art. 12.5: police, DOST and Home Affairs each compile a thematic report on their portfolio: (i) the full
        // report and (ii) a summary about a third of its length covering results, shortcomings, causes, tasks and
        // solutions, with proposed points for the head's conclusion — to DOST "chậm nhất vào ngày 20".
        reporting.Stage("chuyen-de", "Báo cáo chuyên đề của Cơ quan thường trực", "12.5")
            .For(PeriodKind.Quarter, PeriodKind.HalfYear, PeriodKind.Year)
            .FromBodies(General, "co-quan-thuong-truc-de-an-06", "co-quan-thuong-truc-cchc")
            .To(General)
            .NoLaterThan(20)
            .Compiling("thanh-vien")
            .OnOwnPortfolio()
            .WithSummary(1 / 3.0, 0.1, "12.5", ReportSection.Results, ReportSection.Shortcomings, ReportSection.Causes, ReportSection.TasksAndSolutions);

        // Art. 12.6: DOST, the general standing agency, compiles the general report and prepares the meeting. The
        // regulation sets no day; the pack asks for it by the end of the period, before the quarter's meeting.
        reporting.Stage("chung", "Báo cáo chung của Cơ quan Thường trực chung", "12.6")
            .For(PeriodKind.Quarter, PeriodKind.HalfYear, PeriodKind.Year)
            .FromBodies(General)
            .ToCommittee()
            .ByEndOfPeriod()
            .Compiling("chuyen-de");
    }
}
