using Platform.Sdk;
using Platform.Sdk.Building;
using Platform.Sdk.Structure;

namespace Platform.Packs.DakLak;

/// <summary>Head (Art. 4), standing deputy (Art. 5.1) and deputies who are PPC leaders (Art. 5.2).</summary>
internal static class Leadership
{
    // Their duties name all three fields, so they answer for every portfolio.
    private static readonly string[] AllPortfolios = ["khcn-dmst-cds", "de-an-06", "cchc"];

    public static void Describe(ProvincePackBuilder pack)
    {
        Head(pack);
        StandingDeputy(pack);

        // Đắk Lắk, Art. 5.2: the regulation speaks of "các Phó Trưởng Ban" without a number; two seats are declared
        // here and more are added by decision.
        Deputy(pack, "pho-truong-ban-1");
        Deputy(pack, "pho-truong-ban-2");
    }

    // Đắk Lắk: the decision is signed "Trưởng Ban / Chủ tịch UBND tỉnh", so the head is the PPC chairman.
    private static void Head(ProvincePackBuilder pack) =>
        pack.Seat("truong-ban", SeatRole.Head, "Chủ tịch UBND tỉnh", "4")
            .Of("ubnd-tinh")
            .Responsible(AllPortfolios)
            // Đắk Lắk, Art. 10.1: the head and deputies who are PPC leaders use the PPC seal.
            .UsesSealOf("ubnd-tinh", "10.1")
            .Duty("4.1", "Chỉ đạo, điều hành toàn diện về tổ chức, chức năng, nhiệm vụ và hoạt động của Ban Chỉ đạo theo quy định tại Quy chế này; phân công nhiệm vụ các thành viên Ban Chỉ đạo. Chỉ đạo, định hướng nhiệm vụ trọng tâm, quan trọng; tổ chức sơ kết, tổng kết hoạt động của Ban Chỉ đạo.")
            .Duty("4.2", "Thay mặt Ban Chỉ đạo ký ban hành Quy chế làm việc của Ban Chỉ đạo, chương trình, kế hoạch công tác, kiểm tra, giám sát hằng năm và các văn bản quan trọng khác của Ban Chỉ đạo.")
            .Duty("4.3", "Triệu tập, chủ trì các cuộc họp của Ban Chỉ đạo, có thể ủy quyền cho đồng chí Phó Trưởng Ban Chỉ đạo triệu tập, chủ trì cuộc họp. Chỉ đạo thành lập các đoàn kiểm tra, giám sát của Ban Chỉ đạo theo kế hoạch hoặc đột xuất.")
            .Duty("4.4", "Chủ trì hoặc phân công đồng chí Phó Trưởng Ban Chỉ đạo thay mặt Ban Chỉ đạo làm việc với các cơ quan, tổ chức, đơn vị về những vấn đề liên quan đến nhiệm vụ của Ban Chỉ đạo.")
            .Duty("4.5", "Trên cơ sở đề nghị của Cơ quan thường trực Ban Chỉ đạo và các cơ quan liên quan, biểu dương, đề nghị khen thưởng tập thể, cá nhân có thành tích xuất sắc; phê bình, yêu cầu xem xét xử lý trách nhiệm theo quy định đối với các tập thể, cá nhân có hành vi vi phạm các quy định của pháp luật về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và triển khai Đề án 06.")
            .Duty("9.1", "Quyết định việc triển khai các cuộc họp theo hình thức trực tiếp hoặc trực tuyến (hoặc ủy quyền cho Phó Trưởng Ban quyết định).")
            // Đắk Lắk, Art. 9.3: the head approves a member's absence from a meeting.
            .Duty("9.3", "Xem xét, đồng ý việc thành viên Ban Chỉ đạo không tham dự được cuộc họp.")
            .LeaderDuties()
            .Duty("14.1", "Tổ chức, chỉ đạo các thành viên Ban Chỉ đạo thực hiện Quy chế này.")
            .Duty("14.4", "Xem xét, quyết định những khó khăn, vướng mắc, vấn đề phát sinh hoặc việc sửa đổi, bổ sung Quy chế do Cơ quan thường trực tổng hợp, đề xuất.");

