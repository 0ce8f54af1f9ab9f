using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Indices.Model;
using Platform.Indices.Persistence;
using Platform.Sdk.Structure;

namespace Platform.Indices.Services;

/// <summary>An index offered for comparison: its key, and its names as the first readable pack declaring it states them.</summary>
internal sealed record ComparableIndex(string Key, string Name, string? ShortName);

/// <summary>One province's line in the comparison: its result for the year (if any) and that year's target.</summary>
internal sealed record ProvinceLine(ProvinceDefinition Province, IndexDefinition Index, IndexResult? Result, IndexTarget? Target)
{
    /// <summary>Whether the result meets the target; null when there is no target or it cannot be told.</summary>
    public bool? Met => Target?.MetBy(Result);
}

/// <summary>How the comparison is ordered.</summary>
internal enum ComparisonOrder
{
    /// <summary>Best rank first; provinces without a rank after, by score.</summary>
    Rank,

    /// <summary>Highest score first.</summary>
    Score,
}

/// <summary>The comparison for one index and year: the provinces' lines, and the readable provinces whose regulation names no such index.</summary>
internal sealed record Comparison(ComparableIndex Index, int Year, IReadOnlyList<ProvinceLine> Lines, IReadOnlyList<ProvinceDefinition> NotFollowing);

/// <summary>
/// The ministry's read-only comparison of provinces' results on one index for one year (issue 15, part 5): only the
/// provinces the user may read (<see cref="IProvinceAccess"/>) are read at all, each in a scope of its own that acts
/// for that province — so its connection carries the province's <c>app.province</c> and row-level security applies as
/// on the province's own pages. Indices compare by the key their packs declare them under (the common keys dti,
/// par-index, sipas, papi, popi, pci, chi-so-phuc-vu).
/// </summary>
internal sealed class NationalComparison(IServiceScopeFactory scopes, IProvinceCatalog catalog, IProvinceAccess access) : IModuleService
{
    /// <summary>The provinces <paramref name="user"/> may read, in the catalog's order.</summary>
    public IReadOnlyList<ProvinceDefinition> Readable(ClaimsPrincipal user) => access.Readable(catalog, user);

    /// <summary>The indices any of <paramref name="provinces"/> declares, by key, in the order first declared.</summary>
    public static IReadOnlyList<ComparableIndex> Indices(IReadOnlyList<ProvinceDefinition> provinces) =>
    [
        .. provinces.SelectMany(p => p.Indices).GroupBy(i => i.Key, StringComparer.Ordinal)
            .Select(g => new ComparableIndex(g.Key, g.First().Name, g.First().ShortName)),
    ];

    /// <summary>
    /// Each readable province declaring the index, with its result and target for the year. One statement per such
    /// province (its result with the year's target), each on its own province's connection: bounded by the number of
    /// provinces the deployment serves, not by the data. One statement a province is accepted here; reading them all
    /// in one is left to the work on cross-province reading (issue 17).
    /// </summary>
    public async Task<Comparison> CompareAsync(IReadOnlyList<ProvinceDefinition> readable, ComparableIndex index, int year, ComparisonOrder order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(readable);
        ArgumentNullException.ThrowIfNull(index);
        var lines = new List<ProvinceLine>();
        foreach (var province in readable)
        {
            if (province.Indices.FirstOrDefault(i => i.Key == index.Key) is not { } declared)
            {
                continue;
            }

            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(province);
            var db = scope.ServiceProvider.GetRequiredService<IndicesDbContext>();
            var found = await db.Results.AsNoTracking()
                .Where(r => r.IndexKey == index.Key && r.Year == year)
                .Select(r => new { Result = r, Target = db.Targets.FirstOrDefault(t => t.IndexKey == r.IndexKey && t.Year == r.Year) })
                .SingleOrDefaultAsync(ct);
            lines.Add(new ProvinceLine(province, declared, found?.Result, found?.Target));
        }

        IOrderedEnumerable<ProvinceLine> sorted = order == ComparisonOrder.Score
            ? lines.OrderBy(l => l.Result is null).ThenByDescending(l => l.Result?.Score).ThenBy(l => l.Result?.Rank ?? int.MaxValue)
            : lines.OrderBy(l => l.Result is null).ThenBy(l => l.Result?.Rank ?? int.MaxValue).ThenByDescending(l => l.Result?.Score);
        var notFollowing = readable.Where(p => p.Indices.All(i => i.Key != index.Key)).ToList();
        return new Comparison(index, year, [.. sorted.ThenBy(l => l.Province.Name, StringComparer.Ordinal)], notFollowing);
    }
}
