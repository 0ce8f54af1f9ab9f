namespace Platform.Audit.Trail;

/// <summary>
/// One row of the trail. Each province's entries form a chain (national events one more): an entry's hash covers its
/// fields and the previous entry's hash, so changing, removing or reordering an entry breaks the chain after it.
/// </summary>
internal sealed class AuditEntry
{
    /// <summary>The chain key of national events, which have no province.</summary>
    public const string NationalChain = "*";

    public long Id { get; set; }

    /// <summary>The province whose data the event concerns; null for a national event.</summary>
    public string? Province { get; set; }

    /// <summary>1, 2, 3… within the province's chain, with no gap.</summary>
    public long Sequence { get; set; }

    /// <summary>UTC, to the microsecond PostgreSQL keeps, so that the hash covers exactly what is stored.</summary>
    public DateTimeOffset OccurredAt { get; set; }

    public Guid? ActorId { get; set; }
    public required string ActorName { get; set; }

    /// <summary>The province the actor was acting for (the request's), which for a national user may differ.</summary>
    public string? ActingFor { get; set; }

    public string? RemoteAddress { get; set; }
    public required string Action { get; set; }
    public required string Entity { get; set; }
    public string? EntityId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }

    /// <summary>The previous entry's hash in this chain; null for the chain's first entry.</summary>
    public string? PreviousHash { get; set; }

    public required string Hash { get; set; }

    public static string ChainOf(string? province) => province ?? NationalChain;
}
