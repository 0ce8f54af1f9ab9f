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
    };
}
