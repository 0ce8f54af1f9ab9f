using Platform.Sdk;

namespace Platform.Packs.DakLak;

/// <summary>Made-up holders so a fresh install shows a full committee; every name ends with " (demo)".</summary>
internal static class DemoPeople
{
    private static readonly DateOnly Founded = new(2025, 4, 18);

    private static readonly DecisionRef AtFounding = new(
        "27/QĐ-UBND-DEMO", Founded, "Quyết định mẫu (dữ liệu demo)", "Chủ tịch UBND tỉnh (demo)");

    private static readonly (string Seat, string Name)[] Holders =
    [
        ("truong-ban", "Trần Văn Bảo (demo)"),
        ("pho-truong-ban-thuong-truc", "Y Khoa Niê (demo)"),
        ("pho-truong-ban-1", "Lê Thị Cúc (demo)"),
        ("pho-truong-ban-2", "Nguyễn Hữu Định (demo)"),
        ("giam-doc-cong-an", "Phan Văn Hiếu (demo)"),
        ("giam-doc-so-khcn", "H'Lan Mlô (demo)"),
        ("giam-doc-so-noi-vu", "Võ Thị Hạnh (demo)"),
        ("thu-truong-so-ban-nganh", "Đặng Quốc Khánh (demo)"),
    ];

    public static void Describe(ProvincePackBuilder pack)
    {
        foreach (var (seat, name) in Holders)
        {
            pack.DemoAppointment(seat, name, Founded, AtFounding);
        }
    }
}
