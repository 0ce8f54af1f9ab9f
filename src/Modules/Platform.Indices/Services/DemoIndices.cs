using Microsoft.EntityFrameworkCore;
using Platform.Core.Modules;
using Platform.Core.Tenancy;
using Platform.Indices.Model;
using Platform.Indices.Persistence;

namespace Platform.Indices.Services;

/// <summary>
/// Demo data only: a methodology and a few years of made-up DTI and PAPI results and targets, for the packs that declare those indices,
/// so that a fresh demo shows a trend. The values are invented and marked "(demo)"; they are not the published figures.
/// Never loaded on a production install.
/// </summary>
internal sealed class DemoIndices(IndicesDbContext db, CurrentProvince province, TimeProvider clock) : IModuleService
{
    private const string Demo = "Số liệu minh họa (demo), không phải kết quả công bố";

    public async Task LoadAsync(CancellationToken ct)
    {
        var definition = province.Required;
        if (await db.Results.AnyAsync(ct))
        {
            return;
        }

        var code = definition.Code.Value;
        var now = clock.GetUtcNow();
        var last = Core.Dates.VietnamTime.Today(clock).Year - 1;
        var declared = definition.Indices.Select(i => i.Key).ToHashSet();
        if (declared.Contains("dti"))
        {
            string[] pillars = ["Nhận thức số (demo)", "Thể chế số (demo)", "Hạ tầng số (demo)", "Chính quyền số (demo)", "Kinh tế số (demo)", "Xã hội số (demo)"];
            decimal[][] pillarScores = [[0.52m, 0.61m, 0.48m, 0.55m, 0.31m, 0.40m], [0.60m, 0.66m, 0.52m, 0.61m, 0.35m, 0.44m], [0.71m, 0.70m, 0.58m, 0.66m, 0.38m, 0.47m]];
            (decimal Score, int Rank, int Of)[] years = [(0.4510m, 41, 63), (0.4980m, 35, 63), (0.5470m, 22, 34)];
            Method("dti", last - 2, 1m, pillars, 1m);
            Add("dti", years, pillars, pillarScores, "Bộ Khoa học và Công nghệ (demo)");
            Target("dti", last, null, 20);
        }

        if (declared.Contains("papi"))
        {
            string[] pillars = ["Tham gia của người dân ở cấp cơ sở (demo)", "Công khai, minh bạch (demo)", "Trách nhiệm giải trình với người dân (demo)", "Kiểm soát tham nhũng (demo)"];
            decimal[][] pillarScores = [[4.91m, 5.02m, 4.20m, 6.12m], [5.01m, 5.10m, 4.35m, 6.20m], [5.05m, 5.21m, 4.41m, 6.08m]];
            (decimal Score, int Rank, int Of)[] years = [(42.10m, 38, 63), (42.95m, 30, 63), (43.40m, 14, 34)];
            Method("papi", last - 2, 80m, pillars, 10m);
            Add("papi", years, pillars, pillarScores, "UNDP và các đối tác (demo)");
            Target("papi", last, 43.00m, null);
        }

        await db.SaveChangesAsync(ct);

        void Add(string key, (decimal Score, int Rank, int Of)[] years, string[] pillars, decimal[][] pillarScores, string body)
        {
            for (var i = 0; i < years.Length; i++)
            {
                var year = last - (years.Length - 1 - i);
                var result = new IndexResult
                {
                    Id = Guid.CreateVersion7(), Province = code, IndexKey = key, Year = year, Score = years[i].Score, Rank = years[i].Rank, RankedOf = years[i].Of,
                    SourceBody = body, SourceDocument = $"{Demo} ({year})", SourceDate = new DateOnly(year + 1, 4, 15), EnteredBy = "demo", EnteredAt = now,
                };
                for (var p = 0; p < pillars.Length; p++)
                {
                    result.Pillars.Add(new PillarScore { Id = Guid.CreateVersion7(), Province = code, ResultId = result.Id, Order = p + 1, Name = pillars[p], Score = pillarScores[i][p] });
                }

                db.Results.Add(result);
            }
        }

        void Method(string key, int from, decimal scale, string[] pillars, decimal pillarScale)
        {
            var method = new Methodology
            {
                Id = Guid.CreateVersion7(), Province = code, IndexKey = key, FromYear = from, ScaleMax = scale,
                SourceDocument = $"Phương pháp đánh giá (demo) — {Demo}", EnteredBy = "demo", EnteredAt = now,
            };
            for (var p = 0; p < pillars.Length; p++)
            {
                method.Pillars.Add(new MethodologyPillar { Id = Guid.CreateVersion7(), Province = code, MethodologyId = method.Id, Order = p + 1, Name = pillars[p], ScaleMax = pillarScale });
            }

            db.Methodologies.Add(method);
        }

        void Target(string key, int year, decimal? score, int? rank) =>
            db.Targets.Add(new IndexTarget
            {
                Id = Guid.CreateVersion7(), Province = code, IndexKey = key, Year = year, Score = score, Rank = rank,
                SourceDocument = "Kế hoạch hoạt động năm của Ban Chỉ đạo (demo)", EnteredBy = "demo", EnteredAt = now,
            });
    }
}
