using Platform.Sdk.Structure;

namespace Platform.Committees.Contracts;

/// <summary>
/// What other modules may read of the committee: who sat on it on a given day. The only door into this module's
/// data; other modules never reach its tables.
/// </summary>
public interface ICommitteeDirectory
{
    /// <summary>
    /// Every seat that existed on <paramref name="day"/> in the current province, in the committee's order, with
    /// its holder on that day (null when vacant). Two statements, whatever the committee's size.
    /// </summary>
    Task<IReadOnlyList<SeatHolder>> SeatsOnAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>The agencies of the current province, in the pack's order, by key.</summary>
    Task<IReadOnlyList<AgencyEntry>> AgenciesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The current province's bodies (sub-committees, support teams, working groups, standing agencies) with the seats
    /// that sit on them, in the committee's order; one statement.
    /// </summary>
    Task<IReadOnlyList<BodyEntry>> BodiesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Every seat that existed on some day from <paramref name="from"/> to <paramref name="to"/> (inclusive) in the
    /// current province — the pack's, those the secretariat added by decision and the parts of a split collective
    /// seat — with the days it existed. One statement, whatever the committee's size.
    /// </summary>
    Task<IReadOnlyList<RosterSeat>> SeatsBetweenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}

/// <summary>A seat of the roster and when it existed.</summary>
/// <param name="SeatKey">The seat's stable key.</param>
/// <param name="Role">The role the seat gives.</param>
/// <param name="Office">The office that holds it.</param>
/// <param name="AddedByDecision">True for a seat the secretariat added by decision (a member, or a part of a split seat).</param>
/// <param name="PartOf">For a part of a split collective seat, the collective seat's key: the pack's rules of that seat apply to it.</param>
/// <param name="ValidFrom">Its first day, when dated.</param>
/// <param name="ValidUntil">Its last day, when dated (by the regulation, or ended or split by decision).</param>
public sealed record RosterSeat(string SeatKey, SeatRole Role, string Office, bool AddedByDecision, string? PartOf, DateOnly? ValidFrom, DateOnly? ValidUntil);

/// <summary>A seat on a day and who held it.</summary>
/// <param name="SeatKey">The seat's stable key.</param>
/// <param name="Role">The role the seat gives.</param>
/// <param name="Office">The office that holds it.</param>
/// <param name="Article">The article that creates it.</param>
/// <param name="AgencyKey">The holder's agency key, if any.</param>
/// <param name="AgencyName">The holder's agency name, if any.</param>
/// <param name="HolderName">Who held it that day; null when vacant.</param>
public sealed record SeatHolder(string SeatKey, SeatRole Role, string Office, string Article, string? AgencyKey, string? AgencyName, string? HolderName);

/// <summary>A body of the committee and the seats that sit on it.</summary>
/// <param name="Key">Its stable key.</param>
/// <param name="Kind">What kind of body it is.</param>
/// <param name="Name">Its name.</param>
/// <param name="MemberSeatKeys">The seats that sit on it.</param>
public sealed record BodyEntry(string Key, BodyKind Kind, string Name, IReadOnlyList<string> MemberSeatKeys);

/// <summary>An agency of the province.</summary>
public sealed record AgencyEntry(string Key, string Name, string? ShortName);
