using Platform.Core.Tenancy;

namespace Platform.Web.Tenancy;

/// <summary>
/// <c>{province:province}</c> matches only the code of a loaded pack, so <c>/unknown/members</c> finds no page and
/// answers the 404 page; deleting a pack's folder removes its province with no code change.
/// </summary>
internal sealed class ProvinceRouteConstraint(IProvinceCatalog catalog) : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string code && catalog.Find(code) is not null;
}
