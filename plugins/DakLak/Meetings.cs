using Platform.Sdk;
using Platform.Sdk.Meetings;
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
            .ConclusionNotice(draftArticle: "8.2", recipientsArticle: "9.1");
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
