using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.National;
using Platform.Indices.Model;
using Platform.Indices.Persistence;
using Platform.Sdk.Structure;

namespace Platform.Indices.National;

/// <summary>
/// The indices in the national roll-up (issue 17), from the results a province knew at the quarter's end (published by
/// then: the source's date, else the day it was entered; today for the quarter not yet over), the latest year of each
/// index:
/// <list type="bullet">
/// <item><see cref="DtiRank"/>: the province's rank on the digital transformation index (the common key <c>dti</c>),
/// detail "rank/ranked"; nothing for a province whose regulation does not follow the DTI;</item>
/// <item><see cref="TargetsMet"/>: of the indices it follows whose latest known result has a target for that result's
/// year that can be judged, the share met (<see cref="IndexTarget.MetBy"/>), detail "met/judged".</item>
/// </list>
/// Two statements (results, targets) whatever the number of provinces and quarters: a province publishes a handful of
/// results a year, so the latest one per quarter is picked in memory.
/// </summary>
internal sealed class IndexFigures : INationalFigures, IModuleService
{
    public const string DtiRank = "indices.dti-rank";
    public const string TargetsMet = "indices.targets-met";

    /// <summary>The key packs declare the digital transformation index under.</summary>
    private const string Dti = "dti";

    public IReadOnlyList<NationalFigure> Figures { get; } =
    [
        new(DtiRank,
            new("Thứ hạng DTI", "DTI rank"),
            new("Thứ hạng của tỉnh trên Chỉ số Chuyển đổi số (DTI) theo kết quả mới nhất đã công bố đến cuối quý; chi tiết: hạng/số tỉnh được xếp hạng.",
                "The province's rank on the Digital Transformation Index by the latest result published by the quarter's end; detail: rank/provinces ranked."),
            FigureUnit.Count, HigherIsBetter: false, Order: 70),
        new(TargetsMet,
            new("Chỉ số đạt mục tiêu", "Index targets met"),
            new("Trong số chỉ số tỉnh theo dõi có mục tiêu cho năm của kết quả mới nhất đã công bố đến cuối quý, tỷ lệ đạt mục tiêu; chi tiết: đạt/có mục tiêu.",
                "Of the indices the province follows with a target for the year of their latest result published by the quarter's end, the share met; detail: met/with a target."),
            FigureUnit.Percent, HigherIsBetter: true, Order: 71),
    ];

    /// <summary>The article by which the province follows the DTI (Sơn La, Art. 8.2), or those of all the indices it follows.</summary>
    public Message? Rule(string figure, ProvinceDefinition province)
    {
        ArgumentNullException.ThrowIfNull(province);
        switch (figure)
        {
            case DtiRank when province.Indices.FirstOrDefault(i => i.Key == Dti) is { } dti:
                return Message.Citing(province.Name, dti.Article,
                    $"{dti.Name} do cơ quan được giao theo dõi, cập nhật kết quả công bố hằng năm",
                    "The digital transformation index, its published yearly results kept by the agency in charge");
            case TargetsMet when province.Indices.Count > 0:
                var cited = string.Join(", ", province.Indices.Select(i => i.Article).Distinct().Order().Select(a => a.ToString()));
                return new Message(
                    $"Các chỉ số tỉnh theo dõi ({string.Join(", ", province.Indices.Select(i => i.ShortName ?? i.Name))}), mục tiêu theo kế hoạch của Ban Chỉ đạo hoặc chương trình của tỉnh ({province.Name}, Điều {cited})",
                    $"The indices the province follows ({string.Join(", ", province.Indices.Select(i => i.ShortName ?? i.Name))}), targets as the committee's plan or a provincial programme sets them ({province.Name}, Art. {cited})");
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
        var read = session.Reading(provinces);
        var judged = JudgedQuarters.Of(quarters, today);
        if (read.Count == 0 || judged.Count == 0)
        {
            return [];
        }

        var codes = read.Select(p => p.Code.Value).ToList();
        var db = session.Context<IndicesDbContext>();
        var results = await db.Results.IgnoreQueryFilters().Where(r => codes.Contains(r.Province))
            .Select(r => new Known(r.Province, r.IndexKey, r.Year, r.Score, r.Rank, r.RankedOf, r.SourceDate, r.EnteredAt))
            .ToListAsync(ct);
        var targets = (await db.Targets.IgnoreQueryFilters().Where(t => codes.Contains(t.Province)).ToListAsync(ct))
            .ToDictionary(t => (t.Province, t.IndexKey, t.Year));

        var values = new List<FigureValue>();
        foreach (var province in read)
        {
            var code = province.Code.Value;
            var followed = province.Indices.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var quarter in judged)
            {
                var asOf = JudgedQuarters.AsOf(quarter, today);
                var latest = results.Where(r => r.Province == code && followed.Contains(r.IndexKey) && r.KnownOn <= asOf)
                    .GroupBy(r => r.IndexKey).Select(g => g.MaxBy(r => r.Year)!).ToList();

                if (followed.Contains(Dti))
                {
                    var dti = latest.FirstOrDefault(r => r.IndexKey == Dti);
                    values.Add(new FigureValue(DtiRank, code, quarter, dti?.Rank,
                        dti?.Rank is { } rank ? string.Create(CultureInfo.InvariantCulture, $"{rank}/{dti.RankedOf}") : null));
                }

                var met = latest.Select(r => targets.GetValueOrDefault((code, r.IndexKey, r.Year))?.MetBy(r.AsResult())).Where(m => m is not null).ToList();
                if (followed.Count > 0)
                {
                    var yes = met.Count(m => m == true);
                    values.Add(new FigureValue(TargetsMet, code, quarter, met.Count == 0 ? null : Math.Round(100m * yes / met.Count, 1),
                        string.Create(CultureInfo.InvariantCulture, $"{yes}/{met.Count}")));
                }
            }
        }

        return values;
    }

    /// <summary>A result as far as the figures need it, and the day it became known.</summary>
    private sealed record Known(string Province, string IndexKey, int Year, decimal Score, int? Rank, int? RankedOf, DateOnly? SourceDate, DateTimeOffset EnteredAt)
    {
        public DateOnly KnownOn => SourceDate ?? VietnamTime.DayOf(EnteredAt);

        public IndexResult AsResult() => new()
        {
            Province = Province, IndexKey = IndexKey, Year = Year, Score = Score, Rank = Rank, RankedOf = RankedOf,
            SourceBody = "", SourceDocument = "", EnteredBy = "",
        };
    }
}
