using Platform.Core.Dates;
using Platform.Core.Documents;
using Platform.Inspections.Model;
using Platform.Sdk.Structure;

namespace Platform.Inspections.Pages;

/// <summary>
/// A mission's closing notice (thông báo kết luận kiểm tra) in the Decree 30/2020/NĐ-CP format, once issued: on what
/// basis (the pack's article for inspection teams, e.g. Đắk Lắk Art. 3, 4.3; Sơn La Art. 3, 6.2), the mission's subject,
/// period and decision, the findings per inspected agency, the conclusion as issued, and the recommendations with the
/// agency in charge and the deadline, as the tasks follow them. The seat that issued it signs — the head for the
/// committee ("TM. BAN CHỈ ĐẠO"), a deputy for the head ("KT. TRƯỞNG BAN") — with that seat's seal; the inspected
/// agencies receive it. Null before the notice is issued or when the pack states no documents' heading.
/// </summary>
internal static class InspectionNotice
{
    public static OfficialDocument? Of(ProvinceDefinition province, Mission m, Func<string, string> agencyName)
    {
        if (!province.Documents.IsStated || m.NoticeIssuedAt is null || m.NoticeDate is null)
        {
            return null;
        }

        var rules = province.Oversight;
        var basis = rules.MissionArticle ?? rules.InspectionTeams;
        var grounds = new List<string>();
        if (basis is not null)
        {
            grounds.Add($"{basis.ToFormalVietnamese()} Quy chế hoạt động của Ban Chỉ đạo");
        }

        if (m.DecisionNumber is not null)
        {
            grounds.Add($"Quyết định số {m.DecisionNumber}{(m.DecisionDate is { } dd ? $" ngày {VietnamTime.Format(dd)}" : "")}");
        }

        var team = $"oàn kiểm tra của {province.Committee.ShortName} do {m.LeadOffice}{(m.LeadName is null ? "" : $" {m.LeadName}")} làm trưởng đoàn " +
                   $"đã kiểm tra {m.Subject} từ ngày {VietnamTime.Format(m.From)} đến ngày {VietnamTime.Format(m.To)}.";
        var body = new List<DocumentBlock>
        {
            new TextBlock(grounds.Count == 0 ? "Đ" + team : $"Thực hiện {string.Join(" và ", grounds)}, đ{team}"),
        };
        foreach (var agency in m.Agencies.Where(a => !string.IsNullOrWhiteSpace(a.Findings)))
        {
            body.Add(new TextBlock($"Kết quả kiểm tra tại {agencyName(agency.AgencyKey)}:", Bold: true));
            body.AddRange(Lines(agency.Findings!));
        }

        body.Add(new TextBlock("Kết luận:", Bold: true));
        body.AddRange(Lines(m.NoticeText ?? ""));
        if (m.Recommendations.Count > 0)
        {
            body.Add(new TextBlock("Kiến nghị:", Bold: true));
            body.Add(new TableBlock(
                ["TT", "Nội dung", "Cơ quan chủ trì", "Thời hạn"],
                [.. m.Recommendations.OrderBy(r => r.Number).Select(r => (IReadOnlyList<string>)[
                    r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Text, agencyName(r.LeadAgencyKey), VietnamTime.Format(r.Due)])]));
        }

        var seat = m.NoticeIssuedBySeat is { } key ? province.FindSeat(key) : null;
        var seal = seat?.Seal is { } s ? province.FindAgency(s.AgencyKey)?.Name : null;
        return new OfficialDocument(
            province.Documents,
            NumberOnly(m.NoticeNumber),
            "TB",
            m.NoticeDate,
            "THÔNG BÁO",
            $"Kết luận kiểm tra {m.Subject}",
            body,
            Signature.ForSeat(seat?.Role ?? SeatRole.Head, m.NoticeIssuedBy, seal),
            [.. m.Agencies.Select(a => agencyName(a.AgencyKey)), "Lưu: VT"]);
    }

    private static IEnumerable<TextBlock> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => new TextBlock(l));

    /// <summary>"12/TB-BCĐ" as typed keeps only "12": the type and symbol come from the heading.</summary>
    private static string? NumberOnly(string? typed) => typed?.Split('/')[0].Trim() is { Length: > 0 } n ? n : null;
}
