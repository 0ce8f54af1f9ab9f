using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Sdk.Structure;

namespace Platform.Core.National;

/// <summary>How a figure of the national roll-up reads.</summary>
public enum FigureUnit
{
    /// <summary>A number of things (meetings held, tasks overdue).</summary>
    Count,

    /// <summary>A rate from 0 to 100 (tasks done on time, reports on time).</summary>
    Percent,
}

/// <summary>
/// A figure of the ministry's roll-up: what it counts, and which way is better. <see cref="Key"/> is stable (CSV
/// columns, the read API, links); <see cref="Order"/> places it among the figures of all modules.
/// </summary>
public sealed record NationalFigure(string Key, Message Name, Message Meaning, FigureUnit Unit, bool HigherIsBetter, int Order)
{
    /// <summary>
    /// The province's own page that shows what the figure counts, relative to the province's root ("meetings" for
    /// <c>/{province}/meetings</c>); the roll-up links each cell there. Null: the province's home page.
    /// </summary>
    public string? Page { get; init; }
}

/// <summary>
/// A figure's value for one province in one quarter. <see cref="Value"/> is what sorts and charts (null: nothing to
/// judge, e.g. no task fell due); <see cref="Detail"/> is what stands beside it, digits only ("2/3" meetings held of
/// due, "12/15" tasks on time).
/// </summary>
public sealed record FigureValue(string Figure, string Province, Period Quarter, decimal? Value, string? Detail = null);

/// <summary>
/// A module's figures for the national roll-up (issue 17). Each province is judged by its own regulation, so a module
/// also says, per province, the rule behind each figure with its article. Reading must take a fixed number of
/// statements whatever the number of provinces and quarters: one query grouped by province (and quarter) over the
/// national session, never one per province.
/// </summary>
public interface INationalFigures
{
    /// <summary>The figures this module contributes.</summary>
    IReadOnlyList<NationalFigure> Figures { get; }

    /// <summary>
    /// The rule <paramref name="province"/>'s regulation sets for <paramref name="figure"/>, citing its article
    /// ("quarterly, in the last working week of the quarter (Đắk Lắk, Art. 9.1)"); null when it sets none.
    /// </summary>
    Message? Rule(string figure, ProvinceDefinition province);

    /// <summary>
    /// The module's figures for each of <paramref name="provinces"/> and each of <paramref name="quarters"/> (oldest
    /// first), as of <paramref name="today"/> for the quarter not yet over, read through <paramref name="session"/>.
    /// </summary>
    Task<IReadOnlyList<FigureValue>> ReadAsync(
        NationalSession session, IReadOnlyList<ProvinceDefinition> provinces, IReadOnlyList<Period> quarters, DateOnly today, CancellationToken ct);
}

/// <summary>Which quarters a roll-up judges, and on which day, the same for every module's figures.</summary>
public static class JudgedQuarters
{
    /// <summary>The quarters of <paramref name="quarters"/> begun by <paramref name="today"/>, once each, oldest first: a quarter not yet begun gives nothing.</summary>
    public static IReadOnlyList<Period> Of(IEnumerable<Period> quarters, DateOnly today) =>
        [.. quarters.Where(q => q.Start <= today).Distinct().OrderBy(q => q.Start)];

    /// <summary>The day a quarter is judged on: its last day, or today while it runs.</summary>
    public static DateOnly AsOf(Period quarter, DateOnly today) => quarter.End < today ? quarter.End : today;
}
