using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Meetings.Model;
using Platform.Sdk;
using Platform.Sdk.Meetings;

namespace Platform.Meetings.Pages;

/// <summary>How the meetings' terms read on a page, in Vietnamese or English.</summary>
internal static class MeetingLabels
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Say(string vi, string en) => Text.IsEnglish ? en : vi;

    public static string Kind(MeetingKind kind) => kind switch
    {
        MeetingKind.Periodic => Say("Họp định kỳ", "Periodic meeting"),
        MeetingKind.Extraordinary => Say("Họp đột xuất", "Extraordinary meeting"),
        MeetingKind.SixMonthReview => Say("Sơ kết 6 tháng", "Six-month review"),
        MeetingKind.AnnualReview => Say("Tổng kết năm", "Annual review"),
        MeetingKind.Thematic => Say("Họp chuyên đề", "Thematic meeting"),
        MeetingKind.Conference => Say("Hội nghị", "Conference"),
        _ => Say("Hội thảo", "Workshop"),
    };

    public static string Mode(MeetingMode mode) => mode switch
    {
        MeetingMode.InPerson => Say("Trực tiếp", "In person"),
        MeetingMode.Online => Say("Trực tuyến", "Online"),
        _ => Say("Trực tiếp kết hợp trực tuyến", "In person and online"),
    };

    public static string Status(MeetingStatus status) => status switch
    {
        MeetingStatus.Proposed => Say("Chờ Trưởng Ban quyết định", "Awaiting the head's decision"),
        MeetingStatus.Scheduled => Say("Đã lên lịch", "Scheduled"),
        MeetingStatus.Held => Say("Đã họp", "Held"),
        _ => Say("Đã hủy", "Cancelled"),
    };

    public static string Attendance(Attendance attendance) => attendance switch
    {
        Model.Attendance.Present => Say("Có mặt", "Present"),
        Model.Attendance.Excused => Say("Vắng có phép", "Excused"),
        Model.Attendance.Substitute => Say("Cử người dự thay", "Substitute"),
        Model.Attendance.AbsentWithoutLeave => Say("Vắng không phép", "Absent without leave"),
        _ => Say("Chưa ghi nhận", "Not recorded"),
    };

    public static string Request(RequestStatus status) => status switch
    {
        RequestStatus.Pending => Say("Chờ quyết định", "Pending"),
        RequestStatus.Approved => Say("Đồng ý", "Approved"),
        _ => Say("Không đồng ý", "Refused"),
    };

    public static string Notice(NoticeStatus status) => status switch
    {
        NoticeStatus.Draft => Say("Dự thảo", "Draft"),
        NoticeStatus.Approved => Say("Người chủ trì đã duyệt", "Approved by the chair"),
        _ => Say("Đã ban hành", "Issued"),
    };

    public static string Regular(Rules.RegularState state) => state switch
    {
        Rules.RegularState.Held => Say("Đã họp", "Held"),
        Rules.RegularState.Scheduled => Say("Đã lên lịch", "Scheduled"),
        Rules.RegularState.Due => Say("Cần lên lịch", "To schedule"),
        _ => Say("Quá hạn, chưa họp", "Overdue"),
    };

    /// <summary>When a meeting takes place, in Vietnam's clock: "Thứ Năm, 24/12/2026, 14:00–17:00".</summary>
    /// <summary>
    /// Who decided an absence request, with the acting mark (Đắk Lắk, Art. 5.1; Sơn La, Art. 6.1) or, for a paper
    /// decision the standing agency entered, both people and the document.
    /// </summary>
    public static string DecidedBy(AbsenceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.EnteredFor is not null)
        {
            return Say($"{request.EnteredFor} (nhập thay, theo văn bản số {request.PaperDocument}; người nhập: {request.DecidedBy})",
                $"{request.EnteredFor} (entered on their behalf per document no. {request.PaperDocument}; entered by {request.DecidedBy})");
        }

        return request.ActingDocument is null
            ? request.DecidedBy ?? string.Empty
            : Say($"KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN {request.DecidedBy} (theo văn bản số {request.ActingDocument})",
                $"{request.DecidedBy}, acting for the head (per document no. {request.ActingDocument})");
    }

    public static string When(DateTimeOffset startsAt, int minutes)
    {
        var start = TimeZoneInfo.ConvertTime(startsAt, VietnamTime.Zone);
        var end = start.AddMinutes(minutes);
        return $"{Weekday(start.DayOfWeek)}, {VietnamTime.Format(DateOnly.FromDateTime(start.DateTime))}, {start:HH\\:mm}–{end:HH\\:mm}";
    }

    public static string Weekday(DayOfWeek day) => Text.IsEnglish
        ? day.ToString()
        : day switch
        {
            DayOfWeek.Monday => "Thứ Hai",
            DayOfWeek.Tuesday => "Thứ Ba",
            DayOfWeek.Wednesday => "Thứ Tư",
            DayOfWeek.Thursday => "Thứ Năm",
            DayOfWeek.Friday => "Thứ Sáu",
            DayOfWeek.Saturday => "Thứ Bảy",
            _ => "Chủ Nhật",
        };

    /// <summary>An article reference as a small label, the formal citation on hover.</summary>
    public static IHtmlContent Cite(string province, ArticleRef? article)
    {
        if (article is null)
        {
            return HtmlString.Empty;
        }

        var shown = Text.Cite(province, article);
        return new HtmlString($"<span class=\"cite\" title=\"{Encoder.Encode(article.ToFormalVietnamese())}\">{Encoder.Encode(shown)}</span>");
    }

    /// <summary>A document's classification: the three degrees of the Law on Protection of State Secrets (No. 29/2018/QH14) and "restricted".</summary>
    public static string Classification(DocumentClassification classification) => classification switch
    {
        DocumentClassification.Normal => Say("Thường", "Normal"),
        DocumentClassification.Restricted => Say("Hạn chế", "Restricted"),
        DocumentClassification.Secret => Say("Mật", "Secret"),
        DocumentClassification.TopSecret => Say("Tối mật", "Top secret"),
        _ => Say("Tuyệt mật", "Absolutely secret"),
    };

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.#} MB",
    };
}
