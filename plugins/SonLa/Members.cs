using Platform.Sdk;
using Platform.Sdk.Building;
using Platform.Sdk.Structure;

namespace Platform.Packs.SonLa;

/// <summary>
/// Members (Art. 9): one representative seat per point of Art. 9.2; the other concrete member seats (each department
/// director, each commune chair) are added by decision, since the regulation assigns duties by kind of office.
/// </summary>
internal static class Members
{
    private static readonly DateOnly LastDayOfDistricts = new(2025, 6, 30);
    private static readonly DateOnly FirstDayOfCommunes = new(2025, 7, 1);

    private const string OtherDuties =
        "Thực hiện các nhiệm vụ khác theo sự phân công của Trưởng Ban, Phó Trưởng Ban Chỉ đạo 1287.";

    private const string AttendOrReport =
        "Tham dự đầy đủ các cuộc họp của Ban Chỉ đạo 1287, trong trường hợp không thể tham dự phải báo cáo và được sự đồng ý của người chủ trì cuộc họp.";

    private const string SubstituteGivesWrittenOpinion =
        "Trường hợp ủy quyền cho người dự họp thay phải tham gia ý kiến bằng văn bản (trong trường hợp cuộc họp tổ chức lấy ý kiến đối với các vấn đề lớn, các dự thảo văn bản báo cáo cấp trên).";

    public static void Describe(ProvincePackBuilder pack)
    {
        PpcOfficeChief(pack);
        FinanceDirector(pack);
        DepartmentHeads(pack);
        LocalChairs(pack, "chu-tich-ubnd-cap-huyen", "Chủ tịch UBND các huyện, thị xã, thành phố", "ubnd-cap-huyen").Until(LastDayOfDistricts);
        // Sơn La, Art. 9.2d: from 01/07/2025 (two-level local government) the commune and ward chairs take the
        // district chairs' place with the same duties.
        LocalChairs(pack, "chu-tich-ubnd-cap-xa", "Chủ tịch UBND các xã, phường", "ubnd-cap-xa").From(FirstDayOfCommunes);
        DeputyDirector(pack, "pho-giam-doc-cong-an", "Phó Giám đốc Công an tỉnh phụ trách triển khai Đề án 06", "cong-an-tinh", "de-an-06");
        DeputyDirector(pack, "pho-giam-doc-so-khcn", "Phó Giám đốc Sở Khoa học và Công nghệ phụ trách lĩnh vực Công nghệ thông tin", "so-khcn", "khcn-dmst-cds");
        DeputyDirector(pack, "pho-giam-doc-so-noi-vu", "Phó Giám đốc Sở Nội vụ phụ trách lĩnh vực cải cách hành chính", "so-noi-vu", "cchc");
    }

    /// <summary>
    /// A member seat with the general duties every member has. Art. 9.1 is stated on member seats only: deputies
    /// have their own articles (6–8), and the regulation does not extend Art. 9.1 to them.
    /// </summary>
    private static SeatBuilder MemberSeat(ProvincePackBuilder pack, string key, string office, string article, string agency) =>
        pack.Seat(key, SeatRole.Member, office, article)
            .Of(agency)
            // Sơn La, Art. 9.1e: members sign with their own agency's seal.
            .UsesSealOf(agency, "9.1e")
            .Duty("9.1a", "Tổ chức thực hiện và chịu trách nhiệm trước Trưởng Ban Chỉ đạo 1287 về kế hoạch, chương trình, nhiệm vụ công tác và kết quả các nhiệm vụ được phân công.")
            .Duty("9.1b", "Tham gia công tác chỉ đạo, phối hợp giữa các sở, ngành và địa phương trong việc thực hiện các nhiệm vụ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, Đề án 06 và CCHC theo ngành, lĩnh vực được phân công; xem xét nội dung các đề án, dự án quan trọng, các dự thảo chỉ thị, quyết định của UBND tỉnh có nội dung chủ yếu liên quan trước khi trình UBND tỉnh xem xét, quyết định.")
            .Duty("9.1c", "Đề xuất, kiến nghị với Ban Chỉ đạo 1287 các chủ trương, giải pháp, cơ chế, chính sách để triển khai thực hiện nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, Đề án 06 và CCHC đối với các ngành, lĩnh vực thuộc chức năng, nhiệm vụ được giao.")
            .Duty("9.1d", "Tham dự đầy đủ các cuộc họp của Ban Chỉ đạo 1287, chuẩn bị ý kiến đóng góp về các vấn đề thuộc nội dung chương trình họp.")
            .Duty("9.1đ", "Tham gia xây dựng, góp ý vào kế hoạch, báo cáo của Ban Chỉ đạo 1287 do cơ quan thường trực soạn thảo, đề xuất giải quyết các nhiệm vụ của Ban Chỉ đạo 1287; chủ trì hoặc tham gia các đoàn công tác của Ban Chỉ đạo 1287 theo kế hoạch và phân công.")
            .Duty("9.1e", "Ký các văn bản theo nhiệm vụ được phân công hoặc uỷ quyền và sử dụng con dấu của cơ quan mình.")
            .Duty("9.1g", "Báo cáo định kỳ kết quả công tác phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, Đề án 06 và CCHC của tỉnh theo lĩnh vực, nhiệm vụ được phân công. Thực hiện các nhiệm vụ khác theo sự phân công của Trưởng Ban Chỉ đạo 1287.");

