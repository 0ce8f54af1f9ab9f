using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Api.Clients;
using Platform.Core.Api;

namespace Platform.Api.Endpoints;

/// <summary>
/// The API's own authentication scheme, used only on <c>/api/v1</c>: <c>Authorization: Bearer pk_…</c> stands for a
/// usable client (known, not revoked, not expired), whose principal carries its provinces and scopes. Anything else is
/// answered 401 with problem details; a session cookie counts for nothing here.
/// </summary>
internal sealed class ApiTokenScheme(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiClients clients)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "ApiToken";

    /// <summary>The claim carrying when the client last called, so the filter touches it only when stale.</summary>
    public const string LastUsedClaim = "api:last-used";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        if (!token.StartsWith(ApiClients.TokenStart, StringComparison.Ordinal) || token.Length > 100)
        {
            return AuthenticateResult.Fail("malformed token");
        }

        var client = await clients.FindAsync(token, Context.RequestAborted);
        if (client is null)
        {
            return AuthenticateResult.Fail("unknown, revoked or expired token");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, client.Id.ToString()),
            new(ClaimTypes.Name, "api:" + client.Name),
        };
        claims.AddRange(client.Provinces.Select(p => new Claim(ApiScopes.ProvinceClaimType, p)));
        claims.AddRange(client.Scopes.Select(s => new Claim(ApiScopes.ClaimType, s)));
        if (client.LastUsedAt is { } last)
        {
            claims.Add(new Claim(LastUsedClaim, last.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(ApiProblems.Details(
            StatusCodes.Status401Unauthorized,
            "Chưa xác thực", "Not authenticated",
            "Thiếu mã truy cập, hoặc mã không đúng, đã bị thu hồi hay đã hết hạn.",
            "The token is missing, wrong, revoked or expired.")).ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.MissingScope(ApiScopes.Read).ExecuteAsync(Context);
}
