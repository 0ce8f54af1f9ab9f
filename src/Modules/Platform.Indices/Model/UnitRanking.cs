using Platform.Core.Persistence;

namespace Platform.Indices.Model;

/// <summary>
/// The province's own measurement of its agencies and localities on an index for one year (Sơn La, Art. 8.2: DOST
/// organises measuring the DTI of the province's agencies and localities), for the indices whose pack states a unit
/// ranking. One per index and year; its version guards a correction made on a stale page.
/// </summary>
internal sealed class UnitRanking : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }

    /// <summary>The key the pack declares the index under.</summary>
    public required string IndexKey { get; set; }

    public int Year { get; set; }

    public required string EnteredBy { get; set; }
    public DateTimeOffset EnteredAt { get; set; }

    /// <summary>PostgreSQL's xmin: a correction made on a stale page is refused, not written over.</summary>
    public uint Version { get; set; }

    public List<UnitScore> Units { get; set; } = [];
}

/// <summary>What kind of unit is measured: the province's agencies and its localities are ranked apart.</summary>
internal enum UnitKind
{
    /// <summary>A department, board or other agency of the province.</summary>
    Agency = 1,

    /// <summary>A commune, ward or other locality.</summary>
    Locality = 2,
}

/// <summary>One unit's score in a year's ranking, and its rank among the units of its kind (ties share a rank).</summary>
internal sealed class UnitScore : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid RankingId { get; set; }

    /// <summary>The unit's name as typed (names are content and stay Vietnamese).</summary>
    public required string Name { get; set; }

    /// <summary>Agency or locality; null when the table does not say.</summary>
    public UnitKind? Kind { get; set; }

    public decimal Score { get; set; }

    /// <summary>Computed when the year is saved: 1 for the best score among units of the same kind; equal scores share a rank.</summary>
    public int Rank { get; set; }

    /// <summary>The row of the pasted table it came from, to keep the table's order among equals.</summary>
    public int Line { get; set; }
}
