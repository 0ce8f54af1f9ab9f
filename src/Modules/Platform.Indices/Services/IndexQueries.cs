using Microsoft.EntityFrameworkCore;
using Platform.Core.Modules;
using Platform.Core.Tenancy;
using Platform.Indices.Model;
using Platform.Indices.Persistence;
using Platform.Sdk.Structure;

namespace Platform.Indices.Services;

/// <summary>One declared index on the province's overview: its latest result and that year's target.</summary>
internal sealed record IndexSummary(IndexDefinition Index, IndexResult? Latest, IndexTarget? Target)
{
    /// <summary>Whether the latest result meets its year's target; null when there is no target or it cannot be told.</summary>
    public bool? Met => Target?.MetBy(Latest);

    /// <summary>How far the latest result is from its year's target, when it falls short.</summary>
    public TargetGap? Gap => TargetGap.Between(Latest, Target);
}

/// <summary>
/// How far a result is from a target: the points missing and the places to climb (zero when that part is met or not
/// set). Null when there is nothing to compare or the target is met.
/// </summary>
internal sealed record TargetGap(IndexTarget Target, IndexResult Result, decimal? PointsShort, int? PlacesShort)
{
    public static TargetGap? Between(IndexResult? result, IndexTarget? target)
    {
        if (result is null || target is null)
        {
            return null;
        }

        decimal? points = target.Score is { } s && result.Score < s ? s - result.Score : null;
        int? places = target.Rank is { } r && result.Rank is { } k && k > r ? k - r : null;
        return points is null && places is null ? null : new TargetGap(target, result, points, places);
    }
}

/// <summary>A pillar's change between two years' results, by name; <see cref="Share"/> is the fall against its scale.</summary>
internal sealed record PillarChange(string Name, decimal Before, decimal After, decimal Share)
{
    public decimal Fall => Before - After;
}

/// <summary>One index's record: every year's result (with its pillars) and every target, oldest first.</summary>
internal sealed record IndexRecord(IndexDefinition Index, IReadOnlyList<IndexResult> Results, IReadOnlyList<IndexTarget> Targets)
{
    public IndexResult? Latest => Results.Count == 0 ? null : Results[^1];

    public IndexTarget? TargetFor(int year) => Targets.FirstOrDefault(t => t.Year == year);

    /// <summary>Every version of the index's methodology, oldest first.</summary>
    public IReadOnlyList<Methodology> Methodologies { get; init; } = [];

    /// <summary>The methodology in force in <paramref name="year"/>, or null.</summary>
    public Methodology? MethodFor(int year) => Methodology.InForce(Methodologies, year);

    /// <summary>The result recorded before the latest, or null.</summary>
    public IndexResult? Previous => Results.Count < 2 ? null : Results[^2];

    /// <summary>
    /// The pillars of the latest result that fell since the result before it, the largest fall first, measured against
    /// each pillar's scale (or the index's, or as published when neither is stated) so pillars on different scales compare.
    /// A pillar is compared by its name: one the methodology renamed or added has nothing to fall from.
    /// </summary>
    public IReadOnlyList<PillarChange> Fallen()
    {
        if (Latest is not { } latest || Previous is not { } previous)
        {
            return [];
        }

        var method = MethodFor(latest.Year);
        return
        [
            .. latest.Pillars
                .Select(now => (now, before: previous.Pillars.FirstOrDefault(p => string.Equals(p.Name, now.Name, StringComparison.OrdinalIgnoreCase))))
                .Where(x => x.before is not null && x.before.Score > x.now.Score)
                .Select(x =>
                {
                    var scale = method?.Pillar(x.now.Name)?.ScaleMax ?? method?.ScaleMax ?? 1m;
                    return new PillarChange(x.now.Name, x.before!.Score, x.now.Score, (x.before.Score - x.now.Score) / scale);
                })
                .OrderByDescending(c => c.Share),
        ];
    }

    /// <summary>
    /// The gap to the target the province aims at next: the first year after the latest result that has a target
    /// (measured from the latest result), else the latest result's own year's target when it was missed.
    /// </summary>
    public TargetGap? Gap()
    {
        if (Latest is not { } latest)
        {
            return null;
        }

        var next = Targets.Where(t => t.Year > latest.Year).MinBy(t => t.Year);
        return TargetGap.Between(latest, next ?? TargetFor(latest.Year));
    }
}

/// <summary>
/// Reading the indices: a fixed number of statements whatever the number of years (the results with their pillars in
/// one, the targets in another).
/// </summary>
internal sealed class IndexQueries(IndicesDbContext db, CurrentProvince province) : IModuleService
{
    /// <summary>Every index the pack declares, in its order, with its latest result and that year's target.</summary>
    public async Task<IReadOnlyList<IndexSummary>> OverviewAsync(CancellationToken ct)
    {
        var declared = province.Required.Indices;
        if (declared.Count == 0)
        {
            return [];
        }

        var results = await db.Results.AsNoTracking().OrderBy(r => r.IndexKey).ThenBy(r => r.Year).ToListAsync(ct);
        var targets = await db.Targets.AsNoTracking().ToListAsync(ct);
        return
        [
            .. declared.Select(index =>
            {
                var latest = results.LastOrDefault(r => r.IndexKey == index.Key);
                var target = latest is null ? null : targets.FirstOrDefault(t => t.IndexKey == index.Key && t.Year == latest.Year);
                return new IndexSummary(index, latest, target);
            }),
        ];
    }

    /// <summary>The methodology of <paramref name="key"/> in force in <paramref name="year"/>, with its pillars, or null; one statement.</summary>
    public async Task<Methodology?> MethodInForceAsync(string key, int year, CancellationToken ct)
    {
        var method = await db.Methodologies.AsNoTracking().Include(m => m.Pillars)
            .Where(m => m.IndexKey == key && m.FromYear <= year).OrderByDescending(m => m.FromYear).FirstOrDefaultAsync(ct);
        method?.Pillars.Sort((a, b) => a.Order.CompareTo(b.Order));
        return method;
    }

    /// <summary>Whether <paramref name="year"/> already has a result for <paramref name="key"/>.</summary>
    public Task<bool> HasResultAsync(string key, int year, CancellationToken ct) =>
        db.Results.AnyAsync(r => r.IndexKey == key && r.Year == year, ct);

    /// <summary>One declared index's years, or null when the pack declares no such index.</summary>
    public async Task<IndexRecord?> RecordAsync(string key, CancellationToken ct)
    {
        if (province.Required.Indices.FirstOrDefault(i => i.Key == key) is not { } index)
        {
            return null;
        }

        var results = await db.Results.AsNoTracking().Include(r => r.Pillars).Where(r => r.IndexKey == key).OrderBy(r => r.Year).ToListAsync(ct);
        foreach (var result in results)
        {
            result.Pillars.Sort((a, b) => a.Order.CompareTo(b.Order));
        }

        var targets = await db.Targets.AsNoTracking().Where(t => t.IndexKey == key).OrderBy(t => t.Year).ToListAsync(ct);
        var methods = await db.Methodologies.AsNoTracking().Include(m => m.Pillars).Where(m => m.IndexKey == key).OrderBy(m => m.FromYear).ToListAsync(ct);
        foreach (var method in methods)
        {
            method.Pillars.Sort((a, b) => a.Order.CompareTo(b.Order));
        }

        return new IndexRecord(index, results, targets) { Methodologies = methods };
    }
}
