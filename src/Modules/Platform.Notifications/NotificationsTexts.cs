using Platform.Core.Localization;

namespace Platform.Notifications;

/// <summary>English wording of the notifications pages; Vietnamese is the key and the default.</summary>
internal sealed class NotificationsTexts : ITextSource
{
    public IEnumerable<KeyValuePair<string, string>> English { get; } = new Dictionary<string, string>
    {
        ["Thông báo"] = "Notifications",
        ["Thông báo về giấy mời họp, thông báo kết luận, đề nghị vắng họp, nhiệm vụ được giao và việc lấy ý kiến gửi tới bạn. Thư điện tử được gửi tới địa chỉ của tài khoản, nếu có."] =
            "Notices of meeting invitations, conclusion notices, absence requests, tasks assigned and consultations sent to you. Email goes to your account's address, if it has one.",
        ["Chưa có thông báo nào."] = "No notifications yet.",
        ["Đánh dấu tất cả là đã đọc"] = "Mark all as read",
        ["Đánh dấu đã đọc"] = "Mark as read",
        ["Chưa đọc"] = "Unread",
        ["Đã đọc"] = "Read",
        ["Mở trang liên quan"] = "Open the page",
        ["Đã đánh dấu là đã đọc."] = "Marked as read.",
        ["Đã đánh dấu tất cả là đã đọc."] = "All marked as read.",
        ["Thư điện tử"] = "Email",
        ["Nơi gửi thư:"] = "Mail goes to:",
        ["Chưa cấu hình máy chủ SMTP (Mail:Smtp:Host): mỗi thư được ghi thành một tệp .eml trong thư mục trên, không gửi đi."] =
            "No SMTP server is configured (Mail:Smtp:Host): each message is written as an .eml file into the folder above, not sent.",
        ["Thư chưa gửi được, đang chờ và đã gửi"] = "Messages failed, waiting and sent",
        ["Chưa có thư nào."] = "No messages yet.",
        ["Thư của tỉnh {0}"] = "Messages of {0}",
        ["Người nhận"] = "Recipient",
        ["Tiêu đề"] = "Subject",
        ["Tình trạng"] = "State",
        ["Số lần thử"] = "Attempts",
        ["Lý do"] = "Reason",
        ["Thao tác"] = "Action",
        ["(không có địa chỉ)"] = "(no address)",
        ["Thử lại lúc {0}"] = "Next attempt {0}",
        ["Gửi lại"] = "Send again",
        ["Thư đã được đưa lại vào hàng đợi gửi."] = "The message is back in the queue.",
        ["Tệp .eml đã ghi"] = ".eml files written",
        ["Chưa có tệp nào."] = "No files yet.",
        ["Đang chờ gửi"] = "Waiting",
        ["Đang gửi"] = "Being sent",
        ["Đã gửi"] = "Sent",
        ["Không gửi được"] = "Failed",
        ["Không có địa chỉ email"] = "No email address",
        ["Chờ thư tổng hợp hằng ngày"] = "Waiting for the daily digest",
        ["Nhận thư điện tử"] = "Email",
        ["Gửi ngay khi có thông báo"] = "Send each notification at once",
        ["Gộp thành một thư tổng hợp mỗi ngày làm việc"] = "One digest email each working day",
        ["Giấy mời họp và thông báo kết luận luôn được gửi ngay tới từng thành viên."] =
            "Meeting invitations and conclusion notices always go at once to every member.",
        ["Lưu cách nhận thư"] = "Save",
        ["Từ nay thư được gộp thành một thư tổng hợp mỗi ngày làm việc."] = "From now on, your emails come as one digest each working day.",
        ["Từ nay mỗi thông báo được gửi thư ngay."] = "From now on, each notification is emailed at once.",
        ["Đã gửi trong thư tổng hợp"] = "Sent in a daily digest",
        ["Không rõ đã gửi chưa"] = "May have been sent",
        ["{0} thông báo chưa đọc"] = "{0} unread notifications",
    };
}
