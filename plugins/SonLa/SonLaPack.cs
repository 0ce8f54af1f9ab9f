using Platform.Sdk;

namespace Platform.Packs.SonLa;

/// <summary>Sơn La: "Ban Chỉ đạo 1287", operating regulation and task assignment 03/QĐ-BCĐ of 12/06/2025.</summary>
public sealed class SonLaPack : IProvincePack
{
    public void Describe(ProvincePackBuilder pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        pack.Province("son-la", "Sơn La")
            .Committee(
                "Ban Chỉ đạo của UBND tỉnh Sơn La về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06",
                "Ban Chỉ đạo 1287",
                Decisions.Founding,
                Decisions.Regulation,
                Decisions.Replaced);

        pack.English(SonLaTexts.English);

        // The heading of the regulation's own decision: governing body, committee, "…/QĐ-BCĐ", place (Sdk 1.4).
        pack.Documents()
            .GoverningBody("UBND TỈNH SƠN LA")
            .IssuingBody("BAN CHỈ ĐẠO 1287")
            .Symbol("BCĐ")
            .Place("Sơn La");

        Agencies.Describe(pack);
        Leadership.Describe(pack);
        DepartmentDeputies.Describe(pack);
        Members.Describe(pack);
        Bodies.Describe(pack);
        Indices.Describe(pack);
        Indicators.Describe(pack);
        Meetings.Describe(pack);
        TaskFollowUp.Describe(pack);
        Consultations.Describe(pack);
        Oversight.Describe(pack);
        PeriodicReports.Describe(pack);
        DemoPeople.Describe(pack);
    }
}
