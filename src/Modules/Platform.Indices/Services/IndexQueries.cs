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
}

/// <summary>One index's record: every year's result (with its pillars) and every target, oldest first.</summary>
internal sealed record IndexRecord(IndexDefinition Index, IReadOnlyList<IndexResult> Results, IReadOnlyList<IndexTarget> Targets)
{
    public IndexResult? Latest => Results.Count == 0 ? null : Results[^1];

    public IndexTarget? TargetFor(int year) => Targets.FirstOrDefault(t => t.Year == year);
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
        return new IndexRecord(index, results, targets);
    }
}
