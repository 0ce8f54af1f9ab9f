using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Platform.Core.Auditing;
using Platform.Core.Tenancy;
using Platform.Identity.TwoFactor;

namespace Platform.Identity.Access;

/// <summary>
/// A signed-in user refused in a province they have no role in gets 404, as if the province's records did not exist,
/// whatever the id asked for; refused in their own province they get 403. Every refusal goes to the log and the audit trail.
/// An account that must enrol a second factor and has not is sent to enrolment from every page but the few it needs.
/// </summary>
internal sealed class ProvinceAwareResultHandler(ILogger<ProvinceAwareResultHandler> log) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded && TwoFactorEnrolment.IsPending(context.User) &&
            context.GetEndpoint()?.Metadata.GetMetadata<AllowedBeforeEnrolmentAttribute>() is null)
        {
            // Allowed by role, but the account must enrol its second factor before anything else.
            context.Response.Redirect(context.Request.PathBase + TwoFactorEnrolment.Path);
            return;
        }

        if (authorizeResult.Forbidden)
        {
            var province = context.RequestServices.GetService(typeof(CurrentProvince)) is CurrentProvince current ? current.Code : null;
            log.LogWarning("Refused {Method} {Path} for {User} in province {Province}",
                context.Request.Method, context.Request.Path, context.User.Identity?.Name, province ?? "-");
            if (context.RequestServices.GetService(typeof(IAuditTrail)) is IAuditTrail audit)
            {
                await audit.RecordAsync(
                    new AuditRecord(province, "access.refused", "page", context.Request.Path, null,
                        JsonSerializer.Serialize(new { method = context.Request.Method, policy = string.Join(",", policy.Requirements.Select(r => r.GetType().Name)) })),
                    context.RequestAborted);
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
