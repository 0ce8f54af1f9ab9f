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

/// <summary>
/// A seat held for a span of days by someone acting for its holder (Đắk Lắk, Art. 5.1: the standing deputy acts for
/// the head; Sơn La, Art. 5.4, 6.1 and 7.1: a deputy the head authorises), by a decision or letter. While the span
/// covers today the acting holder's principal carries the acted-for seat as a <see cref="SeatClaims"/> claim, so every
/// rule of that seat lets them act, and this claim says by which document, so that what they approve is marked.
/// </summary>
/// <param name="SeatKey">The seat acted for (the head's).</param>
/// <param name="ActingSeatKey">The acting holder's own seat.</param>
/// <param name="DocumentNumber">The decision or letter naming the acting holder.</param>
/// <param name="DocumentDate">Its date.</param>
public sealed record ActingMandate(string SeatKey, string ActingSeatKey, string DocumentNumber, DateOnly DocumentDate)
{
    /// <summary>The claim type: <c>platform:acting = province|seatKey|actingSeatKey|yyyy-MM-dd|number</c>.</summary>
    public const string ClaimType = "platform:acting";

    /// <summary>The claim value of this mandate in <paramref name="province"/>.</summary>
    public string Value(string province) =>
        string.Join('|', province, SeatKey, ActingSeatKey, DocumentDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DocumentNumber);

    /// <summary>The reference written on what is approved while acting: "số 12/QĐ-BCĐ ngày 01/12/2026".</summary>
    public string Reference => FormatReference(DocumentNumber, DocumentDate);

    /// <summary>A document reference as shown: its number and its date (dd/MM/yyyy).</summary>
    public static string FormatReference(string number, DateOnly date) =>
        $"{number} ({date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)})";

    /// <summary>Reads a claim value of <paramref name="province"/>, or null for another province's or a malformed one.</summary>
    public static ActingMandate? Parse(string province, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = value.Split('|', 5);
        return parts.Length == 5 && parts[0] == province &&
            DateOnly.TryParseExact(parts[3], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? new ActingMandate(parts[1], parts[2], parts[4], date)
            : null;
    }
}

/// <summary>Reading acting mandates off a principal.</summary>
public static class ActingClaims
{
    /// <summary>
    /// The mandate by which <paramref name="user"/> holds <paramref name="seatKey"/> today when they hold it only as the
    /// acting holder; null when they hold it themselves (or not at all). Commands record it on what they approve.
    /// </summary>
    public static ActingMandate? ActingFor(this ClaimsPrincipal user, string province, string? seatKey)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (seatKey is null)
        {
            return null;
        }

        return user.FindAll(ActingMandate.ClaimType)
            .Select(c => ActingMandate.Parse(province, c.Value))
            .FirstOrDefault(m => m is not null && m.SeatKey == seatKey);
    }
}