    // Sơn La, Art. 12.4 and 12.7: members report to all three standing agencies at once and answer for their reports;
    // "trước ngày 10" means before the 10th, so a report sent on the 10th is late.
    private static SeatBuilder ReportsAsMember(this SeatBuilder seat) =>
        seat.Duty("12.4", "Định kỳ trước ngày 10 của tháng cuối quý, 6 tháng, năm gửi báo cáo tình hình triển khai thực hiện nhiệm vụ cho đồng thời 03 Cơ quan thường trực Ban Chỉ đạo 1287.")
            .Duty("12.7", "Triển khai nhiệm vụ theo lĩnh vực được phân công; chịu trách nhiệm với thông tin, báo cáo, kết quả thực hiện nhiệm vụ được phân công thuộc phạm vi quản lý.");

    private static void PpcOfficeChief(ProvincePackBuilder pack) =>
        MemberSeat(pack, "chanh-van-phong-ubnd", "Chánh Văn phòng UBND tỉnh", "9.2a", "van-phong-ubnd")
            .Responsible("khcn-dmst-cds", "de-an-06", "cchc")
            .Duty("9.2a", "Tham mưu lịch công tác, tổ chức hội họp của Thường trực UBND tỉnh, Ban Chỉ đạo 1287; ban hành các văn bản chỉ đạo tổ chức triển khai thực hiện.")
            .Duty("9.2a", "Phối hợp với các cơ quan Thường trực Ban Chỉ đạo 1287 xây dựng các chương trình, kế hoạch, kết luận về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, Đề án 06 và CCHC trước khi trình Trưởng Ban phê duyệt ban hành. Ban hành các văn bản hướng dẫn, đôn đốc các cơ quan, đơn vị tổ chức thực hiện các văn bản của Ban Chỉ đạo 1287 theo phạm vi, nhiệm vụ được phân công.")
            .Duty("9.2a", "Trực tiếp tham mưu, giúp Trưởng Ban Chỉ đạo 1287 thực hiện các nhiệm vụ, giải pháp đẩy mạnh cải cách thủ tục hành chính; nghiên cứu, đề xuất việc nâng cao hiệu quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh và Bộ phận Một cửa cấp huyện, cấp xã; theo dõi, quản lý, tham mưu, đề xuất việc cải thiện kết quả hằng năm của tỉnh đối với “Chỉ số Phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến”.")
            .Duty("9.2a", "Phối hợp với các cơ quan Thường trực Ban Chỉ đạo 1287 theo dõi, đôn đốc việc thực hiện các kết luận, chỉ đạo của Ban Chỉ đạo 1287; chuẩn bị nội dung, điều kiện tổ chức cuộc họp, hội nghị của Ban Chỉ đạo 1287.")
            .Duty("9.2a", OtherDuties)
            .ReportsAsMember();

