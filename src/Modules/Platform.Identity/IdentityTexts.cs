using Platform.Core.Localization;

namespace Platform.Identity;

/// <summary>English wording of the sign-in and account pages.</summary>
internal sealed class IdentityTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
        ["Đăng nhập"] = "Sign in",
        ["Đăng xuất"] = "Sign out",
        ["Tên đăng nhập"] = "User name",
        ["Mật khẩu"] = "Password",
        ["Hãy nhập tên đăng nhập và mật khẩu."] = "Enter your user name and password.",
        ["Quá nhiều lần thử. Hãy đợi rồi thử lại."] = "Too many attempts. Wait, then try again.",
        ["Thử lại sau {0} giây."] = "Try again in {0} seconds.",
        ["Tên đăng nhập hoặc mật khẩu không đúng."] = "The user name or password is wrong.",
        ["Đổi mật khẩu"] = "Change password",
        ["Đã đổi mật khẩu. Các phiên đăng nhập khác đã kết thúc."] = "Password changed. Your other sessions have ended.",
        ["Mật khẩu hiện tại"] = "Current password",
        ["Mật khẩu mới"] = "New password",
        ["Ít nhất 12 ký tự; không dùng mật khẩu phổ biến."] = "At least 12 characters; no common passwords.",
        ["Nhập lại mật khẩu mới"] = "Repeat the new password",
        ["Mật khẩu mới nhập lại không khớp."] = "The repeated new password does not match.",
        ["Mật khẩu hiện tại không đúng."] = "The current password is wrong.",
        ["Mật khẩu phải có ít nhất 12 ký tự."] = "The password must have at least 12 characters.",
        ["Mật khẩu quá dễ đoán (mật khẩu phổ biến, lặp ký tự, dãy phím liên tiếp hoặc chứa tên đăng nhập)."] =
            "The password is too easy to guess (a common password, repeated characters, a keyboard run, or the user name).",
        ["Tài khoản"] = "Accounts",
        ["Họ và tên"] = "Full name",
        ["Vai trò"] = "Roles",
        ["Trạng thái"] = "Status",
        ["Thao tác"] = "Actions",
        ["Đã khóa"] = "Disabled",
        ["Tạm khóa do đăng nhập sai"] = "Locked out after failed sign-ins",
        ["Hoạt động"] = "Active",
        ["Mở khóa"] = "Enable",
        ["Khóa tài khoản"] = "Disable",
        ["Đặt lại mật khẩu"] = "Reset password",
        ["Đã đặt lại mật khẩu; các phiên của tài khoản đã kết thúc."] = "Password reset; the account's sessions have ended.",
        ["Đã khóa tài khoản; các phiên đang mở đã kết thúc."] = "Account disabled; its open sessions have ended.",
        ["Đã mở khóa tài khoản."] = "Account enabled.",
        ["Không tìm thấy tài khoản."] = "Account not found.",
        ["Xác thực hai bước"] = "Two-step verification",
        ["Mã xác thực"] = "Authentication code",
        ["6 chữ số đang hiện trong ứng dụng xác thực."] = "The 6 digits your authenticator app shows now.",
        ["Xác nhận"] = "Confirm",
        ["Không dùng được ứng dụng xác thực?"] = "Cannot use your authenticator app?",
        ["Mã khôi phục"] = "Recovery codes",
        ["Mỗi mã khôi phục chỉ dùng được một lần."] = "Each recovery code works once.",
        ["Đăng nhập bằng mã khôi phục"] = "Sign in with a recovery code",
        ["Hãy nhập mã xác thực."] = "Enter the code.",
        ["Mã xác thực không đúng."] = "The code is wrong.",
        ["Đăng ký xác thực hai bước"] = "Set up two-step verification",
        ["Đã bật xác thực hai bước."] = "Two-step verification is on.",
        ["Hãy lưu các mã dưới đây ở nơi an toàn. Mỗi mã dùng được một lần để đăng nhập khi không có ứng dụng xác thực. Các mã chỉ hiện một lần này."] =
            "Keep these codes somewhere safe. Each one signs you in once when you do not have your authenticator app. They are shown only this once.",
        ["Tiếp tục"] = "Continue",
        ["Tài khoản của bạn bắt buộc dùng xác thực hai bước. Hãy đăng ký trước khi tiếp tục."] =
            "Your account must use two-step verification. Set it up before you continue.",
        ["Xác thực hai bước dùng một ứng dụng xác thực trên điện thoại (ví dụ Google Authenticator, Microsoft Authenticator) để tạo mã 6 chữ số mỗi 30 giây."] =
            "Two-step verification uses an authenticator app on your phone (for example Google Authenticator or Microsoft Authenticator), which makes a 6-digit code every 30 seconds.",
        ["Bắt đầu đăng ký"] = "Start",
        ["Mở ứng dụng xác thực và quét mã QR này."] = "Open your authenticator app and scan this QR code.",
        ["Mã QR của khóa xác thực"] = "QR code of the authenticator key",
        ["Nếu không quét được, hãy nhập khóa này vào ứng dụng:"] = "If you cannot scan it, type this key into the app:",
        ["Nhập mã 6 chữ số ứng dụng đang hiện để xác nhận."] = "Enter the 6-digit code the app shows to confirm.",
        ["Xác nhận và bật"] = "Confirm and turn on",
        ["Mã xác thực không đúng. Hãy nhập mã 6 chữ số ứng dụng đang hiện cho tài khoản này."] =
            "The code is wrong. Enter the 6-digit code the app shows now for this account.",
        ["Mã khôi phục mới"] = "New recovery codes",
        ["Đang bật"] = "On",
        ["Chưa bật"] = "Off",
        ["Yêu cầu"] = "Requirement",
        ["Bắt buộc với vai trò của bạn"] = "Required for your role",
        ["Không bắt buộc; nên bật"] = "Optional; recommended",
        ["Mã khôi phục còn lại"] = "Recovery codes left",
        ["Đăng ký ứng dụng xác thực"] = "Set up an authenticator app",
        ["Xác nhận danh tính"] = "Confirm it is you",
        ["Để tạo mã khôi phục mới hoặc tắt xác thực hai bước, hãy nhập lại mật khẩu và mã xác thực (có hiệu lực {0} phút)."] =
            "To make new recovery codes or turn two-step verification off, enter your password and code again (valid for {0} minutes).",
        ["Tạo mã khôi phục mới"] = "Make new recovery codes",
        ["Đăng ký lại ứng dụng xác thực"] = "Set up a new authenticator app",
        ["Tắt xác thực hai bước"] = "Turn two-step verification off",
        ["Mật khẩu hoặc mã xác thực không đúng."] = "The password or code is wrong.",
        ["Đã xác nhận danh tính."] = "Confirmed.",
        ["Đã tắt xác thực hai bước."] = "Two-step verification is off.",
        ["Thao tác này cần xác nhận lại danh tính: hãy nhập mật khẩu (và mã xác thực nếu đã đăng ký) ở mục “Xác nhận danh tính” rồi thử lại. Chưa có gì thay đổi."] =
            "This action needs you to confirm it is you: enter your password (and code, if you use two-step verification) under “Confirm it is you”, then try again. Nothing was changed.",
        ["Trước khi khóa, mở khóa hoặc đặt lại mật khẩu một tài khoản, hãy nhập lại mật khẩu của bạn{0} (có hiệu lực {1} phút)."] =
            "Before disabling, enabling or resetting an account, enter your password{0} again (valid for {1} minutes).",
        [" và mã xác thực"] = " and code",
        ["Mật khẩu của bạn"] = "Your password",
    };
}
