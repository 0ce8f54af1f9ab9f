using System.Text;
using Platform.Core.Dates;
using Platform.Core.Links;
using Platform.Core.Modules;
using Platform.Core.Notifications;
using Platform.Meetings.Model;
using Platform.Meetings.Persistence;

namespace Platform.Meetings.Services;

/// <summary>
/// What the meetings module tells people, put in the outbox with the change that causes it (written when the
/// change commits, or not at all): an invitation to every invited seat, with the meeting's .ics; the issued conclusion
/// notice to its recipients; an absence request's decision to the member who asked and to the standing agency.
/// </summary>
internal sealed class MeetingNotifications(MeetingsDbContext db, INotificationOutbox outbox, PublicSite site, TimeProvider clock) : IModuleService
{
    public const string InvitationKind = "meeting.invitation";
    public const string NoticeKind = "meeting.conclusion-notice";
    public const string AbsenceKind = "meeting.absence-decided";
    public const string AbsenceRequestedKind = "meeting.absence-requested";

    /// <summary>
    /// A member asks to be excused: whoever decides it under the regulation (<paramref name="approverSeatKey"/>: the
    /// head — Đắk Lắk, Art. 9.3 —, the chair, or the seat the pack names) hears of it at once, and so does the standing
    /// agency, which keeps the attendance.
    /// </summary>
    public void AbsenceRequested(Meeting meeting, AbsenceRequest request, string approverSeatKey, string article)
    {
        outbox.Add(db, new Notification
        {
            Kind = AbsenceRequestedKind,
            Subject = $"Đề nghị vắng họp chờ quyết định: {meeting.Title}",
            Body = $"{request.HolderName ?? request.RequestedBy} đề nghị vắng mặt tại {meeting.Title} ({VietnamTime.Format(meeting.StartsAt)}). Lý do: {request.Reason}" +
                   (request.SubstituteName is not null ? $"\nNgười dự thay: {request.SubstituteName}, {request.SubstituteTitle}." : "") +
                   (request.LateRule is not null ? $"\nĐề nghị gửi muộn: {request.LateRule}" : "") +
                   $"\nĐồng chí quyết định trên trang Quyết định chờ xử lý ({article}).",
            Link = $"/{meeting.Province}/meetings/decisions",
            Seats = [approverSeatKey],
            Roles = ["secretariat"],
        });
    }

    /// <summary>The meeting is on the calendar (scheduled, or a proposal the head approved): each invited seat's holder is told, with the .ics.</summary>
    public void Invitation(Meeting meeting)
    {
        var seats = meeting.Invitations.Select(i => i.SeatKey).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (seats.Count == 0)
        {
            return;
        }

        var link = $"/{meeting.Province}/meetings/{meeting.Id}";
        var body = new StringBuilder()
            .AppendLine($"Kính mời đồng chí dự: {meeting.Title}.")
            .AppendLine($"Thời gian: {VietnamTime.Format(meeting.StartsAt)} – {VietnamTime.Format(meeting.EndsAt)} (giờ Việt Nam).");
        if (meeting.Location is not null)
        {
            body.AppendLine($"Địa điểm: {meeting.Location}.");
        }

        if (meeting.OnlineLink is not null)
        {
            body.AppendLine($"Họp trực tuyến: {meeting.OnlineLink}");
        }

        body.Append("Lịch họp kèm theo (tệp .ics) để thêm vào lịch của đồng chí. Nếu vắng mặt, đồng chí gửi đề nghị vắng họp trên Nền tảng.");
        var ics = IcsCalendar.Write(meeting, site.Link(link), clock.GetUtcNow());
        outbox.Add(db, new Notification
        {
            Kind = InvitationKind,
            Mandatory = true,
            Subject = $"Giấy mời họp: {meeting.Title} ({VietnamTime.Format(meeting.StartsAt)})",
            Body = body.ToString(),
            Link = link,
            Seats = seats,
            Attachment = new NotificationAttachment($"giay-moi-{meeting.Id:N}.ics", "text/calendar; charset=utf-8", Encoding.UTF8.GetBytes(ics)),
        });
    }

    /// <summary>
    /// The conclusion notice is issued: each member and each agency it went to is told in writing (Đắk Lắk, Art. 9.1;
    /// Sơn La, Art. 11.1 — conclusions are notified to every member).
    /// </summary>
    public void NoticeIssued(string meetingTitle, ConclusionNotice notice, IReadOnlyList<NoticeRecipient> recipients)
    {
        var body = new StringBuilder()
            .AppendLine($"Thông báo kết luận số {notice.Number}, ngày {VietnamTime.Format(notice.Date)}: {meetingTitle}.");
        foreach (var item in notice.Items.OrderBy(i => i.Number))
        {
            body.AppendLine($"{item.Number}. {item.Text}{(item.DueDate is { } due ? $" (hạn {VietnamTime.Format(due)})" : "")}");
        }

        body.Append("Đồng chí mở thông báo trên Nền tảng để xác nhận đã nhận.");
        outbox.Add(db, new Notification
        {
            Kind = NoticeKind,
            // Notified in writing to every member (Đắk Lắk, Art. 9.1; Sơn La, Art. 11.1): never held for a digest.
            Mandatory = true,
            Subject = $"Thông báo kết luận số {notice.Number}: {meetingTitle}",
            Body = body.ToString(),
            Link = $"/{notice.Province}/meetings/{notice.MeetingId}/notice",
            Seats = [.. recipients.Select(r => r.SeatKey).OfType<string>().Distinct(StringComparer.Ordinal)],
            Agencies = [.. recipients.Where(r => r.SeatKey is null).Select(r => r.AgencyKey).OfType<string>().Distinct(StringComparer.Ordinal)],
        });
    }

    /// <summary>An absence request is decided: the member who asked and the standing agency (which keeps the register) are told.</summary>
    public void AbsenceDecided(Meeting meeting, AbsenceRequest request)
    {
        var approved = request.Status == RequestStatus.Approved;
        outbox.Add(db, new Notification
        {
            Kind = AbsenceKind,
            Subject = $"{(approved ? "Đồng ý" : "Không đồng ý")} đề nghị vắng họp: {meeting.Title}",
            Body = $"Đề nghị vắng mặt tại {meeting.Title} ({VietnamTime.Format(meeting.StartsAt)}) của {request.HolderName ?? request.RequestedBy} " +
                   $"đã được {(approved ? "đồng ý" : "không đồng ý")}{(request.DecisionNote is null ? "." : $": {request.DecisionNote}")}" +
                   (approved && request.SubstituteName is not null ? $"\nNgười dự thay: {request.SubstituteName}, {request.SubstituteTitle}." : ""),
            Link = $"/{meeting.Province}/meetings/{meeting.Id}/absence",
            Seats = [request.SeatKey],
            Roles = ["secretariat"],
        });
    }
}