    private static void FinanceDirector(ProvincePackBuilder pack) =>
        MemberSeat(pack, "giam-doc-so-tai-chinh", "Giám đốc Sở Tài chính", "9.2b", "so-tai-chinh")
            // Art. 9.2b names these two fields in its budget bullet; its other bullets (POPI, PCI) are not portfolios.
            .Responsible("khcn-dmst-cds", "de-an-06")
            .Duty("9.2b", "Đề xuất UBND tỉnh và Trưởng Ban Chỉ đạo 1287 các nhiệm vụ, giải pháp trong lĩnh vực thuộc phạm vi quản lý, tập trung chỉ đạo, đôn đốc việc thực hiện các nhiệm vụ cụ thể sau đây.")
            .Duty("9.2b", "Tham mưu các nhiệm vụ, giải pháp đổi mới cơ chế, quy trình, thủ tục phân bổ ngân sách; đổi mới cơ chế tự chủ tài chính của các đơn vị sự nghiệp công lập theo hướng dẫn của Chính phủ và Bộ, ngành Trung ương; chuyển đổi các đơn vị sự nghiệp thành công ty cổ phần theo quy định và lộ trình được Chính phủ phê duyệt.")
            .Duty("9.2b", "Tăng cường quản lý, kiểm tra việc thực hiện công khai tài chính đảm bảo theo quy định; nâng cao hiệu quả công tác quản lý, sử dụng tài sản công; phối hợp với các cơ quan có liên quan tham mưu, đề xuất ban hành danh mục dịch vụ sự nghiệp công trên địa bàn tỉnh và cơ chế, chính sách xã hội hóa cung ứng dịch vụ công.")
            .Duty("9.2b", "Theo dõi, quản lý, tham mưu, đề xuất việc cải thiện, nâng cao kết quả hằng năm của tỉnh đối với “Chỉ số công khai ngân sách tỉnh” (POPI).")
            .Duty("9.2b", "Tham mưu, đề xuất việc bố trí kinh phí từ ngân sách cho các nhiệm vụ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 đảm bảo theo quy định của pháp luật hiện hành.")
            .Duty("9.2b", "Tham mưu cụ thể hoá những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia hằng năm theo chủ trương của Chính phủ.")
            .Duty("9.2b", "Tham mưu xây dựng Kế hoạch và đề xuất tổ chức Hội nghị đối thoại giữa Lãnh đạo UBND tỉnh với doanh nghiệp, hợp tác xã.")
            .Duty("9.2b", "Tham mưu báo cáo, đề xuất các nhiệm vụ, giải pháp thực hiện Chỉ số năng lực cạnh tranh cấp tỉnh (PCI).")
            .Duty("9.2b", OtherDuties)
            .ReportsAsMember();

    private static void DepartmentHeads(ProvincePackBuilder pack) =>
        MemberSeat(pack, "thu-truong-so-ban-nganh", "Giám đốc sở, ban, ngành; Thủ trưởng cơ quan, đơn vị (thành viên)", "9.2c", "so-ban-nganh")
            .Responsible("khcn-dmst-cds", "de-an-06", "cchc")
            .Duty("9.2c", "Chỉ đạo thực hiện các nhiệm vụ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, Đề án 06 và CCHC tại cơ quan, đơn vị. Tham mưu giúp Trưởng Ban Chỉ đạo 1287 các nhiệm vụ được giao để triển khai thực hiện có hiệu quả các nhiệm vụ này của ngành, lĩnh vực quản lý trên địa bàn tỉnh theo lĩnh vực được phân công phụ trách.")
            // Sơn La, Art. 9.2c: absence is approved by the meeting's chair; a substitute's member gives a written opinion.
            .Duty("9.2c", AttendOrReport)
            .Duty("9.2c", SubstituteGivesWrittenOpinion)
            .Duty("9.2c", "Cùng các thành viên Ban Chỉ đạo 1287 xem xét, báo cáo Trưởng Ban quyết định các vấn đề liên quan đến hoạt động của Ban Chỉ đạo 1287. Chịu trách nhiệm chỉ đạo, hướng dẫn các cơ quan, đơn vị trực thuộc thực hiện các nhiệm vụ theo chương trình, kế hoạch của Ban Chỉ đạo 1287; triển khai thực hiện các ý kiến kết luận của Trưởng Ban liên quan đến ngành, lĩnh vực, cơ quan mình đang phụ trách.")
            .Duty("9.2c", "Đẩy mạnh tuyên truyền việc thực hiện nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, Đề án 06 và CCHC, cung cấp dịch vụ công trực tuyến; nghiên cứu, tìm kiếm và triển khai các mô hình, sáng kiến, giải pháp, cách làm hay tại cơ quan, đơn vị, địa phương.")
            .Duty("9.2c", "Chịu trách nhiệm chỉ đạo triển khai các nhiệm vụ được giao trong kế hoạch hoạt động hằng năm của Ban Chỉ đạo 1287 thuộc phạm vi, trách nhiệm của sở, ngành, lĩnh vực mình, chỉ đạo xây dựng kế hoạch chi tiết triển khai thực hiện các nhiệm vụ được giao.")
            .Duty("9.2c", OtherDuties)
            .ReportsAsMember();

