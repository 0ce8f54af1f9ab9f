using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Platform.Core.Tenancy;

namespace Platform.Identity.Access;

/// <summary>
/// A signed-in user refused in a province they have no role in gets 404, as if the province's records did not exist,
/// whatever the id asked for; refused in their own province they get 403. Every refusal is logged.
/// </summary>
internal sealed class ProvinceAwareResultHandler(ILogger<ProvinceAwareResultHandler> log) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var province = context.RequestServices.GetService(typeof(CurrentProvince)) is CurrentProvince current ? current.Code : null;
            var refusal = context.RequestServices.GetService(typeof(IRefusalRecorder)) as IRefusalRecorder;
            log.LogWarning("Refused {Method} {Path} for {User} in province {Province}",
                context.Request.Method, context.Request.Path, context.User.Identity?.Name, province ?? "-");
            if (refusal is not null)
            {
                await refusal.RecordAsync(context, province);
            }

            if (province is not null && !Grants.Reaches(context.User, province))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}

/// <summary>Records a refused authorisation (the audit trail implements it).</summary>
internal interface IRefusalRecorder
{
    Task RecordAsync(HttpContext context, string? province);
}
