using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Documents;
using Platform.Sdk.Structure;
using Platform.Tasks.Model;

namespace Platform.Tasks.Pages;

/// <summary>
/// The annual work plan (kế hoạch công tác hằng năm, type "KH") in the Decree 30/2020/NĐ-CP format. The head signs the
/// committee's annual programme and plan for it (Đắk Lắk Art. 4.2; Sơn La Art. 5.2 — the pack's plan article): "TM. BAN
/// CHỈ ĐẠO / TRƯỞNG BAN", or "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN" when a deputy acting for the head issued it, with the
/// seal the regulation gives the head's seat. Dated the decision's day (blank for a draft); the items in a table;
/// the recipients are the members, then every lead agency in the pack's order, then the archive.
/// </summary>
internal static class PlanDocument
{
    public static OfficialDocument? Of(ProvinceDefinition province, WorkPlan plan, IReadOnlyList<AgencyEntry> agencies)
    {
        if (!province.Documents.IsStated)
        {
            return null;
        }

        string Name(string key) => agencies.FirstOrDefault(a => a.Key == key)?.Name ?? key;
        var body = new List<DocumentBlock>();
        if (plan.DecisionNumber is not null)
        {
            body.Add(new TextBlock($"(Ban hành kèm theo Quyết định số {plan.DecisionNumber}{(plan.DecisionDate is { } d ? $" ngày {VietnamTime.Format(d)}" : "")})"));
        }

        body.Add(new TextBlock($"Ban Chỉ đạo ban hành kế hoạch công tác năm {plan.Year} gồm các nhiệm vụ sau:"));
        body.Add(new TableBlock(
            ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Sản phẩm"],
            [.. plan.Items.OrderBy(i => i.Number).Select(i => (IReadOnlyList<string>)[
                $"{i.Number}",
                i.Title,
                Name(i.LeadAgencyKey),
                string.Join(", ", i.CoAgencyKeys.Select(Name)),
                $"{VietnamTime.Format(i.Due)}{Every(i.Recurrence)}",
                i.ExpectedOutput ?? ""])]));

        var head = province.Seats.First(s => s.Role == SeatRole.Head);
        var seal = head.Seal is { } s ? province.FindAgency(s.AgencyKey)?.Name : null;
        var signature = Signature.ForSeat(plan.IssuedActingDocument is null ? SeatRole.Head : SeatRole.Deputy, plan.IssuedBy, seal);
        int Order(string key) => agencies.Select((a, n) => (a, n)).FirstOrDefault(x => x.a.Key == key) is { a: not null } x ? x.n : int.MaxValue;
        return new OfficialDocument(
            province.Documents,
            null,
            "KH",
            plan.DecisionDate,
            "KẾ HOẠCH",
            plan.Title,
            body,
            signature,
            ["Các thành viên Ban Chỉ đạo", .. plan.Items.Select(i => i.LeadAgencyKey).Distinct(StringComparer.Ordinal).OrderBy(Order).Select(Name), "Lưu: VT"]);
    }

    private static string Every(Recurrence r) => r switch
    {
        Recurrence.Monthly => " (hằng tháng)",
        Recurrence.Quarterly => " (hằng quý)",
        Recurrence.HalfYearly => " (6 tháng)",
        Recurrence.Yearly => " (hằng năm)",
        _ => "",
    };
}
