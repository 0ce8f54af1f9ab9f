using System.Text.RegularExpressions;
using Platform.Committees.Structure;
using Platform.Core.Dates;
using Platform.Core.Documents;
using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Committees.Appointments;

/// <summary>
/// What an appointment decision says about the change: a recorded holding, or the change form's values before it is
/// recorded. Anything not yet known is null and left blank in the draft.
/// </summary>
internal sealed record AppointmentDraft(string? PersonName, DateOnly? EffectiveFrom, string? DecisionNumber, DateOnly? DecisionDate, string? PreviousHolder);

/// <summary>
/// The draft of the decision that re-forms the committee's membership for one seat (Quyết định về việc kiện toàn
/// thành viên Ban Chỉ đạo), in the Decree 30/2020/NĐ-CP format. Membership is the province's to decide: the committee
/// is founded or re-formed by a decision of the PPC (Đắk Lắk: 903/QĐ-UBND of the PPC) or of its chairman (Sơn La:
/// 1287/QĐ-UBND, as the preamble of 03/QĐ-BCĐ cites it), and the standing agency drafts the decisions that add or
/// replace members (Đắk Lắk, Art. 8.1). So the PPC issues it ("…/QĐ-UBND"), signed as the founding decision was:
/// "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", or "CHỦ TỊCH" when the chairman founded the committee in his own right. The
/// chairman is the committee's head, so the head's holder on the decision's day is named under the signature.
/// </summary>
internal static partial class AppointmentDecision
{
    /// <summary>Appointments are the PPC's decisions: "Số: …/QĐ-UBND".</summary>
    private const string TypeCode = "QĐ";

    private const string PpcSymbol = "UBND";

    /// <summary>
    /// The draft for <paramref name="seat"/>, read from the committee as it stands on the decision's day (its effective
    /// day, or today, before either is known); null when the pack states no document heading.
    /// </summary>
    public static async Task<OfficialDocument?> DraftAsync(
        CommitteeQueries queries, ProvinceDefinition province, SeatRow seat, AppointmentDraft draft, DateOnly today, CancellationToken ct)
    {
        var committee = await queries.OnDayAsync(draft.DecisionDate ?? draft.EffectiveFrom ?? today, ct);
        return committee is null ? null : Of(province, committee, seat, draft);
    }

    public static OfficialDocument? Of(ProvinceDefinition province, CommitteeOnDay committee, SeatRow seat, AppointmentDraft draft)
    {
        if (!province.Documents.IsStated)
        {
            return null;
        }

        var ppc = province.Agencies.FirstOrDefault(a => a.Kind == AgencyKind.ProvincialPeoplesCommittee);
        // Decree 30, Appendix I, 1.2: the issuing body is written in full; only a governing body above it may be
        // abbreviated ("UBND TỈNH …"), and the PPC has none.
        var issuer = ppc?.Name.ToUpperInvariant() ?? province.Documents.GoverningBody;
        var byChairman = committee.Committee.Founding.Signer?.StartsWith("Chủ tịch", StringComparison.OrdinalIgnoreCase) == true;
        var (number, typeCode, symbol) = SplitNumber(draft.DecisionNumber);
        var heading = province.Documents with { GoverningBody = string.Empty, IssuingBody = issuer, Symbol = symbol };
        var head = committee.InRole(SeatRole.Head).FirstOrDefault()?.Holder?.PersonFullName;

        return new OfficialDocument(
            heading,
            number,
            typeCode,
            draft.DecisionDate,
            "QUYẾT ĐỊNH",
            $"Về việc kiện toàn thành viên {committee.Committee.FullName}",
            Body(province, committee, seat, draft, issuer, byChairman),
            new Signature(byChairman ? null : "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", head, ppc?.Name),
            Recipients(province, committee, seat));
    }

