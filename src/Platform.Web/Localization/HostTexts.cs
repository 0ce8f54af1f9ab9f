using Platform.Core.Localization;

namespace Platform.Web.Localization;

/// <summary>
/// The shared wording: the host's pages, the layout and the shared partials (read after the rendering module's own
/// dictionary by the host's localizer, and after its own by every module's).
/// </summary>
internal sealed class HostTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
        ["Nền tảng điều hành Ban Chỉ đạo"] = "Steering committee platform",
        ["Tìm kiếm"] = "Search",
        ["Tìm trong cuộc họp, kết luận, nhiệm vụ và việc lấy ý kiến"] = "Search meetings, conclusions, tasks and consultations",
        ["gõ có dấu hoặc không dấu đều được"] = "with or without diacritics",
        ["Tìm"] = "Search",
        ["Hãy gõ ít nhất 2 chữ cái."] = "Type at least 2 letters.",
        ["{0} kết quả cho “{1}”."] = "{0} results for “{1}”.",
        ["Lọc theo loại"] = "Filter by kind",
        ["Tất cả"] = "All",
        ["Kết luận"] = "Conclusions",
        ["Tệp đính kèm"] = "Attached files",
        ["Không tìm thấy hồ sơ nào. Thử bớt từ, hoặc kiểm tra chính tả."] = "No record found. Try fewer words, or check the spelling.",
        ["Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06"] =
            "Steering committees for science & technology, innovation, digital transformation and Project 06",
        ["Các tỉnh đang phục vụ"] = "Provinces served",
        ["In trang này"] = "Print this page",
        ["Chưa có gói tỉnh nào được nạp."] = "No province pack is loaded.",
        ["Tỉnh"] = "Province",
        ["Ban Chỉ đạo"] = "Committee",
        ["Quy chế"] = "Regulation",
        ["Ngôn ngữ"] = "Language",
        ["Chuyển ngôn ngữ"] = "Switch language",
        ["Chuyển sang tiếng Anh"] = "Switch to English",
        ["Bỏ qua, tới nội dung chính"] = "Skip to main content",
        ["Trang chủ"] = "Home",
        ["Không tìm thấy trang"] = "Page not found",
        ["Trang hoặc tỉnh bạn tìm không có trên hệ thống này."] = "The page or province you asked for is not on this system.",
        ["Về danh sách các tỉnh"] = "Back to the list of provinces",
        ["Đã xảy ra lỗi"] = "Something went wrong",
        ["Hệ thống không xử lý được yêu cầu. Lỗi đã được ghi lại."] = "The system could not handle the request. The fault has been logged.",
        ["Yêu cầu không hợp lệ"] = "Bad request",
        ["Không có quyền truy cập"] = "Access denied",
        ["Quá nhiều lần thử"] = "Too many attempts",
        ["Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Hãy đợi một lát rồi thử lại."] =
            "Too many requests in a short time. Wait a moment, then try again.",
        ["tối đa {0} ký tự"] = "at most {0} characters",
        // A date format hint the shared partials show for any module: it reads the same in both languages.
        ["dd/MM/yyyy"] = "dd/MM/yyyy",
        ["Phương thức không được hỗ trợ"] = "Method not allowed",
        ["Trang này không nhận loại yêu cầu đó."] = "This page does not accept that kind of request.",
        ["Nội dung gửi lên quá lớn"] = "Request too large",
        ["Tệp lớn hơn 20 MB hoặc nội dung gửi lên quá lớn: mỗi tệp tối đa 20 MB."] = "The file is larger than 20 MB or what was sent is too large: at most 20 MB per file.",
        ["Tổng quan"] = "Overview",
        ["Cuộc họp"] = "Meetings",
        ["Nhiệm vụ"] = "Tasks",
        ["Lấy ý kiến"] = "Consultations",
        ["Báo cáo định kỳ"] = "Periodic reports",
        ["Chỉ số"] = "Indices",
        ["Kiểm tra"] = "Inspections",
        ["Kiến nghị"] = "Proposals",
        ["Khen thưởng"] = "Commendations",
        ["Tài khoản"] = "Accounts",
        ["Đổi mật khẩu"] = "Change password",
        ["Thông báo"] = "Notifications",
        ["Thông báo: {0} chưa đọc"] = "Notifications: {0} unread",
        ["Đăng xuất"] = "Sign out",
        ["Chưa lưu: có thay đổi đồng thời."] = "Not saved: someone else changed this at the same time.",
        ["Không được phép theo quy chế:"] = "Not allowed under the regulation:",
        ["Chưa lưu được, vui lòng xem các lỗi sau:"] = "Not saved; please check the following:",
        ["Thành viên"] = "Members",
        ["Tổ chức giúp việc"] = "Supporting bodies",
        ["Điều hướng chính"] = "Main navigation",
        ["Nhật ký"] = "Audit log",
        ["Quản trị hệ thống"] = "System administration",
        ["Gói tỉnh"] = "Province packs",
        ["Gói đang phục vụ"] = "Packs served",
        ["Gói"] = "Pack",
        ["Phiên bản"] = "Version",
        ["Thư mục"] = "Folder",
        ["Tệp"] = "File",
        ["Lý do"] = "Reason",
        ["Gói bị bỏ qua"] = "Skipped packs",
        ["Không có gói tỉnh nào bị bỏ qua."] = "No province pack was skipped.",
        ["Các gói sau bị lỗi nên không được nạp (Plugins:OnFailure=Skip); tỉnh của chúng không có trên hệ thống cho tới khi gói được sửa và ứng dụng khởi động lại."] =
            "These packs are broken and were not loaded (Plugins:OnFailure=Skip); their provinces are not served until the pack is fixed and the app restarted.",
    };
}
