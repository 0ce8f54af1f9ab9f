using System.Security.Claims;

namespace Platform.Core.Security;

/// <summary>Which provinces a signed-in user may read: a role there, or a national reading role.</summary>
public interface IProvinceAccess
{
    /// <summary>True when <paramref name="user"/> may read <paramref name="province"/>'s pages.</summary>
    bool CanRead(ClaimsPrincipal user, string province);
}
