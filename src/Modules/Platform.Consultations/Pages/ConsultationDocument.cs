using Platform.Consultations.Model;
using Platform.Core.Dates;
using Platform.Core.Documents;
using Platform.Sdk.Consultations;
using Platform.Sdk.Meetings;
using Platform.Sdk.Structure;

namespace Platform.Consultations.Pages;

/// <summary>
/// The request for opinions (phiếu lấy ý kiến) of a consultation between meetings, in the Decree 30/2020/NĐ-CP format:
/// written opinions (Đắk Lắk Art. 3; Sơn La Art. 3) or, when urgent, through the digital platform (Sơn La Art. 3).
/// The approver the pack names sends it (the head by default), so their seat signs — the head for the committee
/// ("TM. BAN CHỈ ĐẠO"), the standing deputy for the head ("KT. TRƯỞNG BAN") — with that seat's seal; the recipients are
/// the seats asked, in the order they were asked. The decree gives no type abbreviation for a request for opinions:
/// the number line uses "PLYK", with the number left for the clerk. A draft leaves date and signer's name blank.
/// </summary>
internal static class ConsultationDocument
{
    public static OfficialDocument? Of(ProvinceDefinition province, Consultation c, IReadOnlyList<Recipient> recipients)
    {
        if (!province.Documents.IsStated || c.State == ConsultationState.Withdrawn)
        {
            return null;
        }

        var rules = province.Consultations;
        var body = new List<DocumentBlock>();
        var basis = (c.Urgent ? rules.Urgent : null) ?? rules.WrittenOpinions;
        body.Add(new TextBlock(
            $"{(basis is null ? "" : $"Thực hiện {basis.ToFormalVietnamese()} Quy chế hoạt động của Ban Chỉ đạo, ")}" +
            $"{province.Committee.ShortName} đề nghị các thành viên cho ý kiến về: {c.Subject}."));
        if (!string.IsNullOrWhiteSpace(c.Details))
        {
            body.AddRange(c.Details.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => new TextBlock(l)));
        }

        foreach (var q in c.Questions.OrderBy(q => q.Number))
        {
            body.Add(new TextBlock($"Câu {q.Number}. {q.Text}", Bold: true));
            if (q.Kind == QuestionKind.Choice)
            {
                body.Add(new TextBlock("☐ Đồng ý     ☐ Không đồng ý     ☐ Ý kiến khác"));
            }

            body.Add(new TextBlock("Ý kiến: ........................................................................"));
        }

        body.Add(new TextBlock(
            $"Thời hạn gửi ý kiến: hết ngày {VietnamTime.Format(c.Deadline)}, trên hệ thống" +
            $"{(c.Urgent ? " (lấy ý kiến qua nền tảng số do tính cấp bách)" : "")}."));
        if (rules.Silence == SilenceMeans.Agreement && rules.SilenceArticle is { } silence)
        {
            body.Add(new TextBlock($"Quá thời hạn trên, thành viên không có ý kiến được coi là đồng ý ({silence.ToFormalVietnamese()} Quy chế)."));
        }

        var seatKey = c.ApprovedBySeat
            ?? province.Seats.FirstOrDefault(s => s.Role == (rules.Approver == Decider.StandingDeputy ? SeatRole.StandingDeputy : SeatRole.Head))?.Key;
        var seat = seatKey is null ? null : province.FindSeat(seatKey);
        var seal = seat?.Seal is { } s ? province.FindAgency(s.AgencyKey)?.Name : null;
        return new OfficialDocument(
            province.Documents,
            null,
            "PLYK",
            c.ApprovedAt is { } at ? VietnamTime.DayOf(at) : null,
            "PHIẾU LẤY Ý KIẾN",
            c.Subject,
            body,
            Signature.ForSeat(seat?.Role ?? SeatRole.Head, c.ApprovedBy, seal),
            [.. recipients.OrderBy(r => r.Order).Select(r => r.HolderName is null ? r.Office : $"{r.HolderName} — {r.Office}"), "Lưu: VT"]);
    }
}
