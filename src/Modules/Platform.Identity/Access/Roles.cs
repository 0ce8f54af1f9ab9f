using Platform.Core.Security;

namespace Platform.Identity.Access;

/// <summary>The names roles are stored and carried under.</summary>
internal static class Roles
{
    public const string ClaimType = "platform:grant";
    public const string SignedInAtClaim = "platform:signed-in-at";

    /// <summary>When the user last proved who they are: at sign-in, or by confirming the password since.</summary>
    public const string AuthenticatedAtClaim = "platform:authenticated-at";

    /// <summary>Present while an account that must use a second factor has not enrolled one.</summary>
    public const string TwoFactorEnrolmentClaim = "platform:two-factor-enrolment";

    public const string MinistryViewer = "ministry-viewer";
    public const string SystemAdmin = "system-admin";

    /// <summary>A province's administrator; the name the second-factor rule lists.</summary>
    public const string ProvinceAdmin = "province-admin";

    public static string Of(ProvinceRole role) => role switch
    {
        ProvinceRole.Secretariat => "secretariat",
        ProvinceRole.Leader => "leader",
        ProvinceRole.Member => "member",
        ProvinceRole.ProvinceAdmin => ProvinceAdmin,
        _ => "viewer",
    };

    public static readonly string[] ProvinceRoles = [.. Enum.GetValues<ProvinceRole>().Select(Of)];

    public static readonly string[] NationalRoles = [MinistryViewer, SystemAdmin];
}
