namespace Platform.Notifications.Mail;

/// <summary>The reasons stored with a delivery, Vietnamese first and English second, as the administrator reads them.</summary>
internal static class MailTexts
{
    public static string NoAddress(string? typed) => string.IsNullOrWhiteSpace(typed)
        ? "Tài khoản chưa có địa chỉ email; chỉ xem được trong ứng dụng. / The account has no email address; it is seen in the app only."
        : $"Địa chỉ email '{typed}' không hợp lệ; chỉ xem được trong ứng dụng. / The email address '{typed}' is not valid; it is seen in the app only.";

    public const string Interrupted =
        "Việc gửi bị gián đoạn (máy chủ ứng dụng dừng giữa chừng); thư có thể đã đi. Không tự gửi lại để tránh trùng; quản trị viên có thể gửi lại. / " +
        "Sending was interrupted (the application stopped half-way); the message may have gone. It is not sent again by itself, to avoid a copy; the administrator may send it again.";

    public static string Retrying(string reason) => $"Chưa gửi được, sẽ thử lại: {reason} / Not sent yet, will try again: {reason}";

    public static string Refused(string reason) => $"Máy chủ thư từ chối: {reason} / The mail server refused it: {reason}";

    public static string GaveUp(int attempts, string reason) => $"Đã thử {attempts} lần, không gửi được: {reason} / Tried {attempts} times, not sent: {reason}";
}
