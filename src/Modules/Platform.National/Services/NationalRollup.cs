using System.Security.Claims;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.National;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.National.Services;

/// <summary>One province's line in a quarter: each figure's value by key (absent when the module said nothing).</summary>
internal sealed record RollupLine(ProvinceDefinition Province, IReadOnlyDictionary<string, FigureValue> Values)
{
    public FigureValue? this[string figure] => Values.GetValueOrDefault(figure);
}

/// <summary>
/// The figures of every province read, for every quarter asked, and the rule behind each figure in each province.
/// <see cref="Lines"/> holds, per quarter, one line per province in the catalog's order.
/// </summary>
internal sealed class RollupData(
    IReadOnlyList<NationalFigure> figures,
    IReadOnlyList<ProvinceDefinition> provinces,
    IReadOnlyList<Period> quarters,
    IReadOnlyDictionary<Period, IReadOnlyList<RollupLine>> lines,
    IReadOnlyDictionary<(string Figure, string Province), Message?> rules)
{
    public IReadOnlyList<NationalFigure> Figures { get; } = figures;
    public IReadOnlyList<ProvinceDefinition> Provinces { get; } = provinces;
    public IReadOnlyList<Period> Quarters { get; } = quarters;

    public IReadOnlyList<RollupLine> Lines(Period quarter) => lines.GetValueOrDefault(quarter) ?? [];

    /// <summary>The rule <paramref name="province"/>'s regulation sets for <paramref name="figure"/>, citing its article; null when none.</summary>
    public Message? Rule(string figure, string province) => rules.GetValueOrDefault((figure, province));
}

/// <summary>
/// The ministry's roll-up (issue 17): for the provinces an account may read (<see cref="IProvinceAccess"/>) and no
/// other, every module's <see cref="INationalFigures"/> read through one <see cref="NationalSession"/> — a read-only
/// role that row-level security lets see those provinces alone — so the number of statements is the modules' fixed
/// number, whatever the number of provinces and quarters. Each province is judged by its own regulation: the modules
/// say the rule and article behind each figure, province by province.
/// </summary>
internal sealed class NationalRollup(
    IEnumerable<INationalFigures> modules, NationalReading reading, IProvinceCatalog catalog, IProvinceAccess access, TimeProvider clock)
    : IModuleService
{
    private readonly IReadOnlyList<INationalFigures> _modules = [.. modules];

    /// <summary>The provinces <paramref name="user"/> may read, in the catalog's order.</summary>
    public IReadOnlyList<ProvinceDefinition> Readable(ClaimsPrincipal user) => access.Readable(catalog, user);

    /// <summary>Every module's figures, by <see cref="NationalFigure.Order"/>.</summary>
    public IReadOnlyList<NationalFigure> Figures => [.. _modules.SelectMany(m => m.Figures).OrderBy(f => f.Order).ThenBy(f => f.Key, StringComparer.Ordinal)];

    /// <summary>Today in Vietnam.</summary>
    public DateOnly Today => VietnamTime.Today(clock);

    /// <summary>The quarter containing today.</summary>
    public Period CurrentQuarter => Period.Containing(PeriodKind.Quarter, Today);

    /// <summary>The <paramref name="count"/> quarters ending at <paramref name="last"/>, oldest first.</summary>
    public static IReadOnlyList<Period> QuartersEnding(Period last, int count)
    {
        var quarters = new List<Period> { last };
        while (quarters.Count < count)
        {
            quarters.Insert(0, quarters[0].Previous());
        }

        return quarters;
    }

    /// <summary>Reads every figure of <paramref name="provinces"/> (already checked readable) for <paramref name="quarters"/>.</summary>
    public async Task<RollupData> ReadAsync(IReadOnlyList<ProvinceDefinition> provinces, IReadOnlyList<Period> quarters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(provinces);
        ArgumentNullException.ThrowIfNull(quarters);
        var figures = Figures;
        var today = Today;
        var values = new List<FigureValue>();
        if (provinces.Count > 0)
        {
            await using var session = await reading.OpenAsync([.. provinces.Select(p => p.Code.Value)], ct);
            foreach (var module in _modules)
            {
                values.AddRange(await module.ReadAsync(session, provinces, quarters, today, ct));
            }
        }

        var byQuarter = quarters.ToDictionary(
            q => q,
            q => (IReadOnlyList<RollupLine>)
            [
                .. provinces.Select(p => new RollupLine(p, values
                    .Where(v => v.Province == p.Code.Value && v.Quarter == q)
                    .GroupBy(v => v.Figure, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal))),
            ]);
        var rules = new Dictionary<(string, string), Message?>();
        foreach (var module in _modules)
        {
            foreach (var figure in module.Figures)
            {
                foreach (var province in provinces)
                {
                    rules[(figure.Key, province.Code.Value)] = module.Rule(figure.Key, province);
                }
            }
        }

        return new RollupData(figures, provinces, quarters, byQuarter, rules);
    }

    /// <summary>
    /// <paramref name="lines"/> ordered by <paramref name="figure"/> (null: by the catalog's order), best first unless
    /// <paramref name="reverse"/>; a province with nothing to judge comes last either way.
    /// </summary>
    public static IReadOnlyList<RollupLine> Sort(IReadOnlyList<RollupLine> lines, NationalFigure? figure, bool reverse)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (figure is null)
        {
            return reverse ? [.. lines.Reverse()] : lines;
        }

        var descending = figure.HigherIsBetter != reverse;
        var judged = lines.Where(l => l[figure.Key]?.Value is not null);
        var ordered = descending ? judged.OrderByDescending(l => l[figure.Key]!.Value) : judged.OrderBy(l => l[figure.Key]!.Value);
        return [.. ordered, .. lines.Where(l => l[figure.Key]?.Value is null)];
    }
}
