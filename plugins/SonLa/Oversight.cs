using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Oversight;

namespace Platform.Packs.SonLa;

/// <summary>What the Sơn La regulation says about inspection, proposals and obstacles, and commendation.</summary>
internal static class Oversight
{
    public static void Describe(ProvincePackBuilder pack) =>
        pack.Oversight()
            // Art. 3: "… tổ chức các đoàn kiểm tra, làm việc tại các sở, ngành, địa phương".
            .InspectionTeams("3")
            // Art. 11.1–11.2: the standing agency builds the committee's plans; Art. 5.2: the head issues
            // "chương trình, kế hoạch công tác của Ban Chỉ đạo 1287", inspection included (Art. 4.2).
            .PlanDraftedByStandingAgency("11.2")
            .PlanIssuedBy(Decider.Head, "5.2")
            // Art. 6.2 and 7.2: the standing deputy and the deputies "tổ chức các đoàn làm việc, đôn đốc các sở, ngành, địa phương".
            .MissionsSetUpBy(MissionDecider.HeadOrDeputies, "6.2")
            // Art. 9.1đ: members "chủ trì hoặc tham gia các đoàn công tác của Ban Chỉ đạo 1287".
            .MembersJoinMissions("9.1đ")
            // Art. 4.2: the committee helps the PPC "đôn đốc, kiểm tra, đánh giá" the departments and localities.
            .AgenciesSubjectToInspection("4.2")
            // Art. 9.1c: members "đề xuất, kiến nghị với Ban Chỉ đạo 1287 các chủ trương, giải pháp, cơ chế, chính sách".
            .ProposalsRaisedThroughStandingAgency("9.1c")
            // Art. 10.2: "Thường trực Ban Chỉ đạo 1287" resolves, or asks the committee to resolve, the proposals of
            // members, the standing agency and units.
            .ProposalsDecidedBy(ProposalDecider.HeadOrStandingDeputy, "10.2")
            // Art. 11.3: the standing agency asks the head to commend members, the support teams and agencies.
            .CommendationProposedByStandingAgency("11.3")
            // Art. 4.4: the committee proposes to the PPC commendation, and criticism and handling of shortcomings.
            .CommendationDecidedByHead("4.4")
            .CriticismAndDiscipline("4.4");
    // The regulation states no time within which proposals are answered.
}
