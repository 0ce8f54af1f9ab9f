using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Platform.Core.Tenancy;

namespace Platform.Identity.Access;

/// <summary>
/// Met when the user holds one of <see cref="ProvinceRoles"/> in the request's province, or one of
/// <see cref="NationalRoles"/>. A role in another province never counts.
/// </summary>
internal sealed record ProvinceRoleRequirement(string[] ProvinceRoles, string[] NationalRoles) : IAuthorizationRequirement;

internal sealed class ProvinceRoleHandler(CurrentProvince province) : AuthorizationHandler<ProvinceRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ProvinceRoleRequirement requirement)
    {
        if (Grants.Holds(context.User, province.Code, requirement))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Reads the grants a signed-in user carries as claims.</summary>
internal static class Grants
{
    public static IEnumerable<(string Province, string Role)> Of(ClaimsPrincipal user) =>
        user.FindAll(Roles.ClaimType)
            .Select(c => c.Value.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => (parts[0], parts[1]));

    public static bool Holds(ClaimsPrincipal user, string? province, ProvinceRoleRequirement requirement) =>
        Of(user).Any(g =>
            (g.Province == Accounts.RoleGrant.National && requirement.NationalRoles.Contains(g.Role)) ||
            (province is not null && g.Province == province && requirement.ProvinceRoles.Contains(g.Role)));

    /// <summary>True when the user has any role in the province or reads every province.</summary>
    public static bool Reaches(ClaimsPrincipal user, string province) =>
        Of(user).Any(g => g.Province == province || (g.Province == Accounts.RoleGrant.National && g.Role is Roles.MinistryViewer or Roles.SystemAdmin));
}

/// <summary>Answers the host's "which provinces may this user read" from the grants the user carries.</summary>
internal sealed class ClaimsProvinceAccess : Platform.Core.Security.IProvinceAccess
{
    public bool CanRead(ClaimsPrincipal user, string province) => Grants.Reaches(user, province);
}
