using Platform.Sdk;
using Platform.Sdk.Building;
using Platform.Sdk.Structure;

namespace Platform.Packs.DakLak;

/// <summary>
/// Members (Art. 6). The regulation gives every member the same duties and leaves the list to the founding decision
/// 903/QĐ-UBND; the directors of the three agencies Art. 11 names are declared, plus one seat standing for the
/// other heads of departments until the decision's list is entered.
/// </summary>
internal static class Members
{
    public static void Describe(ProvincePackBuilder pack)
    {
        Member(pack, "giam-doc-cong-an", "Giám đốc Công an tỉnh", "cong-an-tinh").Responsible("de-an-06");
        Member(pack, "giam-doc-so-khcn", "Giám đốc Sở Khoa học và Công nghệ", "so-khcn").Responsible("khcn-dmst-cds");
        Member(pack, "giam-doc-so-noi-vu", "Giám đốc Sở Nội vụ", "so-noi-vu").Responsible("cchc");
        Member(pack, "thu-truong-so-ban-nganh", "Thủ trưởng sở, ban, ngành (thành viên)", "so-ban-nganh")
            .Responsible("khcn-dmst-cds", "de-an-06", "cchc");
    }

    private static SeatBuilder Member(ProvincePackBuilder pack, string key, string office, string agency) =>
        pack.Seat(key, SeatRole.Member, office, "6")
            .Of(agency)
            // Đắk Lắk, Art. 10.1: members other than PPC leaders use their own agency's seal.
            .UsesSealOf(agency, "10.1")
            .Attendance()
            .MemberDuties();

    /// <summary>Đắk Lắk, Art. 2.4 and 9.3: every member, deputies included, attends or has the head's approval first.</summary>
    internal static SeatBuilder Attendance(this SeatBuilder seat) =>
        seat.Duty("2.4", "Tham gia đầy đủ phiên họp, hội nghị, làm việc và các hoạt động khác của Ban Chỉ đạo theo đúng thành phần được mời. Trường hợp bận công tác, xử lý các nhiệm vụ cấp bách, quan trọng hơn thì phải trực tiếp báo cáo, xin ý kiến đồng ý của Trưởng Ban Chỉ đạo trước khi phân công cho cấp phó.")
            .Duty("9.3", "Trường hợp không tham dự được cuộc họp phải báo cáo và được sự đồng ý của Trưởng Ban Chỉ đạo, đồng thời thông báo cho Cơ quan thường trực của Ban Chỉ đạo trước 01 ngày để tổng hợp.");

    /// <summary>The duties of every member (Art. 6) and what Art. 10, 13 and 14 add for members.</summary>
    internal static SeatBuilder MemberDuties(this SeatBuilder seat) =>
        seat.Duty("6.1", "Chấp hành và chịu trách nhiệm trước Trưởng Ban Chỉ đạo về việc thực hiện nhiệm vụ, quyền hạn theo sự phân công của Trưởng Ban Chỉ đạo. Tham gia các hoạt động chung của Ban Chỉ đạo. Tham dự đầy đủ các cuộc họp của Ban Chỉ đạo, trong trường hợp không thể tham dự phải báo cáo và được sự đồng ý của Trưởng Ban Chỉ đạo.")
            .Duty("6.2", "Tham mưu giúp Trưởng Ban Chỉ đạo về các nhiệm vụ liên quan đến phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, triển khai Đề án 06 và cải cách hành chính thuộc lĩnh vực phụ trách. Kịp thời báo cáo Trưởng Ban Chỉ đạo về những vấn đề phát sinh trong quá trình triển khai nhiệm vụ được giao và đề xuất sáng kiến, giải pháp tháo gỡ vướng mắc, khó khăn.")
            .Duty("6.3", "Tham gia xây dựng chương trình, kế hoạch công tác của Ban Chỉ đạo; phối hợp chuẩn bị nội dung, tài liệu phục vụ các phiên họp theo chức trách, nhiệm vụ được giao. Căn cứ chương trình, kế hoạch hoạt động của Ban Chỉ đạo, xây dựng chương trình, kế hoạch chi tiết của ngành, lĩnh vực phụ trách để chỉ đạo, triển khai thực hiện bảo đảm hiệu quả.")
            .Duty("6.4", "Trực tiếp chỉ đạo, lồng ghép các nội dung về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, triển khai Đề án 06 và cải cách hành chính trong các chiến lược, chương trình, đề án, dự án của ngành, lĩnh vực do cơ quan mình quản lý, chủ trì thực hiện và chịu trách nhiệm trước Trưởng Ban Chỉ đạo trong việc tổ chức thực hiện.")
            .Duty("6.5", "Chịu trách nhiệm triển khai thực hiện các ý kiến kết luận của Trưởng Ban Chỉ đạo liên quan đến ngành, lĩnh vực cơ quan mình phụ trách. Tham gia hội nghị, hội thảo, các đoàn nghiên cứu, kiểm tra, giám sát theo phân công của Trưởng Ban Chỉ đạo.")
            .Duty("6.6", "Thực hiện các nhiệm vụ khác do Trưởng Ban Chỉ đạo phân công.")
            .Duty("10.3", "Được sử dụng tổ chức, bộ máy của cơ quan, đơn vị mình để thực hiện nhiệm vụ của Ban Chỉ đạo; phối hợp với Cơ quan thường trực của Ban Chỉ đạo trong thực hiện nhiệm vụ; báo cáo Trưởng Ban Chỉ đạo về kết quả thực hiện.")
            // Đắk Lắk, Art. 13.1: "trước ngày 25" — before the 25th of the quarter's last month.
            .Duty("13.1", "Định kỳ trước ngày 25 của tháng cuối quý gửi báo cáo tình hình triển khai thực hiện nhiệm vụ cho đồng thời Cơ quan thường trực Ban Chỉ đạo và cơ quan thành viên Ban Chỉ đạo.")
            .Duty("13.2", "Đối với các phiên họp, hội nghị, làm việc đột xuất của Ban Chỉ đạo hoặc cuộc họp chuyên đề do cấp có thẩm quyền tổ chức, chủ động phối hợp, cung cấp thông tin, tài liệu cần thiết để Văn phòng UBND tỉnh chuẩn bị tài liệu, nội dung phát biểu của Trưởng Ban Chỉ đạo.")
            .Duty("14.2", "Theo nhiệm vụ được phân công, chịu trách nhiệm triển khai thi hành Quy chế này.");
}
