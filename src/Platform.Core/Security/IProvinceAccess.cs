using System.Security.Claims;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;

namespace Platform.Core.Security;

/// <summary>Which provinces a signed-in user may read: a role there, or a national reading role.</summary>
public interface IProvinceAccess
{
    /// <summary>True when <paramref name="user"/> may read <paramref name="province"/>'s pages.</summary>
    bool CanRead(ClaimsPrincipal user, string province);
}

/// <summary>The provinces of the deployment a user may read, said once for every page and service that lists them.</summary>
public static class ProvinceAccessExtensions
{
    /// <summary>The provinces <paramref name="user"/> may read, in the catalog's order.</summary>
    public static IReadOnlyList<ProvinceDefinition> Readable(this IProvinceAccess access, IProvinceCatalog catalog, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. catalog.Provinces.Where(p => access.CanRead(user, p.Code.Value))];
    }
}
