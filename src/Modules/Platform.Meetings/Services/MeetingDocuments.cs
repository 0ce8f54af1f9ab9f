using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Documents;
using Platform.Meetings.Model;
using Platform.Meetings.Rules;
using Platform.Sdk.Meetings;
using Platform.Sdk.Structure;

namespace Platform.Meetings.Services;

/// <summary>
/// A meeting's official documents in the Decree 30/2020/NĐ-CP format: the invitation with its agenda (giấy mời), the
/// minutes with the attendance register (biên bản) and the conclusion notice (thông báo kết luận, Đắk Lắk Art. 9.1;
/// Sơn La Art. 11.1). The printable pages and the .docx files are both made from what this returns. The text is the
/// official Vietnamese whatever the page's language.
/// </summary>
internal static class MeetingDocuments
{
    /// <summary>
    /// The invitation (giấy mời, type "GM"), or null when the pack states no documents' heading or the meeting is not
    /// decided (a proposal waiting for the head, or cancelled). Whoever convenes signs it: the head convenes and chairs
    /// the committee's meetings and may delegate both to a deputy (Đắk Lắk Art. 4.3; Sơn La Art. 5.3 — the pack's chair
    /// rule), so the chair's seat signs — the head for the committee ("TM. BAN CHỈ ĐẠO"), a deputy for the head ("KT.
    /// TRƯỞNG BAN") — with the seal the regulation gives that seat (Đắk Lắk Art. 10.1; Sơn La Art. 2.3). Number and
    /// date stay blank for the clerk to fill when it is signed.
    /// </summary>
    public static OfficialDocument? Invitation(MeetingDetail detail, MeetingRulebook rules)
    {
        var province = rules.Province;
        var m = detail.Meeting;
        if (!province.Documents.IsStated || m.Status is not (MeetingStatus.Scheduled or MeetingStatus.Held))
        {
            return null;
        }

        var chair = m.Invitations.FirstOrDefault(i => i.SeatKey == m.ChairSeatKey);
        var body = new List<DocumentBlock>
        {
            new TextBlock($"{province.Committee.FullName} trân trọng kính mời:"),
            new TableBlock(
                ["STT", "Họ và tên", "Chức vụ, đơn vị"],
                [.. m.Invitations.Select((i, n) => (IReadOnlyList<string>)[$"{n + 1}", i.Name, i.Office])]),
            new TextBlock($"Dự {m.Title}."),
            new TextBlock($"Chủ trì: {(chair is null ? "" : $"{chair.Name} — {chair.Office}")}{(m.Delegation is null ? "" : $" (theo ủy quyền của Trưởng Ban: {m.Delegation})")}."),
            new TextBlock($"Thời gian: {When(m.StartsAt, m.DurationMinutes)}."),
            new TextBlock($"Hình thức: {Mode(m.Mode)}{(m.Location is null ? "" : $"; địa điểm: {m.Location}")}{(m.OnlineLink is null ? "" : $"; đường dẫn: {m.OnlineLink}")}."),
        };
        if (m.Agenda.Count > 0)
        {
            body.Add(new TextBlock("Nội dung:", Bold: true));
            body.Add(new TableBlock(
                ["STT", "Nội dung", "Người trình bày", "Thời lượng"],
                [.. m.Agenda.OrderBy(a => a.Order).Select((a, n) => (IReadOnlyList<string>)[$"{n + 1}", a.Title, a.Presenter ?? "", a.DurationMinutes > 0 ? $"{a.DurationMinutes} phút" : ""])]));
        }

        if (detail.Documents.Count > 0)
        {
            body.Add(new TextBlock("Tài liệu họp được đăng trên hệ thống tại trang cuộc họp."));
        }

        body.Add(new TextBlock($"Trường hợp không dự họp được, đề nghị báo cáo và xin ý kiến {Approver(rules)} trên hệ thống trước giờ họp ({rules.Rules.Absence.Article.ToFormalVietnamese()} Quy chế hoạt động của Ban Chỉ đạo)."));

        return new OfficialDocument(
            province.Documents,
            null,
            "GM",
            null,
            "GIẤY MỜI",
            m.Title,
            body,
            ChairSignature(detail, province, chair?.Name),
            ["Như thành phần mời", "Lưu: VT"]);
    }

