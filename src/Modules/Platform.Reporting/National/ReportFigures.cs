using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.National;
using Platform.Core.Reporting;
using Platform.Reporting.Model;
using Platform.Reporting.Pages;
using Platform.Reporting.Persistence;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Reporting.National;

/// <summary>
/// Reporting punctuality for the national roll-up (issue 17): the reports falling due in the quarter under each
/// province's own chain (Đắk Lắk, Art. 13.1: members before the 25th, the standing agency by the 30th; Sơn La, Art.
/// 12.4–12.6: members before the 10th, the thematic reports by the 20th, the general one by the period's end), each
/// judged as the province's reporting board judges it (<see cref="DeadlineChain.StateOf"/>, on the day the first
/// version was submitted): on time, late, or missing once its last day on time has passed; one still open before its
/// deadline is not judged yet.
/// <para>
/// Chains differ in length (two stages, three, more for a third province), and the figures of all provinces stand in
/// the same columns, so the keys do not name stages: one figure per outcome (<see cref="OnTime"/> as a rate,
/// <see cref="Late"/> and <see cref="Missing"/> as counts) whose value sums the whole chain, and whose detail breaks it
/// down stage by stage in the chain's order, separated by " · " ("12/15 · 2/3": on time of judged at the first stage,
/// then at the second). The province's <see cref="Rule"/> lists its stages in that same order, so each part of the
/// detail reads against its stage and article.
/// </para>
/// <para>
/// Obligations are computed from the pack's chain for each province and quarter (never stored); the submissions are
/// read in one statement. The chain is the pack's own: seats the secretariat added to or split in the roster are not
/// counted here (their reports are on the province's board).
/// </para>
/// </summary>
internal sealed class ReportFigures(IWorkingCalendar calendar) : INationalFigures, IModuleService
{
    public const string OnTime = "reports.on-time";
    public const string Late = "reports.late";
    public const string Missing = "reports.missing";

    private const string StageSeparator = " · ";

    public IReadOnlyList<NationalFigure> Figures { get; } =
    [
        new(OnTime,
            new("Báo cáo đúng hạn", "Reports on time"),
            new("Trong số báo cáo đến hạn trong quý theo chuỗi báo cáo của tỉnh, tỷ lệ gửi đúng hạn; chi tiết: đúng hạn/đến hạn ở từng bước của chuỗi.",
                "Of the reports falling due in the quarter under the province's chain, the share submitted on time; detail: on time/due at each stage of the chain."),
            FigureUnit.Percent, HigherIsBetter: true, Order: 40),
        new(Late,
            new("Báo cáo gửi muộn", "Reports late"),
            new("Số báo cáo đến hạn trong quý được gửi sau hạn; chi tiết: số ở từng bước của chuỗi.",
                "Reports falling due in the quarter submitted after their deadline; detail: the number at each stage of the chain."),
            FigureUnit.Count, HigherIsBetter: false, Order: 41),
        new(Missing,
            new("Báo cáo chưa gửi, quá hạn", "Reports missing"),
            new("Số báo cáo đến hạn trong quý chưa được gửi dù đã quá hạn; chi tiết: số ở từng bước của chuỗi.",
                "Reports falling due in the quarter not submitted although their deadline has passed; detail: the number at each stage of the chain."),
            FigureUnit.Count, HigherIsBetter: false, Order: 42),
    ];

    /// <summary>The province's chain, stage by stage in order, each with its deadline and article; null when its pack states none.</summary>
    public Message? Rule(string figure, ProvinceDefinition province)
    {
        ArgumentNullException.ThrowIfNull(province);
        if (figure is not (OnTime or Late or Missing) || !province.Reporting.Stated || province.Reporting.Stages.Count == 0)
        {
            return null;
        }

        var stages = province.Reporting.Stages.OrderBy(s => s.Order).Select((s, i) => (Stage: s, Number: i + 1)).ToList();
        return new Message(
            string.Join("; ", stages.Select(x => $"({x.Number}) {x.Stage.Name}: {ReportLabels.Deadline(x.Stage, english: false)} ({province.Name}, {x.Stage.Article.ToVietnamese()})")),
            string.Join("; ", stages.Select(x => $"({x.Number}) {x.Stage.Name}: {ReportLabels.Deadline(x.Stage, english: true)} ({province.Name}, {x.Stage.Article.ToEnglish()})")));
    }

