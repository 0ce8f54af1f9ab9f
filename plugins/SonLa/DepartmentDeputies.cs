using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Packs.SonLa;

/// <summary>Deputies who are department directors, each with a portfolio (Art. 8); every bullet is one duty.</summary>
internal static class DepartmentDeputies
{
    private const string IssueGuidance =
        "Ban hành các văn bản hướng dẫn, đôn đốc các cơ quan, đơn vị tổ chức thực hiện các văn bản của Ban Chỉ đạo 1287 theo phạm vi, nhiệm vụ được phân công.";

    private const string OtherDuties =
        "Thực hiện các nhiệm vụ khác theo sự phân công của Trưởng Ban, Phó Trưởng Ban Chỉ đạo 1287.";

    public static void Describe(ProvincePackBuilder pack)
    {
        PoliceDirector(pack);
        ScienceDirector(pack);
        HomeAffairsDirector(pack);
    }

    // Sơn La, Art. 8.1: the police director is a deputy head responsible for Project 06.
    private static void PoliceDirector(ProvincePackBuilder pack) =>
        pack.Seat("giam-doc-cong-an", SeatRole.Deputy, "Giám đốc Công an tỉnh", "8.1")
            .Of("cong-an-tinh")
            .Responsible("de-an-06")
            // Sơn La, Art. 2.3: deputies use the seal of the agency where they work.
            .UsesSealOf("cong-an-tinh", "2.3")
            .Duty("8.1", "Chủ trì tham mưu xây dựng chương trình, kế hoạch công tác hằng năm, các văn bản chỉ đạo chung triển khai Đề án 06; đôn đốc, kiểm tra, đánh giá, báo cáo kết quả thực hiện các kết luận, chỉ đạo của Ban Chỉ đạo 1287 đối với việc triển khai Đề án 06; triển khai sơ kết, tổng kết, đánh giá tình hình triển khai, kết quả thực hiện các nhiệm vụ, giải pháp trọng tâm được giao.")
            .Duty("8.1", "Chủ trì, phối hợp với Sở Khoa học và Công nghệ, Sở Nội vụ, Văn phòng UBND tỉnh chuẩn bị nội dung, tài liệu phục vụ các hoạt động và cuộc họp của Ban Chỉ đạo 1287; dự thảo thông báo của Ban Chỉ đạo 1287 và các văn bản liên quan đối với việc triển khai Đề án 06.")
            .Duty("8.1", "Chủ trì, phối hợp với các cơ quan, đơn vị triển khai thực hiện các nội dung của Đề án 06 theo chỉ đạo của Chính phủ. Tổng hợp, đề xuất khen thưởng các tập thể, cá nhân có thành tích xuất sắc.")
            .Duty("8.1", "Chủ trì, phối hợp cơ quan, đơn vị triển khai các mô hình, giải pháp ứng dụng những tiện ích được phát triển từ nền tảng Cơ sở dữ liệu quốc gia về dân cư, căn cước, định danh và xác thực điện tử để đẩy mạnh thực hiện Đề án 06; đẩy mạnh thu nhận hồ sơ cấp thẻ căn cước và cấp tài khoản định danh điện tử, hướng dẫn người dân, tổ chức kích hoạt, sử dụng tài khoản định danh điện tử. Duy trì, đảm bảo dữ liệu dân cư \"đúng, đủ, sạch, sống\", phối hợp làm sạch dữ liệu của các ngành đảm bảo thống nhất với dữ liệu dân cư; đẩy mạnh công tác tuyên truyền Đề án 06 trên địa bàn tỉnh.")
            .Duty("8.1", IssueGuidance)
            .Duty("8.1", OtherDuties);

