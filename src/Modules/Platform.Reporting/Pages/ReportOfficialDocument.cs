using Platform.Core.Documents;
using Platform.Core.Reporting;
using Platform.Reporting.Model;
using Platform.Reporting.Services;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Reporting.Pages;

/// <summary>
/// A version of a report as an administrative document in the Decree 30/2020/NĐ-CP format (type "BC"): a member's
/// periodic report, or a standing agency's thematic or consolidated report (e.g. Sơn La Art. 12.4–12.6) with the
/// reports it gathered, its five sections and, when the stage asks for one, its summary. A report is issued by the
/// submitter's own agency — a seat's agency, a body's lead agency — under the province's governing body, sealed with
/// the seal the regulation gives the seat or body (Đắk Lắk Art. 10.1: members use their own agency's seal). The pack
/// states no agency's symbol, so the number line leaves the symbol blank beside "BC" for the agency's clerk, with the
/// number; the date is the day the version was sent (blank for a draft). The text is the official Vietnamese.
/// </summary>
internal static class ReportOfficialDocument
{
    private static readonly string[] Numerals = ["I", "II", "III", "IV", "V"];

    /// <summary>The document, or null when the pack states no documents' heading.</summary>
    public static OfficialDocument? Of(ProvinceDefinition province, Obligation o, Submission r)
    {
        if (!province.Documents.IsStated)
        {
            return null;
        }

        var seat = o.Submitter.Kind == SubmitterKind.Seat ? province.FindSeat(o.Submitter.Key) : null;
        var body = o.Submitter.Kind == SubmitterKind.Seat ? null : province.Bodies.FirstOrDefault(b => b.Key == o.Submitter.Key);
        var agency = (seat?.AgencyKey ?? body?.LeadAgencyKey) is { } a ? province.FindAgency(a) : null;
        var issuer = agency?.Name ?? ReportLabels.Name(province, o.Submitter);
        var sealKey = seat?.Seal?.AgencyKey ?? body?.Seal?.AgencyKey ?? agency?.Key;
        var seal = sealKey is null ? null : province.FindAgency(sealKey)?.Name;

        var blocks = new List<DocumentBlock>();
        if (r.CompiledFrom.Count > 0)
        {
            blocks.Add(new TextBlock($"Tổng hợp từ báo cáo của: {string.Join("; ", r.CompiledFrom.Select(c => ReportLabels.Name(province, c.SubmitterKey)))}."));
        }

        Sections(blocks, r.Full);
        if (Enum.GetValues<ReportSection>().Any(s => r.Summary[s] is not null))
        {
            blocks.Add(new TextBlock("BÁO CÁO TÓM TẮT", Bold: true));
            Sections(blocks, r.Summary);
        }

        var signature = seat is not null
            ? new Signature(null, seat.Office.ToUpperInvariant(), null, seal)
            : new Signature(null, "THỦ TRƯỞNG CƠ QUAN", null, seal);
        return new OfficialDocument(
            province.Documents with { IssuingBody = issuer.ToUpperInvariant(), Symbol = "......" },
            null,
            "BC",
            r.SubmittedOn,
            "BÁO CÁO",
            $"{o.Title} ({o.Stage.Name})",
            blocks,
            signature,
            [.. o.Stage.Recipients.Select(x => x == Recipients.Committee ? "Ban Chỉ đạo" : province.Bodies.FirstOrDefault(b => b.Key == x)?.Name ?? x), "Lưu: VT"]);
    }

    private static void Sections(List<DocumentBlock> blocks, ReportText text)
    {
        var n = 0;
        foreach (var section in Enum.GetValues<ReportSection>())
        {
            if (text[section] is not { } content)
            {
                continue;
            }

            blocks.Add(new TextBlock($"{Numerals[n++]}. {Services.Sections.Vietnamese(section).ToUpperInvariant()}", Bold: true));
            blocks.AddRange(content.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => new TextBlock(l)));
        }
    }
}
