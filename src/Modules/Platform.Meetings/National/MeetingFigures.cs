using Microsoft.EntityFrameworkCore;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.National;
using Platform.Meetings.Model;
using Platform.Meetings.Persistence;
using Platform.Meetings.Rules;
using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Structure;

namespace Platform.Meetings.National;

/// <summary>
/// The meetings module's figures for the national roll-up (issue 17): the regular meetings held against those due
/// in the quarter under each province's own regulation (e.g. Đắk Lắk, Art. 9.1: quarterly, six-month and year-end
/// meetings in the last working week; Sơn La, Art. 12.2: once a quarter) — as the province's meetings page counts
/// them — and the conclusion notices issued in the quarter (dated in it). Two statements whatever the number of
/// provinces and quarters, both through the national session.
/// </summary>
internal sealed class MeetingFigures : INationalFigures, IModuleService
{
    /// <summary>Regular meetings held of those due.</summary>
    public const string Held = "hop-dinh-ky";

    /// <summary>Conclusion notices issued.</summary>
    public const string Notices = "thong-bao-ket-luan";

    public IReadOnlyList<NationalFigure> Figures { get; } =
    [
        new(Held,
            new Message("Họp định kỳ đã họp / phải họp", "Regular meetings held / due"),
            new Message(
                "Số cuộc họp định kỳ (kể cả sơ kết, tổng kết nếu quy chế yêu cầu) đã họp trên số phải họp trong quý theo quy chế của tỉnh; quý chưa kết thúc chỉ tính các cuộc đã đến hạn hoặc đã họp.",
                "Regular meetings (with the six-month and year-end reviews where the regulation asks for them) held, of those due in the quarter under the province's regulation; a quarter not yet over counts only those past due or already held."),
            FigureUnit.Percent, HigherIsBetter: true, Order: 10) { Page = "meetings" },
        new(Notices,
            new Message("Thông báo kết luận đã ban hành", "Conclusion notices issued"),
            new Message("Số thông báo kết luận đã ban hành, đếm theo ngày của thông báo trong quý.", "Conclusion notices issued, counted by the notice's date within the quarter."),
            FigureUnit.Count, HigherIsBetter: true, Order: 20) { Page = "meetings" },
    ];

    public Message? Rule(string figure, ProvinceDefinition province)
    {
        ArgumentNullException.ThrowIfNull(province);
        var rules = province.Meetings;
        switch (figure)
        {
            case Held when rules.Regular.Count > 0:
                // Each rule cites the article the pack states for it (Đắk Lắk 9.1, Sơn La 12.2, …), once for rules sharing one.
                var byArticle = rules.Regular.GroupBy(r => r.Article.ToVietnamese(), StringComparer.Ordinal).ToList();
                return new Message(
                    string.Join("; ", byArticle.Select(g => string.Join("; ", g.Select(r => $"{Kind(r.Kind).Vietnamese} {Cadence(r.Period).Vietnamese}{Window(r.Window).Vietnamese}")) + $" ({province.Name}, {g.First().Article.ToVietnamese()})")),
                    string.Join("; ", byArticle.Select(g => string.Join("; ", g.Select(r => $"{Kind(r.Kind).English} {Cadence(r.Period).English}{Window(r.Window).English}")) + $" ({province.Name}, {g.First().Article.ToEnglish()})")));
            case Notices when rules.Conclusions is { } conclusions:
                return Message.Citing(province.Name, conclusions.DraftArticle,
                    "Cơ quan thường trực dự thảo thông báo kết luận của mỗi cuộc họp",
                    "The standing agency drafts the conclusion notice of each meeting");
            default:
                return null;
        }
    }

