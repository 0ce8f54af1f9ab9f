using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Consultations.Model;
using Platform.Consultations.Persistence;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.National;
using Platform.Sdk;
using Platform.Sdk.Consultations;
using Platform.Sdk.Structure;

namespace Platform.Consultations.National;

/// <summary>
/// Consultations between meetings in the national roll-up (issue 17): how well members answer when asked in writing
/// (Đắk Lắk, Art. 3; Sơn La, Art. 3 and 9.1b, 9.1đ, 9.2a–d). Counted are the seats asked by the consultations sent
/// (open or closed, not withdrawn) whose answer deadline fell in the quarter and has passed; answered on time are those
/// whose first answer came by the deadline day (the answer's own "late" mark, set when it was sent). The value is the
/// rate, the detail "answered on time/asked". One statement whatever the number of provinces and quarters.
/// </summary>
internal sealed class ConsultationFigures : INationalFigures, IModuleService
{
    public const string AnsweredOnTime = "consultations.answered-on-time";

    public IReadOnlyList<NationalFigure> Figures { get; } =
    [
        new(AnsweredOnTime,
            new("Ý kiến thành viên đúng hạn", "Members' opinions on time"),
            new("Trong số lượt thành viên được lấy ý kiến bằng văn bản có hạn trả lời trong quý (đã qua), tỷ lệ trả lời đúng hạn; chi tiết: trả lời đúng hạn/được hỏi.",
                "Of the members asked in writing with an answer deadline in the quarter (passed), the share who answered by it; detail: answered on time/asked."),
            FigureUnit.Percent, HigherIsBetter: true, Order: 50),
    ];

    /// <summary>The articles making members answer (else the one listing written opinions), with what silence means there.</summary>
    public Message? Rule(string figure, ProvinceDefinition province)
    {
        ArgumentNullException.ThrowIfNull(province);
        var rules = province.Consultations;
        IReadOnlyList<ArticleRef> articles = rules.MembersAnswer.Count > 0 ? rules.MembersAnswer : rules.WrittenOpinions is { } written ? [written] : [];
        if (figure != AnsweredOnTime || !rules.Stated || articles.Count == 0)
        {
            return null;
        }

        var (silenceVi, silenceEn) = rules.Silence == SilenceMeans.Agreement
            ? ("quá hạn không trả lời được coi là đồng ý", "no answer by the deadline counts as agreement")
            : ("quá hạn không trả lời là không có ý kiến", "no answer by the deadline is no opinion");
        var citedVi = string.Join(", ", articles.Select(a => a.ToString()));
        var silenceArticle = rules.SilenceArticle is { } s ? $", {s}" : "";
        return new Message(
            $"Thành viên cho ý kiến bằng văn bản trong thời hạn của phiếu lấy ý kiến; {silenceVi} ({province.Name}, Điều {citedVi}{silenceArticle})",
            $"Members give their written opinion within the consultation's deadline; {silenceEn} ({province.Name}, Art. {citedVi}{silenceArticle})");
    }

    public async Task<IReadOnlyList<FigureValue>> ReadAsync(
        NationalSession session, IReadOnlyList<ProvinceDefinition> provinces, IReadOnlyList<Period> quarters, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(provinces);
        ArgumentNullException.ThrowIfNull(quarters);
        var codes = session.Reading(provinces).Select(p => p.Code.Value).ToList();
        var judged = JudgedQuarters.Of(quarters, today);
        if (codes.Count == 0 || judged.Count == 0)
        {
            return [];
        }

        var db = session.Context<ConsultationsDbContext>();
        var (first, last) = (judged[0].Start, judged[^1].End);
        var asked = await (
                from c in db.Consultations.IgnoreQueryFilters()
                join r in db.Recipients.IgnoreQueryFilters() on c.Id equals r.ConsultationId
                where codes.Contains(c.Province) && (c.State == ConsultationState.Open || c.State == ConsultationState.Closed)
                      && c.Deadline >= first && c.Deadline <= last && c.Deadline < today
                select new
                {
                    c.Province,
                    c.Deadline.Year,
                    Quarter = ((c.Deadline.Month - 1) / 3) + 1,
                    OnTime = db.Answers.IgnoreQueryFilters().Any(a => a.ConsultationId == c.Id && a.SeatKey == r.SeatKey && a.Revision == 1 && !a.Late),
                })
            .GroupBy(x => new { x.Province, x.Year, x.Quarter })
            .Select(g => new { g.Key.Province, g.Key.Year, g.Key.Quarter, Asked = g.Count(), OnTime = g.Count(x => x.OnTime) })
            .ToListAsync(ct);

        return
        [
            .. from code in codes
               from quarter in judged
               let found = asked.FirstOrDefault(x => x.Province == code && x.Year == quarter.Year && x.Quarter == quarter.Number)
               select found is null
                   ? new FigureValue(AnsweredOnTime, code, quarter, null, "0/0")
                   : new FigureValue(AnsweredOnTime, code, quarter, Math.Round(100m * found.OnTime / found.Asked, 1),
                       string.Create(CultureInfo.InvariantCulture, $"{found.OnTime}/{found.Asked}")),
        ];
    }
}
