using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.National;
using Platform.Inspections.Persistence;
using Platform.Sdk.Structure;

namespace Platform.Inspections.National;

/// <summary>
/// Inspection and supervision in the national roll-up (issue 17): the missions held in the quarter — in effect (ad hoc,
/// or in an issued annual plan: a plan not issued is a draft, see <see cref="Model.MissionState"/>) and whose period
/// ended in the quarter, by today — with, in the detail, how many of them have their closing notice issued
/// ("concluded/held"): a mission whose notice is still owed is late on the province's own plan page. One statement
/// whatever the number of provinces and quarters.
/// </summary>
internal sealed class InspectionFigures : INationalFigures, IModuleService
{
    public const string Held = "inspections.held";

    public IReadOnlyList<NationalFigure> Figures { get; } =
    [
        new(Held,
            new("Đoàn kiểm tra, giám sát", "Inspection missions"),
            new("Số đoàn kiểm tra, giám sát (theo kế hoạch đã ban hành hoặc đột xuất) kết thúc trong quý; chi tiết: đã có thông báo kết luận/đã kết thúc.",
                "Inspection missions (in the issued plan or ad hoc) whose period ended in the quarter; detail: with their closing notice issued/ended."),
            FigureUnit.Count, HigherIsBetter: true, Order: 60),
    ];

    /// <summary>The articles behind inspection teams, the annual plan and who sets missions up, as the pack states them.</summary>
    public Message? Rule(string figure, ProvinceDefinition province)
    {
        ArgumentNullException.ThrowIfNull(province);
        var rules = province.Oversight;
        var articles = new[] { rules.InspectionTeams, rules.PlanDrafting, rules.MissionArticle }.OfType<Sdk.ArticleRef>().Distinct().Order().ToList();
        if (figure != Held || !rules.Stated || articles.Count == 0)
        {
            return null;
        }

        var cited = string.Join(", ", articles.Select(a => a.ToString()));
        return new Message(
            $"Đoàn kiểm tra theo kế hoạch kiểm tra, giám sát hằng năm đã ban hành hoặc đột xuất, kết thúc bằng thông báo kết luận kiểm tra ({province.Name}, Điều {cited})",
            $"Missions in the issued annual inspection plan or ad hoc, each closed by a closing notice ({province.Name}, Art. {cited})");
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

        var db = session.Context<InspectionsDbContext>();
        var (from, to) = (judged[0].Start, judged[^1].End);
        var held = await db.Missions.IgnoreQueryFilters()
            .Where(m => codes.Contains(m.Province) && m.To >= from && m.To <= to && m.To < today
                        && (m.PlanId == null || db.Plans.IgnoreQueryFilters().Any(p => p.Id == m.PlanId && p.IssuedAt != null)))
            .GroupBy(m => new { m.Province, m.To.Year, Quarter = ((m.To.Month - 1) / 3) + 1 })
            .Select(g => new { g.Key.Province, g.Key.Year, g.Key.Quarter, Held = g.Count(), Concluded = g.Count(m => m.NoticeIssuedAt != null) })
            .ToListAsync(ct);

        return
        [
            .. from code in codes
               from quarter in judged
               let found = held.FirstOrDefault(x => x.Province == code && x.Year == quarter.Year && x.Quarter == quarter.Number)
               select new FigureValue(Held, code, quarter, found?.Held ?? 0,
                   string.Create(CultureInfo.InvariantCulture, $"{found?.Concluded ?? 0}/{found?.Held ?? 0}")),
        ];
    }
}
