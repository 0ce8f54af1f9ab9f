using Platform.Core.Tenancy;

namespace Platform.Web.Tenancy;

/// <summary>Sets the request's province from the matched route, for every module's queries and the layout.</summary>
internal sealed class ProvinceMiddleware(RequestDelegate next)
{
    public const string RouteKey = "province";

    public Task InvokeAsync(HttpContext context, IProvinceCatalog catalog, CurrentProvince current)
    {
        if (context.GetRouteValue(RouteKey) is string code && catalog.Find(code) is { } province)
        {
            current.Set(province);
        }

        return next(context);
    }
}
