using Platform.Core.Persistence;

namespace Platform.Indices.Model;

/// <summary>
/// A version of an index's methodology: the scale its scores are given on and the pillars (component indices, fields,
/// dimensions, sub-indices) it is made of, in force from <see cref="FromYear"/> until the next version. Methodologies
/// change (the DTI's pillars were reorganised, PAR INDEX's fields re-weighted), so a year's result is checked against
/// the version in force that year. Kept by the owning agency (Sơn La, Art. 8.2, 8.3, 9.2a, 9.2b) or the standing agency.
/// </summary>
internal sealed class Methodology : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public required string IndexKey { get; set; }

    /// <summary>The first year this version applies to; it applies until the year before the next version's.</summary>
    public int FromYear { get; set; }

    /// <summary>The highest score the index can take; scores run from 0 to it (DTI: 1; PAPI: 80; PAR INDEX: 100).</summary>
    public decimal ScaleMax { get; set; }

    /// <summary>The document that sets the methodology (a ministry's decision, the publisher's report).</summary>
    public required string SourceDocument { get; set; }

    public required string EnteredBy { get; set; }
    public DateTimeOffset EnteredAt { get; set; }

    /// <summary>PostgreSQL's xmin: an edit made on a stale page is refused, not written over.</summary>
    public uint Version { get; set; }

    public List<MethodologyPillar> Pillars { get; set; } = [];

    /// <summary>The pillar of that name (as typed, any case), or null.</summary>
    public MethodologyPillar? Pillar(string name) =>
        Pillars.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The version in force in <paramref name="year"/> among <paramref name="versions"/>, or null.</summary>
    public static Methodology? InForce(IEnumerable<Methodology> versions, int year) =>
        versions.Where(v => v.FromYear <= year).MaxBy(v => v.FromYear);
}

/// <summary>One pillar of a methodology version, with its own scale when the publisher gives one.</summary>
internal sealed class MethodologyPillar : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid MethodologyId { get; set; }
    public int Order { get; set; }
    public required string Name { get; set; }

    /// <summary>The highest score of the pillar, when the methodology gives one (PAPI's dimensions: 10).</summary>
    public decimal? ScaleMax { get; set; }
}
