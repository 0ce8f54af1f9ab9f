using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.National;
using Platform.Sdk.Structure;
using Platform.Tasks.Model;
using Platform.Tasks.Persistence;
using Platform.Tasks.Rules;

namespace Platform.Tasks.National;

/// <summary>
/// The tasks' figures of the national roll-up (issue 17), counted as the province's own pages count them
/// (<see cref="TaskStates"/>):
/// <list type="bullet">
/// <item><see cref="OnTime"/>: of the tasks completed in the quarter, those completed no later than the deadline in force
/// (the original one, or the last extension approved); the detail is "on time/completed";</item>
/// <item><see cref="Overdue"/>: the tasks overdue at the quarter's last day (today for the quarter not yet over): not
/// cancelled, past the deadline in force and not completed by that day.</item>
/// </list>
/// Two statements whatever the number of provinces and quarters, each grouped by province and quarter.
/// </summary>
internal sealed class TaskFigures : INationalFigures, IModuleService
{
    public const string OnTime = "tasks.on-time";
    public const string Overdue = "tasks.overdue";

    public IReadOnlyList<NationalFigure> Figures { get; } =
    [
        new(OnTime,
            new("Nhiệm vụ hoàn thành đúng hạn", "Tasks done on time"),
            new("Trong số nhiệm vụ hoàn thành trong quý, tỷ lệ hoàn thành không muộn hơn hạn đang có hiệu lực (hạn ban đầu hoặc hạn gia hạn đã được duyệt).",
                "Of the tasks completed in the quarter, the share completed no later than the deadline in force (the original one or an approved extension)."),
            FigureUnit.Percent, HigherIsBetter: true, Order: 30),
        new(Overdue,
            new("Nhiệm vụ quá hạn", "Overdue tasks"),
            new("Số nhiệm vụ chưa hoàn thành, chưa hủy, đã quá hạn đang có hiệu lực vào ngày cuối quý (quý hiện tại: hôm nay).",
                "Tasks neither done nor cancelled and past their deadline in force on the quarter's last day (today for the current quarter)."),
            FigureUnit.Count, HigherIsBetter: false, Order: 31),
    ];

    /// <summary>
    /// The article by which the standing agency follows and urges the tasks (Đắk Lắk, Art. 8.2; Sơn La, Art. 11.2), else
    /// the one making members answer for them; the deadline in force is the one the issuer set or extended.
    /// </summary>
    public Message? Rule(string figure, ProvinceDefinition province)
    {
        ArgumentNullException.ThrowIfNull(province);
        if ((province.Tasks.Monitoring ?? province.Tasks.Accountability) is not { } article)
        {
            return null;
        }

        return figure switch
        {
            OnTime => Message.Citing(province.Name, article,
                "Đúng hạn: hoàn thành không muộn hơn hạn đang có hiệu lực, kể cả gia hạn được người giao duyệt; Cơ quan thường trực theo dõi, đôn đốc",
                "On time: completed no later than the deadline in force, extensions approved by the issuer included; the standing agency follows and urges"),
            Overdue => Message.Citing(province.Name, article,
                "Quá hạn: chưa hoàn thành khi đã qua hạn đang có hiệu lực; Cơ quan thường trực theo dõi, đôn đốc",
                "Overdue: not done once the deadline in force has passed; the standing agency follows and urges"),
            _ => null,
        };
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

        var db = session.Context<TasksDbContext>();
        var (from, to) = (judged[0].Start, judged[^1].End);

        // Completed in the quarter; on time by TaskStates' rule (done, completed on or before the deadline in force).
        var completed = await db.Tasks.IgnoreQueryFilters()
            .Where(t => codes.Contains(t.Province) && t.Progress == TaskProgress.Done && t.CompletedOn >= from && t.CompletedOn <= to)
            .GroupBy(t => new { t.Province, t.CompletedOn!.Value.Year, Quarter = ((t.CompletedOn.Value.Month - 1) / 3) + 1 })
            .Select(g => new { g.Key.Province, g.Key.Year, g.Key.Quarter, Completed = g.Count(), OnTime = g.AsQueryable().Count(TaskStates.Is(TaskState.DoneOnTime, today)) })
            .ToListAsync(ct);

        // Overdue as TaskStates says of a day (not cancelled, past the deadline in force, not done), said of each quarter's
        // last day: one statement over the list of days. A task done after that day was still open on it. The only tasks
        // that can be overdue on one of those days are the ones open today (which have no completion day: reopening a
        // task clears it, TaskItem) and the ones completed after the earliest day, each due before the latest day —
        // never a cancelled one. The two partial indexes of open and of done tasks hold every column this reads, so
        // neither part reads the table, instead of reading every task of every province.
        var days = judged.Select(q => JudgedQuarters.AsOf(q, today)).Distinct().ToList();
        var (earliest, latest) = (days.Min(), days.Max());
        var candidates = db.Tasks.IgnoreQueryFilters()
            .Where(TaskStates.Open)
            .Where(t => codes.Contains(t.Province) && t.Due < latest)
            .Select(t => new { t.Province, t.Due, CompletedOn = (DateOnly?)null })
            .Concat(db.Tasks.IgnoreQueryFilters()
                .Where(t => codes.Contains(t.Province) && t.Progress == TaskProgress.Done && t.CompletedOn > earliest && t.Due < latest)
                .Select(t => new { t.Province, t.Due, t.CompletedOn }));
        var overdue = await candidates
            .SelectMany(t => days.Where(d => t.Due < d && (t.CompletedOn == null || t.CompletedOn > d)), (t, d) => new { t.Province, Day = d })
            .GroupBy(x => new { x.Province, x.Day })
            .Select(g => new { g.Key.Province, g.Key.Day, Count = g.Count() })
            .ToListAsync(ct);

        var values = new List<FigureValue>();
        foreach (var code in codes)
        {
            foreach (var quarter in judged)
            {
                var c = completed.FirstOrDefault(x => x.Province == code && x.Year == quarter.Year && x.Quarter == quarter.Number);
                values.Add(c is null
                    ? new FigureValue(OnTime, code, quarter, null, "0/0")
                    : new FigureValue(OnTime, code, quarter, Math.Round(100m * c.OnTime / c.Completed, 1), Detail(c.OnTime, c.Completed)));
                var day = JudgedQuarters.AsOf(quarter, today);
                values.Add(new FigureValue(Overdue, code, quarter, overdue.FirstOrDefault(x => x.Province == code && x.Day == day)?.Count ?? 0));
            }
        }

        return values;
    }


    private static string Detail(int part, int whole) => string.Create(CultureInfo.InvariantCulture, $"{part}/{whole}");
}
