using Platform.Committees.Structure;
using Platform.Core.Persistence;

namespace Platform.Committees.Acting;

/// <summary>
/// A leader's seat held for a span of days by another leader, named by a decision or letter (Đắk Lắk, Art. 5.1: the
/// standing deputy acts for the head when the head is away; Sơn La, Art. 5.4, 6.1, 7.1: a deputy the head authorises).
/// Spans of one seat never overlap.
/// </summary>
internal sealed class ActingSpan : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }

    /// <summary>The seat acted for (the head's).</summary>
    public required string SeatKey { get; set; }

    /// <summary>The acting holder's own seat.</summary>
    public required string ActingSeatKey { get; set; }

    /// <summary>First day of acting (Vietnam date, inclusive).</summary>
    public DateOnly From { get; set; }

    /// <summary>Last day of acting (inclusive): from the day after, the acting holder no longer acts.</summary>
    public DateOnly Until { get; set; }

    /// <summary>The decision or letter that names the acting holder.</summary>
    public required DecisionRecord Document { get; set; }

    /// <summary>Who recorded it (the account's name).</summary>
    public required string RecordedBy { get; set; }

    /// <summary>Set when the secretariat entered it on the leader's behalf: the leader's name.</summary>
    public string? OnBehalfOf { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
