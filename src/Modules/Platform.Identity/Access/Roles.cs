using Platform.Core.Security;

namespace Platform.Identity.Access;

/// <summary>The names roles are stored and carried under.</summary>
internal static class Roles
{
    public const string ClaimType = "platform:grant";
    public const string SignedInAtClaim = "platform:signed-in-at";

    public const string MinistryViewer = "ministry-viewer";
    public const string SystemAdmin = "system-admin";

    public static string Of(ProvinceRole role) => role switch
    {
        ProvinceRole.Secretariat => "secretariat",
        ProvinceRole.Leader => "leader",
        ProvinceRole.Member => "member",
        _ => "viewer",
    };

    public static readonly string[] ProvinceRoles = [.. Enum.GetValues<ProvinceRole>().Select(Of)];

    public static readonly string[] NationalRoles = [MinistryViewer, SystemAdmin];
}
