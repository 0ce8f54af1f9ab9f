using Platform.Core.Persistence;

namespace Platform.Indices.Model;

/// <summary>
/// The province's published result on one index for one year: its score, its rank among the provinces ranked that year
/// (their number changes, e.g. after the 2025 merger of provinces) and where it was published. Entered by the focal
/// point of the agency the pack puts in charge of the index (Sơn La: DOST for the DTI, Art. 8.2; Home Affairs for PAR
/// INDEX, SIPAS and PAPI, Art. 8.3; Finance for POPI and PCI, Art. 9.2b; the PPC Office for the service index,
/// Art. 9.2a) or by the standing agency.
/// </summary>
internal sealed class IndexResult : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }

    /// <summary>The key the pack declares the index under.</summary>
    public required string IndexKey { get; set; }

    public int Year { get; set; }
    public decimal Score { get; set; }

    /// <summary>The province's rank, 1 being the best; null when the publisher ranked no province.</summary>
    public int? Rank { get; set; }

    /// <summary>How many provinces were ranked that year; set whenever <see cref="Rank"/> is.</summary>
    public int? RankedOf { get; set; }

    /// <summary>Who published the result (a ministry, VCCI, UNDP…).</summary>
    public required string SourceBody { get; set; }

    /// <summary>The document that published it (a decision, a report).</summary>
    public required string SourceDocument { get; set; }

    public DateOnly? SourceDate { get; set; }

    public required string EnteredBy { get; set; }
    public DateTimeOffset EnteredAt { get; set; }

    /// <summary>PostgreSQL's xmin: an edit made on a stale page is refused, not written over.</summary>
    public uint Version { get; set; }

    /// <summary>The year's pillars (component indices), as that year's methodology names them.</summary>
    public List<PillarScore> Pillars { get; set; } = [];
}

/// <summary>
/// One pillar (component index, field, dimension, sub-index) of a year's result. The pillars are data of the year, not
/// of the index: methodologies change, so each year's result carries its own.
/// </summary>
internal sealed class PillarScore : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid ResultId { get; set; }
    public int Order { get; set; }
    public required string Name { get; set; }
    public decimal Score { get; set; }
}

/// <summary>
/// A target the committee's annual plan or a provincial programme sets for an index in a year ("DTI in the top 20",
/// "PAR INDEX ≥ 90 points"): a score to reach, a rank to reach, or both, with the document that sets it.
/// </summary>
internal sealed class IndexTarget : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public required string IndexKey { get; set; }
    public int Year { get; set; }

    /// <summary>The score to reach at least, if any.</summary>
    public decimal? Score { get; set; }

    /// <summary>The rank to reach at worst (1 is the best), if any.</summary>
    public int? Rank { get; set; }

    public required string SourceDocument { get; set; }
    public required string EnteredBy { get; set; }
    public DateTimeOffset EnteredAt { get; set; }
    public uint Version { get; set; }

    /// <summary>Whether <paramref name="result"/> meets the target; null when it is not known (no result, or no rank for a rank target).</summary>
    public bool? MetBy(IndexResult? result)
    {
        if (result is null || result.Year != Year)
        {
            return null;
        }

        if (Rank is not null && result.Rank is null)
        {
            return null;
        }

        return (Score is null || result.Score >= Score) && (Rank is null || result.Rank <= Rank);
    }
}