    // The regulation keeps the words "cấp huyện" in point d; from 01/07/2025 they apply to the commune level.
    private static SeatBuilder LocalChairs(ProvincePackBuilder pack, string key, string office, string agency) =>
        MemberSeat(pack, key, office, "9.2d", agency)
            .Responsible("khcn-dmst-cds", "de-an-06", "cchc")
            .Duty("9.2d", "Chịu trách nhiệm về việc thực hiện nhiệm vụ, quyền hạn được giao. Chỉ đạo quyết liệt, thúc đẩy phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, Đề án 06 và CCHC; quan tâm bố trí nhân lực, các nguồn lực cần thiết; chỉ đạo kịp thời, thường xuyên, liên tục, có giải pháp tháo gỡ các khó khăn, vướng mắc của đơn vị, địa phương trong triển khai các nội dung, nhiệm vụ này.")
            .Duty("9.2d", "Tăng cường kiểm tra, kỷ luật, kỷ cương hành chính đối với các cơ quan, đơn vị thuộc thẩm quyền quản lý. Kịp thời phát hiện chấn chỉnh tinh thần trách nhiệm, thái độ làm việc của đội ngũ cán bộ, công chức, viên chức, xử lý nghiêm các trường hợp nhũng nhiễu, tiêu cực, vi phạm kỷ luật, kỷ cương hành chính, văn hóa công sở, đạo đức công vụ, góp phần cải thiện sự hài lòng của tổ chức, cá nhân đối với sự phục vụ của cơ quan hành chính nhà nước.")
            .Duty("9.2d", AttendOrReport)
            .Duty("9.2d", SubstituteGivesWrittenOpinion)
            .Duty("9.2d", "Cùng các thành viên Ban Chỉ đạo 1287 xem xét, báo cáo Trưởng Ban quyết định các vấn đề liên quan đến hoạt động của Ban Chỉ đạo 1287; chịu trách nhiệm triển khai thực hiện các ý kiến kết luận của Trưởng Ban liên quan đến cấp huyện.")
            .Duty("9.2d", "Chịu trách nhiệm triển khai các nhiệm vụ được giao trong kế hoạch hoạt động hằng năm của Ban Chỉ đạo 1287 thuộc phạm vi, trách nhiệm của cấp huyện, chỉ đạo xây dựng kế hoạch chi tiết triển khai thực hiện các nhiệm vụ được giao.")
            .Duty("9.2d", OtherDuties)
            .ReportsAsMember();

    // Sơn La, Art. 9.2e: three deputy directors, one per portfolio, are members.
    private static void DeputyDirector(ProvincePackBuilder pack, string key, string office, string agency, string portfolio) =>
        MemberSeat(pack, key, office, "9.2e", agency)
            .Responsible(portfolio)
            .Duty("9.2e", "Chịu trách nhiệm chỉ đạo triển khai các nhiệm vụ được giao trong kế hoạch hoạt động hằng năm của Ban Chỉ đạo thuộc phạm vi, lĩnh vực phụ trách, tham mưu chỉ đạo xây dựng kế hoạch chi tiết triển khai thực hiện các nhiệm vụ được giao.")
            .Duty("9.2e", AttendOrReport + " Cùng các thành viên Ban Chỉ đạo 1287 xem xét, báo cáo Trưởng Ban quyết định các vấn đề liên quan đến hoạt động của Ban Chỉ đạo 1287.")
            .Duty("9.2e", OtherDuties)
            .ReportsAsMember();
}
