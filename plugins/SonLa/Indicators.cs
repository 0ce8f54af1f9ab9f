using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Packs.SonLa;

/// <summary>
/// The Project 06 and digital-transformation figures Art. 8–9 put in an agency's care that are not a published index,
/// each reported in the periodic report the agency already submits (Sdk 1.6).
/// </summary>
internal static class Indicators
{
    public static void Describe(ProvincePackBuilder pack) =>
        // Sơn La, Art. 8.1: the Police push the issuing of e-identity accounts and guide people and organisations to
        // activate them; as the standing agency on Project 06 they compile its thematic report (Art. 12.5), which
        // carries the figure.
        pack.Indicator("tai-khoan-dinh-danh-kich-hoat", "Số tài khoản định danh điện tử đã kích hoạt", IndicatorUnit.Count,
                "cong-an-tinh", "8.1", reportedIn: "chuyen-de", unitName: "tài khoản")
            // Sơn La, Art. 8.1: the Police keep the population data "đúng, đủ, sạch, sống" and work with agencies to clean
            // the sectors' data so that it matches it.
            .Indicator("du-lieu-lam-sach", "Tỷ lệ dữ liệu chuyên ngành đã làm sạch, thống nhất với dữ liệu dân cư", IndicatorUnit.Percent,
                "cong-an-tinh", "8.1", reportedIn: "chuyen-de")
            // Sơn La, Art. 9.2a: the PPC Office advises on administrative-procedure reform and on the service index of
            // procedures and online public services; its chief reports as a member (Art. 12.4).
            .Indicator("ho-so-truc-tuyen", "Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến", IndicatorUnit.Percent,
                "van-phong-ubnd", "9.2a", reportedIn: "thanh-vien");
}
