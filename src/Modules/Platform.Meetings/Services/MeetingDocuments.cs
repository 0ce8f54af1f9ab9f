using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Documents;
using Platform.Meetings.Rules;
using Platform.Sdk.Structure;

namespace Platform.Meetings.Services;

/// <summary>
/// A meeting's official documents in the Decree 30/2020/NĐ-CP format: the conclusion notice (thông báo kết luận,
/// Đắk Lắk Art. 9.1; Sơn La Art. 11.1). The printable page and the .docx are both made from what this returns.
/// </summary>
internal static class MeetingDocuments
{
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

        var seat = province.FindSeat(detail.Meeting.ChairSeatKey);
        var seal = seat?.Seal is { } s ? province.FindAgency(s.AgencyKey)?.Name : null;
        var signature = Signature.ForSeat(seat?.Role ?? SeatRole.Member, notice.Signer, seal);

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
