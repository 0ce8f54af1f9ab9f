using Platform.Sdk;
using Platform.Sdk.Meetings;
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
