using Platform.Sdk;

namespace Platform.Packs.DakLak;

/// <summary>Đắk Lắk: the committee founded by 903/QĐ-UBND of 18/04/2025; its operating regulation is still a draft.</summary>
public sealed class DakLakPack : IProvincePack
{
    public void Describe(ProvincePackBuilder pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        pack.Province("dak-lak", "Đắk Lắk")
            .Committee(
                "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06",
                "Ban Chỉ đạo KHCN, ĐMST, CĐS và Đề án 06",
                Decisions.Founding,
                Decisions.Regulation);

        pack.English(DakLakTexts.English);

        // The heading of the regulation's own decision: governing body, committee, "…/QĐ-BCĐ", place (Sdk 1.4).
        pack.Documents()
            .GoverningBody("UBND TỈNH ĐẮK LẮK")
            .IssuingBody("BAN CHỈ ĐẠO VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06")
            .Symbol("BCĐ")
            .Place("Đắk Lắk");

        Agencies.Describe(pack);
        Leadership.Describe(pack);
        Members.Describe(pack);
        Subcommittees.Describe(pack);
        StandingAgency.Describe(pack);
        Meetings.Describe(pack);
        TaskFollowUp.Describe(pack);
        Consultations.Describe(pack);
        Oversight.Describe(pack);
        PeriodicReports.Describe(pack);
        DemoPeople.Describe(pack);
    }
}