    /// <summary>
    /// The minutes (biên bản, type "BB") of a held meeting with its attendance register — who was present, excused, sent
    /// a substitute or was absent without leave, as the standing agency recorded it — and the minutes the standing
    /// agency drafted; null before the meeting is held or when the pack states no heading. Dated the meeting's day;
    /// the secretary (who kept the minutes) signs left and the chair right, as Decree 30's form of minutes has it;
    /// minutes carry no seal.
    /// </summary>
    public static OfficialDocument? Minutes(MeetingDetail detail, MeetingRulebook rules)
    {
        var province = rules.Province;
        var m = detail.Meeting;
        if (!province.Documents.IsStated || m.Status != MeetingStatus.Held)
        {
            return null;
        }

        var chair = m.Invitations.FirstOrDefault(i => i.SeatKey == m.ChairSeatKey);
        var body = new List<DocumentBlock>
        {
            new TextBlock($"Thời gian: {When(m.StartsAt, m.DurationMinutes)}."),
            new TextBlock($"Hình thức: {Mode(m.Mode)}{(m.Location is null ? "" : $"; địa điểm: {m.Location}")}."),
            new TextBlock($"Chủ trì: {(chair is null ? "" : $"{chair.Name} — {chair.Office}")}{(m.Delegation is null ? "" : $" (theo ủy quyền của Trưởng Ban: {m.Delegation})")}."),
            new TextBlock($"Thư ký: {m.MinutesBy ?? "Cơ quan thường trực Ban Chỉ đạo"}."),
            new TextBlock("Thành phần tham dự:", Bold: true),
            new TableBlock(
                ["STT", "Họ và tên", "Chức vụ, đơn vị", "Tham dự", "Ghi chú"],
                [.. m.Invitations.Select((i, n) => (IReadOnlyList<string>)[
                    $"{n + 1}", i.Name, i.Office, Attendance(i.Attendance, i.SubstituteName), i.AttendanceNote ?? ""])]),
            new TextBlock(
                $"Có mặt: {Count(m, Model.Attendance.Present)}; cử người dự thay: {Count(m, Model.Attendance.Substitute)}; " +
                $"vắng có phép: {Count(m, Model.Attendance.Excused)}; vắng không phép: {Count(m, Model.Attendance.AbsentWithoutLeave)}" +
                $"{(Count(m, Model.Attendance.NotRecorded) is > 0 and var n ? $"; chưa ghi nhận: {n}" : "")} (tổng số được mời: {m.Invitations.Count})."),
        };
        if (m.Agenda.Count > 0)
        {
            body.Add(new TextBlock("Chương trình:", Bold: true));
            body.AddRange(m.Agenda.OrderBy(a => a.Order).Select((a, n) => new TextBlock($"{n + 1}. {a.Title}{(a.Presenter is null ? "" : $" ({a.Presenter})")}.")));
        }

        body.Add(new TextBlock("Nội dung:", Bold: true));
        body.AddRange(string.IsNullOrWhiteSpace(m.Minutes)
            ? [new TextBlock("(Chưa có nội dung biên bản.)")]
            : m.Minutes.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => new TextBlock(l)));

