using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Platform.Committees.Persistence;
using Platform.Core.Dates;
using Platform.Core.Security;
using Platform.Core.Tenancy;

namespace Platform.Committees.Acting;

/// <summary>
/// While an acting span covers today (Vietnam date), the acting holder's principal also holds the acted-for seat, with
/// an <see cref="ActingMandate"/> naming the document, so every existing check of that seat lets them act in its
/// holder's place and marks what they approve; from the day after the span it no longer does. One statement per
/// request, and only for a user holding a seat in the request's province.
/// </summary>
internal sealed class ActingSeatClaims(CommitteesDbContext db, CurrentProvince province, TimeProvider clock) : IClaimsTransformation
{
    private const string AuthenticationType = "platform:acting";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (province.Definition is not { } current || principal.Identity?.IsAuthenticated != true ||
            principal.Identities.Any(i => i.AuthenticationType == AuthenticationType))
        {
            return principal;
        }

        var code = current.Code.Value;
        var seats = principal.SeatsIn(code);
        if (seats.Count == 0)
        {
            return principal;
        }

        var today = VietnamTime.Today(clock);
        var spans = await db.ActingSpans.AsNoTracking()
            .Where(a => seats.Contains(a.ActingSeatKey) && a.From <= today && today <= a.Until)
            .Select(a => new ActingMandate(a.SeatKey, a.ActingSeatKey, a.Document.Number!, a.Document.Date!.Value))
            .ToListAsync();
        var acting = new ClaimsIdentity(AuthenticationType);
        foreach (var mandate in spans.Where(m => !principal.HoldsSeat(code, m.SeatKey)))
        {
            acting.AddClaim(new Claim(SeatClaims.ClaimType, SeatClaims.Value(code, mandate.SeatKey)));
            acting.AddClaim(new Claim(ActingMandate.ClaimType, mandate.Value(code)));
        }

        // The marker identity is added even when empty: a second transformation in the same request reads nothing.
        var transformed = principal.Clone();
        transformed.AddIdentity(acting);
        return transformed;
    }
}
