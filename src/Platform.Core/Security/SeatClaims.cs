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