    public async Task<IReadOnlyList<FigureValue>> ReadAsync(
        NationalSession session, IReadOnlyList<ProvinceDefinition> provinces, IReadOnlyList<Period> quarters, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(provinces);
        ArgumentNullException.ThrowIfNull(quarters);
        var read = provinces.Where(p => session.Provinces.Contains(p.Code.Value)).ToList();
        if (read.Count == 0 || quarters.Count == 0)
        {
            return [];
        }

        var codes = read.Select(p => p.Code.Value).ToList();
        var first = quarters.Min(q => q.Start);
        var last = quarters.Max(q => q.End);
        var db = session.Context<MeetingsDbContext>();

        // 1: every regular meeting held for a period ending in the span, all provinces at once.
        var held = await db.Meetings.IgnoreQueryFilters()
            .Where(m => codes.Contains(m.Province) && m.Status == MeetingStatus.Held && m.PeriodKind != null
                        && m.PeriodYear >= first.Year && m.PeriodYear <= last.Year)
            .Select(m => new { m.Province, m.Kind, m.PeriodKind, m.PeriodYear, m.PeriodNumber })
            .Distinct()
            .ToListAsync(ct);
        var heldSet = held.Select(m => (m.Province, m.Kind, Kind: m.PeriodKind!.Value, Year: m.PeriodYear ?? 0, Number: m.PeriodNumber ?? 0)).ToHashSet();

        // 2: issued notices by province and month of their date.
        var notices = await db.Notices.IgnoreQueryFilters()
            .Where(n => codes.Contains(n.Province) && n.Status == NoticeStatus.Issued && n.Date >= first && n.Date <= last)
            .GroupBy(n => new { n.Province, n.Date!.Value.Year, n.Date.Value.Month })
            .Select(g => new { g.Key.Province, g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(ct);

        var values = new List<FigureValue>();
        foreach (var province in read)
        {
            var code = province.Code.Value;
            var since = new MeetingRulebook(province).FollowedSince(today);
            foreach (var quarter in quarters)
            {
                var (dueCount, heldCount) = (0, 0);
                foreach (var rule in province.Meetings.Regular)
                {
                    // The periods the rule asks for that end in this quarter, not before the regulation applies.
                    foreach (var period in Period.Stated(rule.Period, quarter.Start, quarter.End).Where(p => quarter.Contains(p.End) && p.End >= since))
                    {
                        var isHeld = heldSet.Contains((code, rule.Kind, period.Kind, period.Year, period.Number));
                        // A period not over yet is judged once its meeting is held; before, it is not yet due.
                        if (isHeld || period.End < today)
                        {
                            dueCount++;
                            heldCount += isHeld ? 1 : 0;
                        }
                    }
                }

                values.Add(new FigureValue(Held, code, quarter, dueCount == 0 ? null : Math.Round(100m * heldCount / dueCount, 1), $"{heldCount}/{dueCount}"));
                var issued = notices.Where(n => n.Province == code && quarter.Contains(new DateOnly(n.Year, n.Month, 1))).Sum(n => n.Count);
                values.Add(new FigureValue(Notices, code, quarter, issued, null));
            }
        }

        return values;
    }

    private static Message Kind(MeetingKind kind) => kind switch
    {
        MeetingKind.SixMonthReview => new("Họp sơ kết", "Six-month review"),
        MeetingKind.AnnualReview => new("Họp tổng kết", "Year-end review"),
        MeetingKind.Periodic => new("Họp định kỳ", "Regular meeting"),
        _ => new("Họp", "Meeting"),
    };

    private static Message Cadence(PeriodKind period) => period switch
    {
        PeriodKind.Month => new("hằng tháng", "monthly"),
        PeriodKind.Quarter => new("hằng quý", "quarterly"),
        PeriodKind.HalfYear => new("6 tháng đầu năm", "for the first half-year"),
        PeriodKind.SecondHalfYear => new("6 tháng cuối năm", "for the second half-year"),
        _ => new("hằng năm", "yearly"),
    };

    private static Message Window(MeetingWindow window) => window.LastWorkingWeek
        ? new(", vào tuần làm việc cuối cùng của kỳ", ", in the period's last working week")
        : window.FromDayOfLastMonth > 1
            ? new($", từ ngày {window.FromDayOfLastMonth} tháng cuối kỳ", $", from day {window.FromDayOfLastMonth} of the period's last month")
            : new("", "");
}
