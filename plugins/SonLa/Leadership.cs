using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Packs.SonLa;

/// <summary>Head, standing deputy and the deputies who are PPC vice chairmen (Art. 5–7).</summary>
internal static class Leadership
{
    // Their duties (Art. 5–7) span all three fields, so they answer for every portfolio.
    private static readonly string[] AllPortfolios = ["khcn-dmst-cds", "de-an-06", "cchc"];

    public static void Describe(ProvincePackBuilder pack)
    {
        Head(pack);
        StandingDeputy(pack);

        // Sơn La, Art. 7: the regulation does not fix how many PPC vice chairmen are deputies; two seats are
        // declared here and more are added by decision.
        VicePpcChairDeputy(pack, "pho-truong-ban-pct-1");
        VicePpcChairDeputy(pack, "pho-truong-ban-pct-2");
    }

    private static void Head(ProvincePackBuilder pack) =>
        pack.Seat("truong-ban", SeatRole.Head, "Chủ tịch UBND tỉnh", "5")
            .Of("ubnd-tinh")
            .Responsible(AllPortfolios)
            // Sơn La, Art. 2.3: the head uses the seal of the agency where he works.
            .UsesSealOf("ubnd-tinh", "2.3")
            .Duty("5.1", "Thành lập và phân công nhiệm vụ cho các Tổ giúp việc Ban Chỉ đạo 1287; chỉ đạo các Tổ giúp việc thực hiện nhiệm vụ được giao.")
            .Duty("5.2", "Chỉ đạo toàn diện về hoạt động của Ban Chỉ đạo 1287; phân công nhiệm vụ các thành viên; ban hành chương trình, kế hoạch công tác của Ban Chỉ đạo 1287.")
            .Duty("5.3", "Triệu tập và chủ trì các cuộc họp định kỳ hoặc đột xuất của Ban Chỉ đạo 1287.")
            .Duty("5.4", "Ủy quyền cho Phó Trưởng Ban điều hành hoạt động, giải quyết các công việc khi cần thiết; quyết định những vấn đề thuộc phạm vi, chức năng, nhiệm vụ, quyền hạn của Ban Chỉ đạo 1287.")
            .Duty("12.3", "Quyết định họp đột xuất toàn thể Ban Chỉ đạo 1287 hoặc họp với một số thành viên theo đề xuất của Cơ quan thường trực; quyết định việc mời đại biểu không thuộc Ban Chỉ đạo 1287 tham dự các cuộc họp.")
            .Duty("13.2", "Xem xét, quyết định việc sửa đổi, bổ sung Quy chế khi cơ quan Thường trực trình.");

    // Sơn La, Art. 6: the regulation does not name the office holding the standing deputy seat (the founding decision
    // 1287/QĐ-UBND does); a PPC vice chairman is assumed, and the office text says which seat it is.
    private static void StandingDeputy(ProvincePackBuilder pack) =>
        pack.Seat("pho-truong-ban-thuong-truc", SeatRole.StandingDeputy, "Phó Chủ tịch UBND tỉnh (Phó Trưởng Ban Thường trực)", "6")
            .Of("ubnd-tinh")
            .Responsible(AllPortfolios)
            .UsesSealOf("ubnd-tinh", "2.3")
            .Duty("6.1", "Giúp Trưởng Ban trực tiếp chỉ đạo, điều phối các hoạt động của Ban Chỉ đạo 1287; thay mặt Trưởng Ban chủ trì và điều phối hoạt động chung khi Trưởng Ban vắng mặt hoặc được Trưởng Ban uỷ quyền; chủ trì các cuộc họp theo sự uỷ quyền của Trưởng Ban.")
            .Duty("6.2", CommonDeputyDuties.WorkingTeams)
            .Duty("6.3", CommonDeputyDuties.Advise)
            .Duty("6.4", CommonDeputyDuties.Urge)
            .Duty("6.5", "Thực hiện các nhiệm vụ khác theo phân công của Trưởng Ban Chỉ đạo 1287.");

    private static void VicePpcChairDeputy(ProvincePackBuilder pack, string key) =>
        pack.Seat(key, SeatRole.Deputy, "Phó Chủ tịch UBND tỉnh (Phó Trưởng Ban)", "7")
            .Of("ubnd-tinh")
            .Responsible(AllPortfolios)
            .UsesSealOf("ubnd-tinh", "2.3")
            .Duty("7.1", "Thay mặt Trưởng Ban chủ trì và điều phối hoạt động chung của Ban Chỉ đạo 1287 khi được Trưởng Ban uỷ quyền; chủ trì các cuộc họp theo sự uỷ quyền của Trưởng Ban Chỉ đạo 1287.")
            .Duty("7.2", CommonDeputyDuties.WorkingTeams)
            .Duty("7.3", CommonDeputyDuties.Advise)
            .Duty("7.4", CommonDeputyDuties.Urge)
            .Duty("7.5", "Thực hiện các nhiệm vụ khác theo phân công của Trưởng Ban Chỉ đạo 1287.");

    /// <summary>Art. 6.2–6.4 and 7.2–7.4 are word for word the same.</summary>
    private static class CommonDeputyDuties
    {
        public const string WorkingTeams =
            "Tổ chức các đoàn làm việc, đôn đốc các sở, ngành, địa phương; đánh giá, báo cáo Trưởng Ban Chỉ đạo 1287 về sự phối hợp giữa các sở, ngành, địa phương và các cơ quan, tổ chức có liên quan trong việc triển khai các nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, Đề án 06 và CCHC.";

        public const string Advise =
            "Tham mưu cho Trưởng Ban đề xuất với UBND tỉnh các chủ trương, chính sách, sáng kiến và giải pháp quan trọng để đẩy mạnh công tác phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, Đề án 06 và CCHC; kiến nghị phương hướng, biện pháp giải quyết các vấn đề liên quan.";

        public const string Urge =
            "Đôn đốc các sở, ngành, địa phương triển khai chương trình, kế hoạch và nhiệm vụ, giải pháp về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, Đề án 06 và CCHC theo các văn bản chỉ đạo, chương trình, kế hoạch, đề án được cấp trên ban hành; yêu cầu các sở, ngành, địa phương thực hiện chế độ thông tin, báo cáo phục vụ hoạt động của Ban Chỉ đạo 1287.";
    }
}