        return new OfficialDocument(
            province.Documents,
            null,
            "BB",
            VietnamTime.DayOf(m.StartsAt),
            "BIÊN BẢN",
            m.Title,
            body,
            new Signature(null, "CHỦ TRÌ", chair?.Name, null),
            ["Các thành viên Ban Chỉ đạo", "Lưu: VT"])
        {
            CoSignature = new Signature(null, "THƯ KÝ", m.MinutesBy, null),
        };
    }

    private static Signature ChairSignature(MeetingDetail detail, ProvinceDefinition province, string? name)
    {
        var seat = province.FindSeat(detail.Meeting.ChairSeatKey);
        var seal = seat?.Seal is { } s ? province.FindAgency(s.AgencyKey)?.Name : null;
        return Signature.ForSeat(seat?.Role ?? SeatRole.Member, name, seal);
    }

    private static int Count(Meeting m, Attendance a) => m.Invitations.Count(i => i.Attendance == a);

    private static string Attendance(Attendance a, string? substitute) => a switch
    {
        Model.Attendance.Present => "Có mặt",
        Model.Attendance.Excused => "Vắng có phép",
        Model.Attendance.Substitute => substitute is null ? "Cử người dự thay" : $"Cử người dự thay: {substitute}",
        Model.Attendance.AbsentWithoutLeave => "Vắng không phép",
        _ => "Chưa ghi nhận",
    };

    private static string Approver(MeetingRulebook rules) => rules.AbsenceApprover.Vietnamese;

    private static string Mode(MeetingMode mode) => mode switch
    {
        MeetingMode.InPerson => "trực tiếp",
        MeetingMode.Online => "trực tuyến",
        _ => "trực tiếp kết hợp trực tuyến",
    };

    // "08:00–10:00, Thứ Hai, ngày 07/12/2026": official text, Vietnamese whatever the page's language.
    private static string When(DateTimeOffset startsAt, int minutes)
    {
        var start = TimeZoneInfo.ConvertTime(startsAt, VietnamTime.Zone);
        var end = start.AddMinutes(minutes);
        var day = start.DayOfWeek switch
        {
            DayOfWeek.Monday => "Thứ Hai",
            DayOfWeek.Tuesday => "Thứ Ba",
            DayOfWeek.Wednesday => "Thứ Tư",
            DayOfWeek.Thursday => "Thứ Năm",
            DayOfWeek.Friday => "Thứ Sáu",
            DayOfWeek.Saturday => "Thứ Bảy",
            _ => "Chủ Nhật",
        };
        return $"{start:HH\\:mm}–{end:HH\\:mm}, {day}, ngày {VietnamTime.Format(DateOnly.FromDateTime(start.DateTime))}";
    }

    /// <summary>
    /// The conclusion notice, or null when there is none or the pack states no documents' heading. The chair signs:
    /// the head for the committee ("TM. BAN CHỈ ĐẠO"), a deputy for the head ("KT. TRƯỞNG BAN"), with the seal the
    /// regulation gives the chair's seat (Đắk Lắk Art. 10.1; Sơn La Art. 2.3). The recipients follow the order the
    /// pack states seats and agencies in, then the archive ("Lưu: VT").
    /// </summary>
    public static OfficialDocument? ConclusionNotice(MeetingDetail detail, MeetingRulebook rules, IReadOnlyList<AgencyEntry> agencies)
    {
        var province = rules.Province;
        if (detail.Notice is not { } notice || !province.Documents.IsStated)
        {
            return null;
        }

        string AgencyName(string key) => agencies.FirstOrDefault(a => a.Key == key)?.Name ?? key;
        var body = new List<DocumentBlock>();
        if (!string.IsNullOrWhiteSpace(notice.Preamble))
        {
            body.Add(new TextBlock(notice.Preamble));
        }

        foreach (var item in notice.Items.OrderBy(i => i.Number))
        {
            var lead = item.LeadAgencyKey is null ? null : $"Cơ quan chủ trì: {AgencyName(item.LeadAgencyKey)}";
            var due = item.DueDate is null ? null : $"thời hạn: {VietnamTime.Format(item.DueDate)}";
            var detailLine = string.Join("; ", new[] { lead, due }.OfType<string>());
            body.Add(new TextBlock($"{item.Number}. {item.Text}{(detailLine.Length == 0 ? "" : $" ({detailLine}).")}"));
        }

        var signature = ChairSignature(detail, province, notice.Signer);

        return new OfficialDocument(
            province.Documents,
            SequenceOf(notice.Number),
            "TB",
            notice.Date,
            "THÔNG BÁO",
            $"Kết luận của người chủ trì tại {detail.Meeting.Title}",
            body,
            signature,
            NoticeRecipients(detail, province, agencies));
    }

    /// <summary>The number's place in the year's series: "12" of "12/TB-BCĐ"; null when none is given.</summary>
    public static string? SequenceOf(string? number) =>
        string.IsNullOrWhiteSpace(number) ? null : number.Split('/', 2)[0].Trim();

    /// <summary>
    /// The recipients in the pack's order: an issued notice's recipients by seat (as the pack lists seats), then the
    /// agencies it went to (as the pack lists agencies); a draft lists the committee's members and the items' lead
    /// agencies; the archive closes the list.
    /// </summary>
    public static IReadOnlyList<string> NoticeRecipients(MeetingDetail detail, ProvinceDefinition province, IReadOnlyList<AgencyEntry> agencies)
    {
        int SeatOrder(string? key) => key is null ? int.MaxValue : IndexOr(province.Seats.Select(s => s.Key), key);
        int AgencyOrder(string? key) => key is null ? int.MaxValue : IndexOr(agencies.Select(a => a.Key), key);

        List<string> lines;
        if (detail.Recipients.Count > 0)
        {
            lines = [.. detail.Recipients
                .OrderBy(r => r.SeatKey is null)
                .ThenBy(r => SeatOrder(r.SeatKey))
                .ThenBy(r => AgencyOrder(r.AgencyKey))
                .ThenBy(r => r.Name, StringComparer.Ordinal)
                .Select(r => r.Name)];
        }
        else
        {
            lines = ["Các thành viên Ban Chỉ đạo"];
            lines.AddRange((detail.Notice?.Items ?? [])
                .Select(i => i.LeadAgencyKey)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .OrderBy(AgencyOrder)
                .Select(k => agencies.FirstOrDefault(a => a.Key == k)?.Name ?? k));
        }

        lines.Add("Lưu: VT");
        return lines;
    }

    private static int IndexOr(IEnumerable<string> keys, string key)
    {
        var i = 0;
        foreach (var k in keys)
        {
            if (k == key)
            {
                return i;
            }

            i++;
        }

        return int.MaxValue;
    }
}
