using Platform.Core.Localization;

namespace Platform.Api;

/// <summary>English wording of the API's administration and reference pages.</summary>
internal sealed class ApiTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
        ["Ứng dụng đọc dữ liệu qua API"] = "Clients reading through the API",
        ["Cấp mã truy cập cho hệ thống của bộ, ngành đọc dữ liệu các tỉnh qua API; xem tài liệu tại"] =
            "Issue tokens to ministries' systems that read the provinces' records through the API; see the reference at",
        ["Mã truy cập chỉ hiển thị một lần này; hãy sao chép và giao cho ứng dụng ngay."] =
            "The token is shown this once only; copy it and hand it to the client now.",
        ["Cấp mã truy cập"] = "Issue a token",
        ["Tên ứng dụng"] = "Client name",
        ["Tỉnh được đọc"] = "Provinces it may read",
        ["Phạm vi quyền"] = "Scopes",
        ["đọc dữ liệu"] = "read the records",
        ["đọc cả nội dung báo cáo"] = "also read reports' text",
        ["Hết hạn sau ngày"] = "Expires after",
        ["Cấp mã"] = "Issue",
        ["Các ứng dụng"] = "Clients",
        ["Chưa có ứng dụng nào."] = "No clients yet.",
        ["Mã bắt đầu bằng"] = "Token starts with",
        ["Hết hạn"] = "Expires",
        ["Lần gọi gần nhất"] = "Last call",
        ["Trạng thái"] = "State",
        ["chưa dùng"] = "never used",
        ["Đã thu hồi"] = "Revoked",
        ["Đã hết hạn"] = "Expired",
        ["Thu hồi"] = "Revoke",
        ["Đã thu hồi mã truy cập."] = "The token has been revoked.",
        ["Tài liệu API"] = "API reference",
        ["Tài liệu OpenAPI (máy đọc được):"] = "OpenAPI document (machine-readable):",
        ["Các đường dẫn"] = "Routes",
        ["Tham số"] = "Parameter",
        ["Vị trí"] = "In",
        ["Kiểu"] = "Type",
        ["Bắt buộc"] = "Required",
        ["có"] = "yes",
        ["không"] = "no",
        ["Kết quả trả về"] = "Responses",
        ["Mã trạng thái"] = "Status",
        ["Ý nghĩa"] = "Meaning",
        ["Nội dung"] = "Body",
        ["Các kiểu dữ liệu"] = "Schemas",
        ["Thuộc tính"] = "Property",
        ["Xác nhận danh tính"] = "Confirm who you are",
        ["Trước khi cấp hoặc thu hồi mã truy cập, hãy nhập lại mật khẩu của bạn{0} (có hiệu lực {1} phút)."] =
            "Before issuing or revoking a token, enter your password again{0} (valid for {1} minutes).",
        [" và mã xác thực"] = " and your authenticator code",
        ["Mật khẩu của bạn"] = "Your password",
        ["Mã xác thực"] = "Authenticator code",
        ["Xác nhận"] = "Confirm",
        ["Đã xác nhận danh tính."] = "Identity confirmed.",
        ["Mật khẩu hoặc mã xác thực không đúng."] = "The password or the code is wrong.",
        ["Thao tác này cần xác nhận lại danh tính: hãy nhập mật khẩu (và mã xác thực nếu đã đăng ký) ở mục “Xác nhận danh tính” rồi thử lại. Chưa có gì thay đổi."] =
            "This action needs you to confirm who you are: enter your password (and your authenticator code if enrolled) under “Confirm who you are”, then try again. Nothing has changed.",
    };
}
