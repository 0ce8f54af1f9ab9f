using Platform.Sdk;
using Platform.Sdk.Building;
using Platform.Sdk.Structure;

namespace Platform.Packs.SonLa;

/// <summary>Standing leadership (Art. 10), the three standing agencies (Art. 11, 12.4–12.6) and support teams (Art. 5.1).</summary>
internal static class Bodies
{
    public static void Describe(ProvincePackBuilder pack)
    {
        StandingLeadership(pack);

        // Sơn La, Art. 12.4–12.5: three standing agencies, one per portfolio, each compiling its thematic report.
        StandingAgency(pack, "co-quan-thuong-truc-khcn", "Sở Khoa học và Công nghệ (Cơ quan Thường trực chung)", "so-khcn", "khcn-dmst-cds",
                "phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số")
            // Sơn La, Art. 12.6: DOST is the general standing agency: it compiles the general report and prepares the meeting.
            .General()
            .Duty("12.6", "Là Cơ quan Thường trực chung: trên cơ sở báo cáo chuyên đề của Sở Khoa học và Công nghệ, Công an tỉnh, Sở Nội vụ, tổng hợp, hoàn thiện các nội dung báo cáo chung về kết quả hoạt động của Ban Chỉ đạo 1287 và tham mưu việc tổ chức họp Ban Chỉ đạo 1287.")
            // Art. 12.3 and 13.2 speak of "the" standing agency; read as the general one, which prepares the meetings.
            .Duty("12.3", "Khi có yêu cầu hoặc khi cần chỉ đạo theo từng chuyên đề, đề xuất với Trưởng Ban quyết định họp đột xuất toàn thể Ban Chỉ đạo 1287 hoặc họp với một số thành viên.")
            .Duty("13.2", "Trong quá trình thực hiện Quy chế, nếu có vấn đề phát sinh hoặc cần sửa đổi, bổ sung, trình Trưởng Ban xem xét, quyết định.");
        StandingAgency(pack, "co-quan-thuong-truc-de-an-06", "Công an tỉnh (Cơ quan Thường trực về Đề án 06)", "cong-an-tinh", "de-an-06", "Đề án 06");
        StandingAgency(pack, "co-quan-thuong-truc-cchc", "Sở Nội vụ (Cơ quan Thường trực về CCHC)", "so-noi-vu", "cchc", "CCHC");

        // Sơn La, Art. 5.1: the head sets up the support teams and assigns their duties.
        pack.Body("to-giup-viec", BodyKind.SupportTeam, "Tổ giúp việc Ban Chỉ đạo 1287", "5.1")
            .Duty("5.1", "Thực hiện nhiệm vụ do Trưởng Ban Chỉ đạo 1287 phân công, theo sự chỉ đạo của Trưởng Ban.");
    }

    // Sơn La, Art. 10: the article gives the standing leadership's duties but not its members; the head and the
    // standing deputy are assumed until a decision says otherwise.
    private static void StandingLeadership(ProvincePackBuilder pack) =>
        pack.Body("thuong-truc-bcd", BodyKind.StandingLeadership, "Thường trực Ban Chỉ đạo 1287", "10")
            .WithMembers("truong-ban", "pho-truong-ban-thuong-truc")
            .Duty("10.1", "Chỉ đạo việc xây dựng, thực hiện chương trình, kế hoạch công tác và giải quyết các công việc phát sinh giữa các phiên họp của Ban Chỉ đạo 1287.")
            .Duty("10.2", "Giải quyết hoặc kiến nghị Ban Chỉ đạo 1287 giải quyết các đề xuất, kiến nghị của thành viên Ban Chỉ đạo 1287, cơ quan thường trực Ban Chỉ đạo 1287 và các cơ quan, đơn vị.")
            .Duty("10.3", "Quyết định việc sử dụng tổ chức bộ máy, cán bộ, công chức, viên chức và phương tiện, trang thiết bị của các cơ quan, đơn vị có liên quan để phục vụ nhiệm vụ của Ban Chỉ đạo 1287 khi cần thiết.")
            .Duty("10.4", "Cho chủ trương, định hướng về xây dựng, thực hiện các cơ chế đặc thù để phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, triển khai Đề án 06 và CCHC; giải quyết, tháo gỡ những khó khăn, vướng mắc trong quá trình thực hiện.")
            .Duty("10.5", "Cho chủ trương, định hướng phân bổ nguồn nhân lực thực hiện nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, triển khai Đề án 06 và CCHC.");

    /// <summary>A standing agency with the duties Art. 11 gives every standing agency and its Art. 12.5 thematic report.</summary>
    private static BodyBuilder StandingAgency(ProvincePackBuilder pack, string key, string name, string agency, string portfolio, string theme) =>
        pack.Body(key, BodyKind.StandingAgency, name, "11")
            .LedBy(agency)
            .Serves(portfolio)
            // Sơn La, Art. 2.3: standing agencies use the seal of their own agency.
            .UsesSealOf(agency, "2.3")
            .Duty("11.1", "Chủ trì, phối hợp với các cơ quan, đơn vị tham mưu, xây dựng kế hoạch; chuẩn bị nội dung, tài liệu phục vụ các hoạt động và các cuộc họp của Ban Chỉ đạo 1287; tham mưu, đề xuất công tác đánh giá kết quả hoạt động của Ban Chỉ đạo 1287 định kỳ hằng quý, 6 tháng và hằng năm; xây dựng dự thảo thông báo kết luận cuộc họp của Ban Chỉ đạo 1287.")
            .Duty("11.2", "Chủ trì, phối hợp với các cơ quan liên quan và các thành viên Ban Chỉ đạo 1287 chuẩn bị báo cáo, kế hoạch, chương trình công tác của Ban Chỉ đạo 1287. Được đề nghị các cơ quan, đơn vị có liên quan, các thành viên cung cấp thông tin về tiến độ triển khai thực hiện nhiệm vụ do Trưởng Ban giao để tổng hợp, báo cáo Ban Chỉ đạo 1287.")
            .Duty("11.3", "Đề nghị Trưởng Ban khen thưởng các thành viên Ban Chỉ đạo 1287, Tổ giúp việc và các sở, ban, ngành, địa phương hoàn thành tốt nhiệm vụ theo quy định của pháp luật về thi đua, khen thưởng.")
            .Duty("11.4", "Được sử dụng bộ máy, cán bộ, công chức của đơn vị để tổng hợp, theo dõi, đề xuất việc thực hiện nhiệm vụ được phân công.")
            // Sơn La, Art. 12.5: a full report and a summary of about a third of its length, to DOST no later than the 20th.
            .Duty("12.5", $"Trên cơ sở báo cáo của các thành viên, tổng hợp, xây dựng báo cáo chuyên đề về {theme} gửi Sở Khoa học và Công nghệ (Cơ quan thường trực chung), gồm: (i) báo cáo toàn văn; (ii) báo cáo tóm tắt dài bằng 1/3 số trang báo cáo toàn văn (kết quả; tồn tại hạn chế; nguyên nhân; nhiệm vụ giải pháp), đề xuất cụ thể nội dung phát biểu kết luận, chỉ đạo của Trưởng Ban; chậm nhất vào ngày 20 của tháng cuối quý, 6 tháng, năm.");
}
