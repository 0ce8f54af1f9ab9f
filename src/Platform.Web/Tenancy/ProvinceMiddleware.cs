using Platform.Core.Tenancy;

namespace Platform.Web.Tenancy;

/// <summary>
/// Sets the request's province for every module's queries and the layout: from the route's <c>{province}</c> value,
/// or, for a pack's own pages whose route is literal (<c>/son-la/quy-che</c>), from the first path segment.
/// </summary>
internal sealed class ProvinceMiddleware(RequestDelegate next)
{
    public const string RouteKey = "province";

    public Task InvokeAsync(HttpContext context, IProvinceCatalog catalog, CurrentProvince current)
    {
        var code = context.GetRouteValue(RouteKey) as string ?? FirstSegment(context.Request.Path);
        if (code is not null && catalog.Find(code) is { } province)
        {
            current.Set(province);
        }

        return next(context);
    }

    private static string? FirstSegment(PathString path) =>
        path.Value is { Length: > 1 } value ? value[1..].Split('/', 2)[0] : null;
}
