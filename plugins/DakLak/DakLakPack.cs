using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Packs.DakLak;

/// <summary>Sơn La: "Ban Chỉ đạo KHCN, ĐMST, CĐS và Đề án 06", regulation 03/QĐ-BCĐ of 12/06/2025.</summary>
public sealed class DakLakPack : IProvincePack
{
    public void Describe(ProvincePackBuilder pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        pack.Province("dak-lak", "Đắk Lắk")
            .Committee(
                "Ban Chỉ đạo của UBND tỉnh Đắk Lắk về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06",
                "Ban Chỉ đạo KHCN, ĐMST, CĐS và Đề án 06",
                new DecisionRef("1287/QĐ-UBND", new DateOnly(2025, 6, 3), "Kiện toàn Ban Chỉ đạo", "Chủ tịch UBND tỉnh"),
                new DecisionRef("03/QĐ-BCĐ", new DateOnly(2025, 6, 12), "Ban hành Quy chế hoạt động và phân công nhiệm vụ", "Nguyễn Đình Việt"),
                new DecisionRef("01/QĐ-BCĐ", new DateOnly(2025, 4, 22), "Quy chế hoạt động (thay thế)"))
            .Agency("ubnd-tinh", "UBND tỉnh Đắk Lắk", AgencyKind.ProvincialPeoplesCommittee)
            .Agency("so-khcn", "Sở Khoa học và Công nghệ", AgencyKind.Department, "Sở KH&CN");
        pack.Body("co-quan-thuong-truc-khcn", BodyKind.StandingAgency, "Sở Khoa học và Công nghệ", "12.6").LedBy("so-khcn").General();
        pack.Seat("truong-ban", SeatRole.Head, "Chủ tịch UBND tỉnh", "5").Of("ubnd-tinh");
        pack.Seat("pho-truong-ban-thuong-truc", SeatRole.StandingDeputy, "Phó Chủ tịch UBND tỉnh", "6").Of("ubnd-tinh");
    }
}
