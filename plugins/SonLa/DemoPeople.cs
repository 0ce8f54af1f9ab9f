using Platform.Sdk;

namespace Platform.Packs.SonLa;

/// <summary>Made-up holders so a fresh install shows a full committee; every name ends with " (demo)".</summary>
internal static class DemoPeople
{
    private static readonly DateOnly Reformed = new(2025, 6, 3);
    private static readonly DateOnly CommunesStart = new(2025, 7, 1);

    private static readonly DecisionRef AtReform = new(
        "15/QĐ-UBND-DEMO", Reformed, "Quyết định mẫu (dữ liệu demo)", "Chủ tịch UBND tỉnh (demo)");

    private static readonly DecisionRef AtCommunes = new(
        "210/QĐ-UBND-DEMO", CommunesStart, "Quyết định mẫu (dữ liệu demo)", "Chủ tịch UBND tỉnh (demo)");

    private static readonly (string Seat, string Name)[] FromReform =
    [
        ("truong-ban", "Nguyễn Thành An (demo)"),
        ("pho-truong-ban-thuong-truc", "Lò Thị Bình (demo)"),
        ("pho-truong-ban-pct-1", "Cầm Văn Chung (demo)"),
        ("pho-truong-ban-pct-2", "Hoàng Thị Dung (demo)"),
        ("giam-doc-cong-an", "Trần Quốc Hùng (demo)"),
        ("giam-doc-so-khcn", "Phạm Minh Khoa (demo)"),
        ("giam-doc-so-noi-vu", "Lường Văn Lâm (demo)"),
        ("chanh-van-phong-ubnd", "Đỗ Thị Mai (demo)"),
        ("giam-doc-so-tai-chinh", "Vũ Đức Nam (demo)"),
        ("thu-truong-so-ban-nganh", "Bùi Thị Oanh (demo)"),
        // The district-chair seat ends on 30/06/2025, and with it this holding.
        ("chu-tich-ubnd-cap-huyen", "Quàng Văn Phúc (demo)"),
        ("pho-giam-doc-cong-an", "Lê Văn Sơn (demo)"),
        ("pho-giam-doc-so-khcn", "Đinh Thị Thu (demo)"),
        ("pho-giam-doc-so-noi-vu", "Hà Văn Tuấn (demo)"),
    ];

    public static void Describe(ProvincePackBuilder pack)
    {
        foreach (var (seat, name) in FromReform)
        {
            pack.DemoAppointment(seat, name, Reformed, AtReform);
        }

        // The commune-chair seat exists only from 01/07/2025 (Art. 9.2d).
        pack.DemoAppointment("chu-tich-ubnd-cap-xa", "Tòng Thị Quỳnh (demo)", CommunesStart, AtCommunes);
    }
}
