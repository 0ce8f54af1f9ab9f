using Platform.Core.Dates;
using Platform.Core.Notifications;

namespace Platform.Identity.Accounts;

/// <summary>
/// The emails that carry an account's one-time link: activation (the first password) and a password reset. Mail only,
/// to the account alone; the link lives in the outbox until the email has gone (<see cref="Notification.MailOnly"/>).
/// </summary>
internal static class AccountMail
{
    public const string ActivationKind = "account.activation";
    public const string ResetKind = "account.password-reset";

    public static Notification Activation(string province, Guid accountId, string name, string userName, string email, string token, DateTimeOffset validUntil) => new()
    {
        Kind = ActivationKind,
        Subject = "Kích hoạt tài khoản trên Nền tảng điều hành Ban Chỉ đạo",
        Body = $"""
            Kính gửi đồng chí {name},
            Quản trị viên của {province} đã tạo cho đồng chí tài khoản "{userName}". Mở đường dẫn dưới đây để đặt mật khẩu lần đầu.
            Đường dẫn chỉ dùng được một lần, đến {VietnamTime.Format(validUntil)}. Nếu đồng chí không chờ thư này, xin báo cho quản trị viên.
            """,
        Link = ActivationLink.PathFor(token),
        MailOnly = true,
        People = [new NotificationRecipient(accountId, name, email)],
    };

    public static Notification Reset(Guid accountId, string name, string userName, string email, string token, DateTimeOffset validUntil) => new()
    {
        Kind = ResetKind,
        Subject = "Đặt lại mật khẩu trên Nền tảng điều hành Ban Chỉ đạo",
        Body = $"""
            Kính gửi đồng chí {name},
            Có yêu cầu đặt lại mật khẩu của tài khoản "{userName}". Mở đường dẫn dưới đây để đặt mật khẩu mới; mọi phiên đăng nhập đang mở sẽ kết thúc.
            Đường dẫn chỉ dùng được một lần, đến {VietnamTime.Format(validUntil)}. Nếu đồng chí không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.
            """,
        Link = ActivationLink.PathFor(token),
        MailOnly = true,
        People = [new NotificationRecipient(accountId, name, email)],
    };
}
