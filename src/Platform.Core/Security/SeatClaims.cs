using System.Security.Claims;
using Platform.Sdk.Structure;

namespace Platform.Core.Security;

/// <summary>
/// The committee seats a signed-in user holds, carried as claims <c>platform:seat = province:seatKey</c>. Rules that
/// belong to a seat ("the head approves", "the chair decides") read them, never a role alone.
/// </summary>
public static class SeatClaims
{
    /// <summary>The claim type.</summary>
    public const string ClaimType = "platform:seat";

    /// <summary>The claim value for a seat of a province.</summary>
    public static string Value(string province, string seatKey) => province + ":" + seatKey;

    /// <summary>The seat keys <paramref name="user"/> holds in <paramref name="province"/>.</summary>
    public static IReadOnlyList<string> SeatsIn(this ClaimsPrincipal user, string province)
    {
        ArgumentNullException.ThrowIfNull(user);
        var prefix = province + ":";
        return [.. user.FindAll(ClaimType).Where(c => c.Value.StartsWith(prefix, StringComparison.Ordinal)).Select(c => c.Value[prefix.Length..])];
    }

    /// <summary>True when <paramref name="user"/> holds <paramref name="seatKey"/> in <paramref name="province"/>.</summary>
    public static bool HoldsSeat(this ClaimsPrincipal user, string province, string? seatKey) =>
        seatKey is not null && user.HasClaim(ClaimType, Value(province, seatKey));

    /// <summary>True when <paramref name="user"/> holds a seat of <paramref name="province"/> that belongs to the agency <paramref name="agencyKey"/>.</summary>
    public static bool HoldsSeatAt(this ClaimsPrincipal user, ProvinceDefinition province, string? agencyKey)
    {
        ArgumentNullException.ThrowIfNull(province);
        return agencyKey is not null && user.SeatsIn(province.Code.Value).Any(s => province.FindSeat(s)?.AgencyKey == agencyKey);
    }
}

/// <summary>
/// The agencies a signed-in user acts for as the agency's staff (a focal point, not the seat holder), carried as claims
/// <c>platform:agency = province:agencyKey</c>. A focal point may do what the regulation gives the agency (submit its
/// reports, report on its tasks, read what it receives), never what it gives a person's seat (approve, chair, decide):
/// rules of a seat read <see cref="SeatClaims"/> only.
/// </summary>
public static class AgencyClaims
{
    /// <summary>The claim type.</summary>
    public const string ClaimType = "platform:agency";

    /// <summary>The claim value for an agency of a province.</summary>
    public static string Value(string province, string agencyKey) => province + ":" + agencyKey;

    /// <summary>The agency keys <paramref name="user"/> acts for as staff in <paramref name="province"/> (not through a seat).</summary>
    public static IReadOnlyList<string> AgenciesIn(this ClaimsPrincipal user, string province)
    {
        ArgumentNullException.ThrowIfNull(user);
        var prefix = province + ":";
        return [.. user.FindAll(ClaimType).Where(c => c.Value.StartsWith(prefix, StringComparison.Ordinal)).Select(c => c.Value[prefix.Length..])];
    }

    /// <summary>
    /// True when <paramref name="user"/> may act for the agency <paramref name="agencyKey"/> of <paramref name="province"/>
    /// in what the regulation gives the agency: as its staff (an agency claim) or as the holder of one of its seats.
    /// </summary>
    public static bool ActsForAgency(this ClaimsPrincipal user, ProvinceDefinition province, string? agencyKey)
    {
        ArgumentNullException.ThrowIfNull(province);
        return agencyKey is not null &&
            (user.HasClaim(ClaimType, Value(province.Code.Value, agencyKey)) || user.HoldsSeatAt(province, agencyKey));
    }
}
