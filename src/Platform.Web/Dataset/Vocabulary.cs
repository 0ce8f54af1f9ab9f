using Platform.Core.Localization;

namespace Platform.Web.Dataset;

/// <summary>
/// The words the load-test dataset is written with: a task's title is an action and a subject of the committee's
/// fields (science and technology, digital transformation, Project 06, administrative reform), so that lists, search
/// and the dashboard meet text that looks like a province's.
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
