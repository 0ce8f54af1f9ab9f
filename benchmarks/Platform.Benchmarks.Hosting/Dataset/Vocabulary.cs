using Platform.Core.Localization;

namespace Platform.Benchmarks.Hosting.Dataset;

/// <summary>
/// The words the load-test dataset is written with: a task's title is an action and a subject of the committee's
/// fields (science and technology, digital transformation, Project 06, administrative reform), and a periodic
/// report's sections are sentences about the same subjects (<see cref="ReportWriter"/>), so that lists, search, the
/// dashboard and the reporting pages meet text that looks like a province's.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] Actions =
    [
        "Báo cáo kết quả",
        "Triển khai",
        "Rà soát, đánh giá",
        "Xây dựng kế hoạch",
        "Hoàn thiện hồ sơ",
        "Đôn đốc thực hiện",
        "Tham mưu ban hành văn bản về",
        "Tổ chức kiểm tra",
        "Tổng hợp số liệu",
        "Đề xuất giải pháp",
        "Nâng cấp",
        "Hướng dẫn thực hiện",
        "Tuyên truyền về",
        "Bố trí kinh phí cho",
        "Kiểm tra, giám sát",
        "Sơ kết việc",
    ];

    public static readonly string[] Subjects =
    [
        "cung cấp dịch vụ công trực tuyến toàn trình",
        "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        "làm sạch dữ liệu dân cư",
        "kết nối Cơ sở dữ liệu quốc gia về dân cư",
        "cấp căn cước và định danh điện tử",
        "Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh",
        "thanh toán trực tuyến phí, lệ phí",
        "chữ ký số cho cán bộ, công chức",
        "hạ tầng mạng và trung tâm dữ liệu của tỉnh",
        "an toàn thông tin mạng",
        "chuyển đổi số cấp xã",
        "tổ công nghệ số cộng đồng",
        "nhiệm vụ khoa học và công nghệ cấp tỉnh",
        "hỗ trợ doanh nghiệp đổi mới sáng tạo",
        "Chỉ số cải cách hành chính (PAR Index)",
        "Chỉ số hài lòng của người dân (SIPAS)",
        "Bộ phận Một cửa các cấp",
        "đơn giản hóa thủ tục hành chính",
        "ứng dụng VNeID trong giải quyết thủ tục",
        "kho dữ liệu dùng chung của tỉnh",
        "nền tảng tích hợp, chia sẻ dữ liệu (LGSP)",
        "hồ sơ sức khỏe điện tử",
        "học bạ số",
        "camera giám sát an ninh, trật tự",
    ];

    public static readonly string[] Outputs =
    [
        "Báo cáo kết quả gửi Cơ quan thường trực",
        "Văn bản trình UBND tỉnh",
        "Kế hoạch được phê duyệt",
        "Số liệu cập nhật trên hệ thống",
        "Biên bản kiểm tra",
        "Đề xuất, kiến nghị gửi Ban Chỉ đạo",
    ];

    public static readonly string[] ProgressNotes =
    [
        "Đang triển khai theo kế hoạch.",
        "Đã hoàn thành một phần, đang tổng hợp số liệu.",
        "Đã ban hành văn bản chỉ đạo, đang đôn đốc các đơn vị.",
        "Gặp khó khăn về kinh phí, đang đề xuất bổ sung.",
    ];

    public static readonly string[] CancelReasons =
    [
        "Nội dung đã được lồng ghép vào nhiệm vụ khác.",
        "Không còn phù hợp do thay đổi quy định.",
        "Điều chỉnh theo chỉ đạo của Trưởng Ban.",
    ];

    public static readonly string[] ExtensionReasons =
    [
        "Chờ hướng dẫn của bộ, ngành Trung ương.",
        "Cần thêm thời gian tổng hợp số liệu từ cấp xã.",
        "Phụ thuộc tiến độ nâng cấp hệ thống của nhà cung cấp.",
    ];

    // The sentences periodic reports are written in, one list per section (Sơn La, Art. 12.4–12.5: results,
    // shortcomings, causes, tasks and solutions, proposals). {s} is a subject, {a} an action (lower case), {p} the
    // period ("quý III/2026"), {n} a percentage, {d} a few percentage points, {k} a count, {m} one to three.

    public static readonly string[] ReportResults =
    [
        "Trong {p}, đơn vị đã {a} {s}, đạt {n}% kế hoạch đề ra.",
        "Ban hành {k} văn bản chỉ đạo, hướng dẫn, đôn đốc về {s}; các nhiệm vụ được giao cơ bản hoàn thành đúng tiến độ.",
        "Tỷ lệ hồ sơ về {s} được xử lý đúng hạn đạt {n}%, tăng {d} điểm phần trăm so với kỳ trước.",
        "Đã phối hợp với các sở, ngành, địa phương {a} {s}; kết quả được cập nhật đầy đủ trên hệ thống.",
        "Tổ chức {k} đợt kiểm tra việc {s} tại các xã, phường; qua kiểm tra đã kịp thời chấn chỉnh những tồn tại phát sinh.",
        "Công tác {s} tiếp tục được quan tâm chỉ đạo quyết liệt, có chuyển biến tích cực; {k} nhiệm vụ đã hoàn thành, đạt {n}%.",
        "Kết quả {s} tăng {d}% so với cùng kỳ năm trước, vượt chỉ tiêu được giao.",
        "Tuyên truyền về {s} được đẩy mạnh trên báo, đài và mạng xã hội, với {k} tin, bài được đăng tải.",
        "Bố trí {m} cán bộ chuyên trách theo dõi {s}; duy trì chế độ báo cáo định kỳ hằng tuần.",
        "Hoàn thành việc {a} {s} tại {k} xã, phường, đạt {n}% số đơn vị trên địa bàn tỉnh.",
        "Các chỉ tiêu về {s} trong {p} cơ bản bảo đảm yêu cầu; một số chỉ tiêu đạt và vượt kế hoạch năm.",
        "Đã tiếp nhận, xử lý {k} phản ánh, kiến nghị của người dân, doanh nghiệp liên quan đến {s}, đạt {n}% đúng hạn.",
    ];

    public static readonly string[] ReportShortcomings =
    [
        "Việc {s} ở một số địa phương còn chậm, mới đạt {n}% so với yêu cầu.",
        "Chất lượng dữ liệu về {s} chưa đồng bộ; còn {k} trường hợp phải rà soát, cập nhật lại.",
        "Một số nhiệm vụ về {s} chưa hoàn thành đúng thời hạn được giao.",
        "Sự phối hợp giữa các cơ quan, đơn vị trong {s} có lúc chưa chặt chẽ, thiếu thường xuyên.",
        "Tỷ lệ người dân sử dụng {s} còn thấp, chỉ đạt {n}% so với chỉ tiêu.",
        "Hạ tầng kỹ thuật phục vụ {s} tại cấp xã còn thiếu, chưa bảo đảm yêu cầu vận hành.",
        "Công tác báo cáo, thống kê số liệu về {s} đôi khi chưa kịp thời, chưa chính xác.",
        "Còn {k} hồ sơ liên quan đến {s} giải quyết quá hạn, chưa có văn bản xin lỗi người dân theo quy định.",
    ];

    public static readonly string[] ReportCauses =
    [
        "Nguyên nhân chủ yếu do nguồn lực cho {s} còn hạn chế, kinh phí bố trí chưa kịp thời.",
        "Đội ngũ cán bộ làm công tác {s} ở cấp xã còn mỏng, phần lớn kiêm nhiệm nhiều việc.",
        "Một số văn bản hướng dẫn của Trung ương về {s} ban hành chậm, chưa đầy đủ.",
        "Địa bàn rộng, chia cắt, giao thông đi lại khó khăn, ảnh hưởng đến tiến độ {s}.",
        "Nhận thức của một bộ phận người dân về {s} chưa đầy đủ, còn thói quen giao dịch trực tiếp.",
        "Người đứng đầu một số cơ quan, đơn vị chưa thực sự quan tâm chỉ đạo {s}.",
        "Hệ thống phần mềm phục vụ {s} còn lỗi, kết nối với các hệ thống của bộ, ngành chưa ổn định.",
    ];

    public static readonly string[] ReportTasks =
    [
        "Tiếp tục {a} {s}, phấn đấu đạt {n}% trong kỳ tới.",
        "Tăng cường kiểm tra, đôn đốc các cơ quan, đơn vị thực hiện {s}; xử lý nghiêm các trường hợp chậm trễ.",
        "Rà soát, bổ sung nguồn lực, kinh phí cho {s} theo đúng quy định.",
        "Đẩy mạnh tuyên truyền để người dân, doanh nghiệp biết và tham gia {s}.",
        "Tổ chức tập huấn cho cán bộ cấp xã về {s}, bảo đảm mỗi xã có ít nhất {m} người thành thạo.",
        "Phối hợp chặt chẽ với Cơ quan thường trực để kịp thời tháo gỡ vướng mắc trong {s}.",
        "Hoàn thành dứt điểm các nhiệm vụ về {s} còn tồn đọng trước khi kết thúc {p}.",
        "Cập nhật, làm sạch dữ liệu về {s}, bảo đảm đúng, đủ, sạch, sống.",
    ];

    public static readonly string[] ReportProposals =
    [
        "Đề nghị UBND tỉnh quan tâm bố trí kinh phí cho {s}.",
        "Kiến nghị các bộ, ngành Trung ương sớm ban hành hướng dẫn về {s}.",
        "Đề nghị Ban Chỉ đạo chỉ đạo các sở, ngành phối hợp chặt chẽ trong {s}.",
        "Đề xuất đưa kết quả {s} vào tiêu chí đánh giá, xếp loại thi đua hằng năm.",
        "Đề nghị Cơ quan thường trực tổ chức sơ kết, rút kinh nghiệm về {s}.",
    ];

    /// <summary>Every Vietnamese letter with a diacritic, lower and upper case, and đ/Đ.</summary>
    private const string MarkedLetters =
        "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

    /// <summary>
    /// The two strings of a PostgreSQL <c>translate(lower(x), from, to)</c> that folds Vietnamese text as
    /// <see cref="VietnameseText.Fold"/> does, each letter's image taken from <see cref="VietnameseText.Fold"/> itself.
    /// Upper-case letters are listed too, so the result does not depend on the database's locale lowering them.
    /// </summary>
    public static (string From, string To) FoldTable()
    {
        var from = MarkedLetters + MarkedLetters.ToUpperInvariant();
        var to = string.Concat(from.Select(c => VietnameseText.Fold(c.ToString())));
        return to.Length == from.Length
            ? (from, to)
            : throw new InvalidOperationException("A letter folds to more or less than one letter.");
    }
}
