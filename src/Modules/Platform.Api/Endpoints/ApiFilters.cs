using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Platform.Api.Clients;
using Platform.Core.Api;
using Platform.Core.Auditing;
using Platform.Core.Tenancy;

namespace Platform.Api.Endpoints;

/// <summary>
/// Outermost on every API route: records the call in the audit trail (client, route, province, status) and notes the
/// client's last use (at most once a minute). The status is the one the inner filters and the handler decided.
/// </summary>
internal sealed class AuditFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var result = await next(context);
        var status = ApiResults.Unwrap(result) is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status200OK;
        var services = http.RequestServices;
        var client = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var province = services.GetService(typeof(CurrentProvince)) is CurrentProvince current && status != StatusCodes.Status404NotFound ? current.Code : null;
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        if (services.GetService(typeof(IAuditTrail)) is IAuditTrail audit)
        {
            await audit.RecordAsync(
                new AuditRecord(province, ApiAudit.Action, ApiAudit.Entity, client, null, JsonSerializer.Serialize(new
                {
                    client = http.User.Identity?.Name,
                    method = http.Request.Method,
                    route,
                    path = http.Request.Path.Value,
                    query = http.Request.QueryString.Value,
                    province = http.GetRouteValue("province") as string,
                    status,
                })),
                http.RequestAborted);
        }

        if (Guid.TryParse(client, out var id) && IsStale(http.User, DateTimeOffset.UtcNow))
        {
            await ((ApiClients)services.GetService(typeof(ApiClients))!).TouchAsync(id, http.RequestAborted);
        }

        return result;
    }

    private static bool IsStale(ClaimsPrincipal user, DateTimeOffset now) =>
        !long.TryParse(user.FindFirstValue(ApiTokenScheme.LastUsedClaim), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
        || DateTimeOffset.FromUnixTimeSeconds(seconds) < now.AddMinutes(-1);
}

/// <summary>What a handler returned, out of its <c>Results&lt;…&gt;</c> union.</summary>
internal static class ApiResults
{
    public static object? Unwrap(object? result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }

        return result;
    }
}

/// <summary>The audit trail's names for an API call.</summary>
internal static class ApiAudit
{
    public const string Action = "api.read";

    public const string Entity = "api";
}

/// <summary>The per-client fixed window (<c>Api:RequestsPerMinute</c>), partitioned by the client's id.</summary>
internal sealed class ApiRateLimiter(IOptions<ApiSettings> settings) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.Value.RequestsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public RateLimitLease Acquire(string client) => _limiter.AttemptAcquire(client);

    public void Dispose() => _limiter.Dispose();
}

/// <summary>Over its rate, a client gets 429 with <c>Retry-After</c> (seconds) and problem details.</summary>
internal sealed class RateLimitFilter(ApiRateLimiter limiter) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var client = context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        using var lease = limiter.Acquire(client);
        if (!lease.IsAcquired)
        {
            var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 60;
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return ApiProblems.Result(
                StatusCodes.Status429TooManyRequests,
                "Quá nhiều yêu cầu", "Too many requests",
                $"Ứng dụng đã gọi quá số lần cho phép mỗi phút; hãy thử lại sau {seconds} giây.",
                $"The client has made more calls than allowed per minute; try again in {seconds} seconds.");
        }

        return await next(context);
    }
}

/// <summary>
/// On <c>/api/v1/tinh/{province}</c>: a province the client is not granted, or that does not exist, is 404 (no hint
/// which); otherwise the scope acts for that province, as a province's pages do.
/// </summary>
internal sealed class ProvinceGate(IProvinceCatalog catalog) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var code = http.GetRouteValue("province") as string;
        if (code is null || !http.User.HasClaim(ApiScopes.ProvinceClaimType, code) || catalog.Find(code) is not { } province)
        {
            return ApiProblems.NotFound();
        }

        var current = (CurrentProvince)http.RequestServices.GetService(typeof(CurrentProvince))!;
        if (current.Code is null)
        {
            current.Set(province);
        }
        else if (current.Code != province.Code.Value)
        {
            return ApiProblems.NotFound();
        }

        return await next(context);
    }
}

/// <summary>
/// Strong ETags: the SHA-256 of the JSON body. A request whose <c>If-None-Match</c> names the current one gets 304
/// with no body; the body is written here, from the same bytes the hash was taken of.
/// </summary>
internal sealed class ETagFilter(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = ApiResults.Unwrap(await next(context));
        if (result is not IValueHttpResult { Value: { } value } || result is IStatusCodeHttpResult { StatusCode: not (null or 200) })
        {
            return result;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json.Value.SerializerOptions);
        var tag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..32] + "\"");
        var http = context.HttpContext;
        http.Response.Headers.ETag = tag.ToString();
        http.Response.Headers.CacheControl = "private, no-cache";
        if (EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var asked) &&
            asked.Any(a => a.Equals(EntityTagHeaderValue.Any) || a.Compare(tag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(bytes, "application/json; charset=utf-8");
    }
}
