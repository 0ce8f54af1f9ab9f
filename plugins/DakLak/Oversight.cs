using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Oversight;

namespace Platform.Packs.DakLak;

/// <summary>What the Đắk Lắk regulation says about inspection, proposals and obstacles, and commendation.</summary>
internal static class Oversight
{
    public static void Describe(ProvincePackBuilder pack) =>
        pack.Oversight()
            // Art. 3: "… tổ chức đoàn kiểm tra, giám sát" among the working forms.
            .InspectionTeams("3")
            // Art. 8.2: the standing agency "xây dựng, trình Trưởng Ban Chỉ đạo ban hành … kế hoạch công tác, kiểm tra, giám sát hằng năm".
            .PlanDraftedByStandingAgency("8.2")
            // Art. 4.2: the head signs "chương trình, kế hoạch công tác, kiểm tra, giám sát hằng năm".
            .PlanIssuedBy(Decider.Head, "4.2")
            // Art. 4.3: the head "chỉ đạo thành lập các đoàn kiểm tra, giám sát … theo kế hoạch hoặc đột xuất".
            .MissionsSetUpBy(MissionDecider.Head, "4.3")
            // Art. 6.5: members take part in "các đoàn nghiên cứu, kiểm tra, giám sát theo phân công của Trưởng Ban".
            .MembersJoinMissions("6.5")
            // Art. 14.3: agencies, units and localities carry out the committee's direction and are followed by it.
            .AgenciesSubjectToInspection("14.3")
            // Art. 7.1c, 7.2c, 7.3c: sub-committees' members propose solutions to obstacles "thông qua Cơ quan thường trực";
            // Art. 14.4: difficulties go to the standing agency, which proposes to the head.
            .ProposalsRaisedThroughStandingAgency("7.1c", "7.2c", "7.3c", "14.4")
            // Art. 14.4: "… Cơ quan thường trực của Ban Chỉ đạo tổng hợp, tham mưu, đề xuất Trưởng Ban Chỉ đạo xem xét, quyết định".
            .ProposalsDecidedBy(ProposalDecider.Head, "14.4")
            // Art. 8.4: the standing agency advises proposing commendation.
            .CommendationProposedByStandingAgency("8.4")
            // Art. 4.5: on the standing agency's proposal the head commends or proposes commendation, criticises, or asks
            // that responsibility be handled.
            .CommendationDecidedByHead("4.5")
            .CriticismAndDiscipline("4.5");
    // The regulation states no time within which the standing agency answers a proposal.
}