    private static List<DocumentBlock> Body(
        ProvinceDefinition province, CommitteeOnDay committee, SeatRow seat, AppointmentDraft draft, string issuer, bool byChairman)
    {
        var c = committee.Committee;
        var person = string.IsNullOrWhiteSpace(draft.PersonName) ? "Ông/Bà ……………" : draft.PersonName;
        var role = Role(seat.Role);
        var body = new List<DocumentBlock>
        {
            new TextBlock(byChairman ? $"CHỦ TỊCH {issuer}" : issuer, Bold: true),
            // Both regulations' decisions rest on this law first (Đắk Lắk and Sơn La, preamble).
            new TextBlock("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/02/2025;"),
        };
        if (c.Founding.Number is not null)
        {
            body.Add(new TextBlock($"Căn cứ Quyết định số {c.Founding.Number}{On(c.Founding.Date)}{Of(c.Founding.Signer)} {Lower(c.Founding.Title)};"));
        }

        if (StandingAgency(committee) is { } proposer)
        {
            body.Add(new TextBlock($"Theo đề nghị của {proposer}."));
        }

        body.Add(new TextBlock("QUYẾT ĐỊNH:", Bold: true));
        body.Add(new TextBlock(
            $"Điều 1. Kiện toàn thành viên {c.FullName}: {person}, {seat.Office}, giữ chức {role} {c.ShortName}" +
            $"{(draft.PreviousHolder is { } previous ? $", thay {previous}" : "")}" +
            $"{(draft.EffectiveFrom is { } from ? $", kể từ ngày {VietnamTime.Format(from)}" : "")}."));

        var regulation = c.Regulation.Number is null
            ? "Quy chế hoạt động của Ban Chỉ đạo"
            : $"Quy chế hoạt động của Ban Chỉ đạo ban hành kèm theo Quyết định số {c.Regulation.Number}{On(c.Regulation.Date)}";
        var article = string.IsNullOrEmpty(seat.Article) ? "" : $" ({ArticleRef.Parse(seat.Article).ToFormalVietnamese()} Quy chế)";
        body.Add(new TextBlock($"Điều 2. {person} thực hiện nhiệm vụ, quyền hạn của {role} {c.ShortName} theo {regulation}{article}" +
            (seat.Duties.Count > 0 ? ":" : ".")));
        body.AddRange(seat.Duties.Select(d => new TextBlock($"- {d.Text} ({ArticleRef.Parse(d.Article).ToVietnamese()})")));

        var office = province.Agencies.FirstOrDefault(a => a.Kind == AgencyKind.PpcOffice);
        var executors = new List<string>();
        if (office is not null)
        {
            executors.Add($"Chánh {office.Name}");
        }

        if (StandingAgency(committee) is { } agency)
        {
            executors.Add($"Thủ trưởng {agency}");
        }

        executors.Add($"Trưởng Ban, các Phó Trưởng Ban và các thành viên {c.ShortName}");
        executors.Add($"{person} và thủ trưởng các cơ quan, đơn vị có liên quan");
        body.Add(new TextBlock($"Điều 3. Quyết định này có hiệu lực kể từ ngày ký. {string.Join("; ", executors)} chịu trách nhiệm thi hành Quyết định này./."));
        return body;
    }

    // "Như Điều 3" first, as both regulations' decisions list it; then the PPC's leaders, the appointee's agency and the
    // standing agency that drafted it; the archive closes the list.
    private static List<string> Recipients(ProvinceDefinition province, CommitteeOnDay committee, SeatRow seat)
    {
        var recipients = new List<string> { "Như Điều 3", "Chủ tịch, các Phó Chủ tịch UBND tỉnh" };
        var ppc = province.Agencies.FirstOrDefault(a => a.Kind == AgencyKind.ProvincialPeoplesCommittee)?.Name;
        if (seat.AgencyName is { } agency && agency != ppc)
        {
            recipients.Add(agency);
        }

        if (StandingAgency(committee) is { } standing && !recipients.Contains(standing))
        {
            recipients.Add(standing);
        }

        recipients.Add("Lưu: VT");
        return recipients;
    }

    /// <summary>The general standing agency's lead agency: it drafts membership decisions (Đắk Lắk, Art. 8.1).</summary>
    private static string? StandingAgency(CommitteeOnDay committee) =>
        committee.OfKind(BodyKind.StandingAgency).OrderByDescending(b => b.IsGeneral).FirstOrDefault()?.LeadAgencyName;

    /// <summary>The seat's role in the committee as the decision words it.</summary>
    public static string Role(SeatRole role) => role switch
    {
        SeatRole.Head => "Trưởng Ban",
        SeatRole.StandingDeputy => "Phó Trưởng Ban Thường trực",
        SeatRole.Deputy => "Phó Trưởng Ban",
        _ => "thành viên",
    };

    /// <summary>
    /// "512/QĐ-UBND" as number, type and symbol, so the number line prints what was recorded; a draft's number is blank
    /// and its symbol the PPC's.
    /// </summary>
    private static (string? Number, string TypeCode, string Symbol) SplitNumber(string? recorded)
    {
        if (string.IsNullOrWhiteSpace(recorded))
        {
            return (null, TypeCode, PpcSymbol);
        }

        var match = NumberPattern().Match(recorded.Trim());
        return match.Success
            ? (match.Groups["number"].Value, match.Groups["type"].Value, match.Groups["symbol"].Value)
            : (recorded.Trim(), TypeCode, PpcSymbol);
    }

    private static string On(DateOnly? date) => date is { } d ? $" ngày {VietnamTime.Format(d)}" : "";

    private static string Of(string? signer) => string.IsNullOrWhiteSpace(signer) ? "" : $" của {signer}";

    private static string Lower(string? title) =>
        string.IsNullOrEmpty(title) ? "" : char.ToLowerInvariant(title[0]) + title[1..];

    [GeneratedRegex(@"^(?<number>[^/\s]+)/(?<type>[^-/\s]+)-(?<symbol>\S+)$")]
    private static partial Regex NumberPattern();
}
