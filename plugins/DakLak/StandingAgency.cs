using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Packs.DakLak;

/// <summary>The committee's standing agency (Art. 8).</summary>
internal static class StandingAgency
{
    /// <summary>Đắk Lắk, Art. 10.4 gives the standing agency and the sub-committees the same means.</summary>
    internal const string OwnStaffAndExperts =
        "Được sử dụng tổ chức, bộ máy của cơ quan, đơn vị mình và khi cần thiết được huy động chuyên gia trong và ngoài tỉnh làm việc trong thời gian nhất định để giúp việc Ban Chỉ đạo; chịu trách nhiệm về bảo vệ bí mật nhà nước khi các chuyên gia làm việc.";

    // Đắk Lắk, Art. 8: the regulation does not name the standing agency. DOST is implied by the preamble ("Theo đề
    // nghị của Giám đốc Sở Khoa học và Công nghệ") and by Art. 11.1, which funds it first; it is the only one, so the
    // general one. No seal is stated: Art. 10.1 speaks of members only.
    public static void Describe(ProvincePackBuilder pack) =>
        pack.Body("co-quan-thuong-truc", BodyKind.StandingAgency, "Sở Khoa học và Công nghệ (Cơ quan thường trực Ban Chỉ đạo)", "8")
            .LedBy("so-khcn")
            .General()
            .Duty("8.1", "Xây dựng quyết định thành lập, quy chế hoạt động của Ban Chỉ đạo; xây dựng quyết định bổ sung, thay thế thành viên Ban Chỉ đạo theo chỉ đạo của Trưởng Ban Chỉ đạo.")
            .Duty("8.2", "Xây dựng, trình Trưởng Ban Chỉ đạo ban hành chương trình, kế hoạch công tác, kiểm tra, giám sát hằng năm của Ban Chỉ đạo và theo dõi, đôn đốc việc tổ chức thực hiện. Tổng hợp, chuẩn bị nội dung, tài liệu phục vụ các hoạt động và cuộc họp của Ban Chỉ đạo. Báo cáo tình hình thực hiện các chương trình, kế hoạch của Ban Chỉ đạo và các kết luận, chỉ đạo của Trưởng Ban Chỉ đạo, các Phó Trưởng Ban Chỉ đạo.")
            .Duty("8.3", "Trực tiếp làm việc và đề nghị các sở, ban, ngành và địa phương phối hợp cung cấp các thông tin cần thiết phục vụ cho hoạt động của Ban Chỉ đạo.")
            .Duty("8.4", "Báo cáo, tham mưu Ban Chỉ đạo đề nghị cấp có thẩm quyền biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ theo quy định của pháp luật về thi đua, khen thưởng.")
            .Duty("8.5", "Lưu giữ hồ sơ tài liệu liên quan đến hoạt động của Ban Chỉ đạo.")
            .Duty("8.6", "Thực hiện các nhiệm vụ khác do Trưởng Ban Chỉ đạo, Phó Trưởng Ban Chỉ đạo phân công.")
            .Duty("9.1", "Mỗi lần họp Ban Chỉ đạo, có báo cáo đề xuất cụ thể, rõ ràng, có mục tiêu, thời gian, thành phần, tiến độ và kết quả thực hiện các nhiệm vụ.")
            .Duty("9.3", "Tiếp nhận, tổng hợp thông báo của thành viên không tham dự được cuộc họp (gửi trước 01 ngày).")
            .Duty("10.4", OwnStaffAndExperts)
            // Đắk Lắk, Art. 13.1: "chậm nhất vào ngày 30" — the 30th itself is still on time.
            .Duty("13.1", "Tổng hợp báo cáo của các thành viên và các Tiểu Ban, hoàn thiện và báo cáo Ban Chỉ đạo chậm nhất vào ngày 30 của tháng cuối quý.")
            .Duty("14.4", "Tổng hợp những khó khăn, vướng mắc, vấn đề phát sinh hoặc cần sửa đổi, bổ sung Quy chế; tham mưu, đề xuất Trưởng Ban Chỉ đạo xem xét, quyết định.");
}