    // Đắk Lắk, Art. 5.1: the regulation does not name the office holding the standing deputy seat (the founding
    // decision 903/QĐ-UBND does); a PPC vice chairman is assumed, and the office text says which seat it is.
    private static void StandingDeputy(ProvincePackBuilder pack) =>
        pack.Seat("pho-truong-ban-thuong-truc", SeatRole.StandingDeputy, "Phó Chủ tịch UBND tỉnh (Phó Trưởng Ban Thường trực)", "5.1")
            .Of("ubnd-tinh")
            .Responsible(AllPortfolios)
            .UsesSealOf("ubnd-tinh", "10.1")
            .Attendance()
            .Duty("5.1", "Giúp Trưởng Ban Chỉ đạo trực tiếp chỉ đạo các hoạt động của Ban Chỉ đạo; xem xét, giải quyết các công việc thường xuyên của Ban Chỉ đạo.")
            .Duty("5.1", "Khi Trưởng Ban Chỉ đạo vắng mặt, thay mặt Trưởng Ban Chỉ đạo lãnh đạo công tác của Ban Chỉ đạo.")
            .Duty("5.1", "Chủ trì các phiên họp, hội nghị, hội thảo, ký văn bản của Ban Chỉ đạo và thực hiện nhiệm vụ khác do Trưởng Ban Chỉ đạo phân công hoặc ủy quyền; báo cáo Trưởng Ban Chỉ đạo quyết định hoặc xin ý kiến chỉ đạo đối với những vấn đề quan trọng, vượt thẩm quyền.")
            .Duty("5.1", "Trực tiếp chỉ đạo Cơ quan thường trực của Ban Chỉ đạo.")
            .LeaderDuties();

    private static void Deputy(ProvincePackBuilder pack, string key) =>
        pack.Seat(key, SeatRole.Deputy, "Phó Chủ tịch UBND tỉnh (Phó Trưởng Ban)", "5.2")
            .Of("ubnd-tinh")
            .Responsible(AllPortfolios)
            .UsesSealOf("ubnd-tinh", "10.1")
            .Duty("5.2a", "Thực hiện đầy đủ nhiệm vụ của Thành viên Ban Chỉ đạo; giúp Trưởng Ban Chỉ đạo chỉ đạo, đôn đốc các sở, ban, ngành và địa phương thuộc lĩnh vực phụ trách xử lý các nhiệm vụ liên quan đến cơ chế, chính sách để phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, triển khai Đề án 06 và cải cách hành chính nhằm đạt được các chỉ tiêu định lượng do Chính phủ, Thủ tướng Chính phủ, Tỉnh ủy, UBND tỉnh đề ra; yêu cầu các sở, ban, ngành và địa phương thực hiện chế độ thông tin, báo cáo định kỳ, tuân thủ thời hạn báo cáo, thực hiện chế độ thông tin, báo cáo trực tuyến.")
            .Duty("5.2b", "Tham dự đầy đủ các cuộc họp của Ban Chỉ đạo (trường hợp không dự họp phải báo cáo và được sự đồng ý của Trưởng Ban Chỉ đạo); tham gia thảo luận, quyết định các vấn đề thuộc thẩm quyền của Ban Chỉ đạo.")
            .Duty("5.2c", "Thực hiện các nhiệm vụ khác theo phân công của Trưởng Ban Chỉ đạo.")
            .LeaderDuties()
            // Đắk Lắk, Art. 5.2a: deputies carry every duty of a member as well.
            .Attendance()
            .MemberDuties();

    // Đắk Lắk, Art. 9.2 and 10.2: what the head and the deputies alike may do.
    private static SeatBuilder LeaderDuties(this SeatBuilder seat) =>
        seat.Duty("9.2", "Có thể triệu tập các cuộc họp với các cơ quan liên quan; người chủ trì quyết định thành phần tham dự.")
            .Duty("10.2", "Định kỳ hoặc đột xuất làm việc với thành viên Ban Chỉ đạo, các Tiểu Ban, các sở, ban, ngành và địa phương để nghe báo cáo tình hình và chỉ đạo việc thực hiện chương trình, kế hoạch công tác của Ban Chỉ đạo.");
}
