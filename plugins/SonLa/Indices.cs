using Platform.Sdk;

namespace Platform.Packs.SonLa;

/// <summary>The indices Art. 8–9 put in an agency's care.</summary>
internal static class Indices
{
    public static void Describe(ProvincePackBuilder pack) =>
        // Sơn La, Art. 8.2: DOST follows and improves the DTI.
        pack.Index("dti", "Chỉ số Chuyển đổi số", "so-khcn", "8.2", "DTI")
            // Sơn La, Art. 8.3: Home Affairs follows PAR INDEX, SIPAS and PAPI.
            .Index("par-index", "Chỉ số cải cách hành chính", "so-noi-vu", "8.3", "PAR INDEX")
            .Index("sipas", "Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính Nhà nước", "so-noi-vu", "8.3", "SIPAS")
            .Index("papi", "Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh", "so-noi-vu", "8.3", "PAPI")
            // Sơn La, Art. 9.2b: Finance follows POPI and PCI.
            .Index("popi", "Chỉ số công khai ngân sách tỉnh", "so-tai-chinh", "9.2b", "POPI")
            .Index("pci", "Chỉ số năng lực cạnh tranh cấp tỉnh", "so-tai-chinh", "9.2b", "PCI")
            // Sơn La, Art. 9.2a: the PPC Office follows the service index.
            .Index(
                "chi-so-phuc-vu",
                "Chỉ số Phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến",
                "van-phong-ubnd",
                "9.2a")
            // Sơn La, Art. 8.2: DOST also organises measuring the DTI of the province's own agencies and localities.
            .UnitRanking("dti", "8.2");
}
