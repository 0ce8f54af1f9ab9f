using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Packs.DakLak;

/// <summary>The portfolios the committee works in and the agencies that hold its seats and lead its bodies.</summary>
internal static class Agencies
{
    public static void Describe(ProvincePackBuilder pack)
    {
        // Đắk Lắk, Art. 7: one sub-committee per portfolio.
        pack.Portfolio("de-an-06", "Triển khai Đề án 06", "Đề án 06")
            .Portfolio("khcn-dmst-cds", "Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "KHCN, ĐMST và CĐS")
            .Portfolio("cchc", "Cải cách hành chính", "CCHC");

        pack.Agency("ubnd-tinh", "Ủy ban nhân dân tỉnh Đắk Lắk", AgencyKind.ProvincialPeoplesCommittee, "UBND tỉnh")
            // Đắk Lắk, Art. 13.2: the PPC Office prepares the head's material for ad hoc meetings.
            .Agency("van-phong-ubnd", "Văn phòng UBND tỉnh", AgencyKind.PpcOffice)
            // Đắk Lắk, Art. 11.1: the committee's budget sits with DOST, the police and Home Affairs.
            .Agency("cong-an-tinh", "Công an tỉnh", AgencyKind.Department)
            .Agency("so-khcn", "Sở Khoa học và Công nghệ", AgencyKind.Department, "Sở KH&CN")
            .Agency("so-noi-vu", "Sở Nội vụ", AgencyKind.Department)
            // Stands for each other member's own agency until the founding decision's list is entered.
            .Agency("so-ban-nganh", "Các sở, ban, ngành thành viên", AgencyKind.Department);
    }
}