    // Sơn La, Art. 8.2: the DOST director is a deputy head for S&T, innovation and DX, and answers for the DTI.
    private static void ScienceDirector(ProvincePackBuilder pack) =>
        pack.Seat("giam-doc-so-khcn", SeatRole.Deputy, "Giám đốc Sở Khoa học và Công nghệ", "8.2")
            .Of("so-khcn")
            .Responsible("khcn-dmst-cds")
            .UsesSealOf("so-khcn", "2.3")
            .Duty("8.2", "Chủ trì, phối hợp với Công an tỉnh, Sở Nội vụ, Văn phòng UBND tỉnh và các cơ quan, đơn vị tham mưu, xây dựng kế hoạch; chuẩn bị nội dung, tài liệu phục vụ các hoạt động và cuộc họp của Ban Chỉ đạo 1287; tham mưu, đề xuất công tác đánh giá kết quả hoạt động của Ban Chỉ đạo 1287 định kỳ hằng quý, 6 tháng và hằng năm; xây dựng dự thảo Thông báo kết luận cuộc họp và các văn bản liên quan trong lĩnh vực phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số.")
            .Duty("8.2", "Trực tiếp tham mưu cho Ban Chỉ đạo 1287 triển khai các nhiệm vụ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số của tỉnh. Xây dựng Kế hoạch công tác hằng năm, các văn bản chỉ đạo chung về công tác phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số của tỉnh.")
            .Duty("8.2", "Đôn đốc các cơ quan, đơn vị triển khai thực hiện kết luận, chỉ đạo của Ban Chỉ đạo 1287; tham mưu triển khai sơ kết, tổng kết, đánh giá tình hình triển khai, kết quả thực hiện các nhiệm vụ, giải pháp trọng tâm được giao trong lĩnh vực phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số của tỉnh.")
            .Duty("8.2", "Tham mưu tổ chức thực hiện và báo cáo kết quả thực hiện các nội dung phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số của tỉnh. Tổng hợp, đề xuất khen thưởng các tập thể, cá nhân có thành tích xuất sắc.")
            .Duty("8.2", "Tham mưu khâu nối chương trình, nội dung làm việc với Bộ Khoa học và Công nghệ, các tập đoàn, tổng công ty, doanh nghiệp công nghệ thông tin, bưu chính, viễn thông trong và ngoài tỉnh.")
            .Duty("8.2", "Tuyên truyền, phổ biến, nâng cao nhận thức cho cán bộ, công chức, viên chức của tỉnh và người dân trên địa bàn tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số. Theo dõi, tham mưu, đề xuất các giải pháp cải thiện, nâng cao kết quả Chỉ số Chuyển đổi số (DTI); đổi mới phương pháp theo dõi, đánh giá, xác định Chỉ số DTI của các cơ quan, đơn vị, địa phương trên địa bàn tỉnh.")
            .Duty("8.2", IssueGuidance)
            .Duty("8.2", OtherDuties);

    // Sơn La, Art. 8.3: the Home Affairs director is a deputy head for administrative reform (PAR INDEX, SIPAS, PAPI).
    private static void HomeAffairsDirector(ProvincePackBuilder pack) =>
        pack.Seat("giam-doc-so-noi-vu", SeatRole.Deputy, "Giám đốc Sở Nội vụ", "8.3")
            .Of("so-noi-vu")
            .Responsible("cchc")
            .UsesSealOf("so-noi-vu", "2.3")
            .Duty("8.3", "Chủ trì, tham mưu xây dựng chương trình, kế hoạch công tác hằng năm, các văn bản chỉ đạo chung triển khai CCHC; đôn đốc, kiểm tra, đánh giá, báo cáo kết quả thực hiện các kết luận, chỉ đạo của Ban Chỉ đạo 1287 đối với việc triển khai CCHC; triển khai sơ kết, tổng kết, đánh giá tình hình triển khai, kết quả thực hiện các nhiệm vụ, giải pháp trọng tâm được giao.")
            .Duty("8.3", "Chủ trì, phối hợp với Sở Khoa học và Công nghệ, Công an tỉnh, Văn phòng UBND tỉnh chuẩn bị nội dung, tài liệu phục vụ các hoạt động và cuộc họp của Ban Chỉ đạo 1287, dự thảo Thông báo kết luận của Ban Chỉ đạo 1287 và các văn bản liên quan trong lĩnh vực CCHC.")
            .Duty("8.3", "Đôn đốc các cơ quan, đơn vị triển khai thực hiện kết luận, chỉ đạo của Ban Chỉ đạo 1287; tham mưu triển khai sơ kết, tổng kết, đánh giá tình hình triển khai, kết quả thực hiện các nhiệm vụ, giải pháp trọng tâm được giao trong lĩnh vực CCHC.")
            .Duty("8.3", "Tham mưu tổ chức thực hiện và báo cáo kết quả thực hiện công tác CCHC của tỉnh. Tổng hợp, đề xuất khen thưởng các tập thể, cá nhân có thành tích xuất sắc.")
            .Duty("8.3", "Theo dõi, tham mưu, đề xuất các giải pháp cải thiện các chỉ số: Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính Nhà nước (SIPAS) và Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh (PAPI); đổi mới phương pháp theo dõi, đánh giá, xác định Chỉ số SIPAS, Chỉ số PAR INDEX của các cơ quan, đơn vị, địa phương trên địa bàn tỉnh.")
            .Duty("8.3", IssueGuidance)
            .Duty("8.3", OtherDuties);
}
