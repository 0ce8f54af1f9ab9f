using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Packs.DakLak;

/// <summary>
/// The three sub-committees (Art. 7). The regulation does not name their lead agencies; Art. 11.1 funds them from
/// the budgets of DOST, the police and Home Affairs, which is read as police → Project 06, DOST → S&amp;T/DX,
/// Home Affairs → administrative reform.
/// </summary>
internal static class Subcommittees
{
    public static void Describe(ProvincePackBuilder pack)
    {
        Subcommittee(pack, "tieu-ban-de-an-06", "Tiểu Ban Triển khai Đề án 06", 1, "cong-an-tinh", "de-an-06",
            "phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia");
        Subcommittee(pack, "tieu-ban-khcn-dmst-cds", "Tiểu Ban Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", 2, "so-khcn", "khcn-dmst-cds",
            "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số");
        Subcommittee(pack, "tieu-ban-cchc", "Tiểu Ban Cải cách hành chính", 3, "so-noi-vu", "cchc",
            "cải cách hành chính");
    }

    /// <summary>Art. 7.1–7.3 give each sub-committee the same points a–e, differing only in their field.</summary>
    private static void Subcommittee(ProvincePackBuilder pack, string key, string name, int clause, string lead, string portfolio, string field)
    {
        var at = $"7.{clause}";
        pack.Body(key, BodyKind.Subcommittee, name, at)
            .LedBy(lead)
            .Serves(portfolio)
            // Đắk Lắk, Art. 7.xđ: a sub-committee uses its lead agency's seal.
            .UsesSealOf(lead, at + "đ")
            .Duty(at + "a", $"Tham mưu giúp Trưởng Ban Chỉ đạo các nhiệm vụ về {field} trong chương trình, kế hoạch hoạt động hằng năm của Ban Chỉ đạo. Đôn đốc, theo dõi tiến độ, kết quả thực hiện; gửi báo cáo định kỳ về Cơ quan thường trực của Ban Chỉ đạo để phục vụ các buổi họp định kỳ và đột xuất của Ban Chỉ đạo.")
            .Duty(at + "b", $"Giúp Ban Chỉ đạo trong việc nghiên cứu, đề xuất chủ trương, chiến lược, cơ chế, chính sách (bao gồm cơ chế tài chính) và giải pháp về {field}.")
            .Duty(at + "c", "Kịp thời báo cáo những vấn đề phát sinh trong quá trình triển khai nhiệm vụ được giao và đề xuất sáng kiến, giải pháp tháo gỡ vướng mắc, khó khăn thông qua Cơ quan thường trực của Ban Chỉ đạo.")
            .Duty(at + "d", $"Triển khai thực hiện các ý kiến chỉ đạo, kết luận của Trưởng Ban Chỉ đạo liên quan đến {field}.")
            .Duty(at + "đ", "Ban hành quyết định phê duyệt danh sách thành viên và quy chế hoạt động của Tiểu Ban; bảo đảm các điều kiện cần thiết cho hoạt động của Tiểu Ban; sử dụng con dấu của cơ quan mình cho hoạt động của Tiểu Ban.")
            .Duty(at + "e", "Thực hiện các nhiệm vụ khác do Trưởng Ban Chỉ đạo phân công.")
            .Duty("10.4", StandingAgency.OwnStaffAndExperts)
            // Đắk Lắk, Art. 13.1: the sub-committees' standing agencies report on the members' timetable.
            .Duty("13.1", "Cơ quan thường trực Tiểu Ban định kỳ trước ngày 25 của tháng cuối quý gửi báo cáo tình hình triển khai thực hiện nhiệm vụ cho đồng thời Cơ quan thường trực Ban Chỉ đạo và cơ quan thành viên Ban Chỉ đạo.");
    }
}
