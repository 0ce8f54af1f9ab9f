using Microsoft.AspNetCore.Routing;

namespace Platform.Core.Api;

/// <summary>
/// A module's part of the read API for national systems (<c>/api/v1</c>). Each module maps its own routes on the
/// province's group, reading its own data through its own DbContext; the API module owns the clients, their tokens,
/// the rate limit, the audit of each call, the ETags and the province gate, which it has applied to the group before
/// any module maps on it. Registered as a singleton (<c>services.AddSingleton&lt;IApiEndpoints, …&gt;()</c>).
/// </summary>
public interface IApiEndpoints
{
    /// <summary>
    /// Maps the module's routes on <paramref name="province"/>, the group <c>/api/v1/tinh/{province}</c>: by the time a
    /// handler runs, the client is authenticated, granted that province, within its rate, and the scope's
    /// <see cref="Tenancy.CurrentProvince"/> is set, so the module's DbContext and row-level security apply as for the
    /// province's pages. Handlers return their body with <c>TypedResults.Ok</c>, or <see cref="ApiProblems.NotFound"/>.
    /// </summary>
    void Map(RouteGroupBuilder province);

    /// <summary>
    /// Maps the module's national routes on <paramref name="national"/>, the group <c>/api/v1/quoc-gia</c>: figures
    /// across the provinces the client is granted (its <see cref="ApiScopes.ProvinceClaimType"/> claims) and no other.
    /// Most modules have none.
    /// </summary>
    void MapNational(RouteGroupBuilder national)
    {
    }
}
