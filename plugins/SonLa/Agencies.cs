using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Packs.SonLa;

/// <summary>The portfolios the committee works in and the agencies that hold its seats and bodies.</summary>
internal static class Agencies
{
    public static void Describe(ProvincePackBuilder pack)
    {
        // Sơn La, Art. 4: the committee's work covers S&T/innovation/DX, Project 06 and administrative reform.
        pack.Portfolio("de-an-06", "Triển khai Đề án 06", "Đề án 06")
            .Portfolio("khcn-dmst-cds", "Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "KHCN, ĐMST và CĐS")
            .Portfolio("cchc", "Cải cách hành chính", "CCHC");

        pack.Agency("ubnd-tinh", "Ủy ban nhân dân tỉnh Sơn La", AgencyKind.ProvincialPeoplesCommittee, "UBND tỉnh")
            .Agency("van-phong-ubnd", "Văn phòng UBND tỉnh", AgencyKind.PpcOffice)
            .Agency("cong-an-tinh", "Công an tỉnh", AgencyKind.Department)
            .Agency("so-khcn", "Sở Khoa học và Công nghệ", AgencyKind.Department, "Sở KH&CN")
            .Agency("so-noi-vu", "Sở Nội vụ", AgencyKind.Department)
            .Agency("so-tai-chinh", "Sở Tài chính", AgencyKind.Department);

        // Art. 9.2c and 9.2d speak of many offices at once; these collective agencies stand for each member's own
        // agency until the concrete ones named by the founding decision are added.
        pack.Agency("so-ban-nganh", "Các sở, ban, ngành, cơ quan, đơn vị thành viên", AgencyKind.Department)
            .Agency("ubnd-cap-huyen", "UBND các huyện, thị xã, thành phố", AgencyKind.LocalGovernment)
            .Agency("ubnd-cap-xa", "UBND các xã, phường", AgencyKind.LocalGovernment);
    }
}
