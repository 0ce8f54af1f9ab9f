using System.Security.Claims;
using Platform.Identity.Access;

namespace Platform.Identity.TwoFactor;

/// <summary>
/// An account that must use a second factor and has not enrolled one can do nothing but enrol (or sign out): every
/// other page sends it to <see cref="Path"/>. Pages it may still reach carry <see cref="AllowedBeforeEnrolmentAttribute"/>.
/// </summary>
internal static class TwoFactorEnrolment
{
    public const string Path = "/account/two-factor/enrol";

    public static bool IsPending(ClaimsPrincipal user) => user.HasClaim(c => c.Type == Roles.TwoFactorEnrolmentClaim);
}

/// <summary>A page an account may use before it has enrolled the second factor it is required to use.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class AllowedBeforeEnrolmentAttribute : Attribute;