    public async Task<IReadOnlyList<FigureValue>> ReadAsync(
        NationalSession session, IReadOnlyList<ProvinceDefinition> provinces, IReadOnlyList<Period> quarters, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(provinces);
        ArgumentNullException.ThrowIfNull(quarters);
        var read = session.Reading(provinces);
        var judged = JudgedQuarters.Of(quarters, today);
        if (read.Count == 0 || judged.Count == 0)
        {
            return [];
        }

        // A deadline may fall after its period (the month after, days after its end): periods from half a year before.
        var earliest = judged[0].Start.AddMonths(-6);
        var codes = read.Select(p => p.Code.Value).ToList();
        var db = session.Context<ReportingDbContext>();
        var submitted = await db.Submissions.IgnoreQueryFilters()
            .Where(s => codes.Contains(s.Province) && s.Year >= earliest.Year && s.Status != SubmissionStatus.Draft && s.SubmittedOn != null)
            .GroupBy(s => new { s.Province, s.PeriodKind, s.Year, s.Number, s.StageKey, s.SubmitterKey })
            .Select(g => new { g.Key.Province, g.Key.PeriodKind, g.Key.Year, g.Key.Number, g.Key.StageKey, g.Key.SubmitterKey, First = g.Min(s => s.SubmittedOn) })
            .ToListAsync(ct);
        var firstOn = submitted.ToDictionary(s => (s.Province, new Period(s.PeriodKind, s.Year, s.Number), s.StageKey, s.SubmitterKey), s => s.First);

        var values = new List<FigureValue>();
        foreach (var province in read)
        {
            var code = province.Code.Value;
            var rules = province.Reporting;
            var stages = rules.Stages.OrderBy(s => s.Order).ToList();
            if (!rules.Stated || stages.Count == 0)
            {
                values.AddRange(judged.SelectMany(q => Figures.Select(f => new FigureValue(f.Key, code, q, null))));
                continue;
            }

            var obligations = DeadlineChain.Periods(rules, earliest, judged[^1].End)
                .SelectMany(p => DeadlineChain.For(province, p, calendar))
                .ToList();
            foreach (var quarter in judged)
            {
                var states = obligations.Where(o => quarter.Contains(o.Due))
                    .Select(o => (o.Stage.Key, State: DeadlineChain.StateOf(o, firstOn.GetValueOrDefault((code, o.Period, o.Stage.Key, o.Submitter.Key)), today)))
                    .Where(x => x.State != ObligationState.Pending)
                    .ToList();
                var perStage = stages.Select(s => (
                    OnTime: states.Count(x => x.Key == s.Key && x.State == ObligationState.OnTime),
                    Late: states.Count(x => x.Key == s.Key && x.State == ObligationState.Late),
                    Missing: states.Count(x => x.Key == s.Key && x.State == ObligationState.Missing))).ToList();
                var (onTime, late, missing) = (perStage.Sum(s => s.OnTime), perStage.Sum(s => s.Late), perStage.Sum(s => s.Missing));
                var due = onTime + late + missing;
                values.Add(new FigureValue(OnTime, code, quarter, due == 0 ? null : Math.Round(100m * onTime / due, 1),
                    string.Join(StageSeparator, perStage.Select(s => Number($"{s.OnTime}/{s.OnTime + s.Late + s.Missing}")))));
                values.Add(new FigureValue(Late, code, quarter, due == 0 ? null : late, string.Join(StageSeparator, perStage.Select(s => Number($"{s.Late}")))));
                values.Add(new FigureValue(Missing, code, quarter, due == 0 ? null : missing, string.Join(StageSeparator, perStage.Select(s => Number($"{s.Missing}")))));
            }
        }

        return values;
    }

    private static string Number(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
