using Platform.Core.Pages;
using Platform.Identity.Access;
using Platform.Identity.Accounts;

namespace Platform.Identity.Pages.Administration;

/// <summary>What the province administration pages share: whether the user administers every province.</summary>
internal abstract class AccountsPage : CommandPage
{
    /// <summary>True for the system administrator, who may also disable accounts holding roles in several provinces.</summary>
    public bool Everywhere => Grants.Of(User).Any(g => g.Province == RoleGrant.National && g.Role == Roles.SystemAdmin);

    /// <summary>The roles a province administrator grants, with their labels.</summary>
    public static IReadOnlyList<(string Role, string Label)> GrantableRoles { get; } =
    [
        ("secretariat", "Thư ký (Cơ quan thường trực)"),
        ("leader", "Lãnh đạo Ban Chỉ đạo"),
        ("member", "Thành viên / đầu mối cơ quan"),
        ("viewer", "Người xem"),
        (Roles.ProvinceAdmin, "Quản trị tài khoản tỉnh"),
    ];

    /// <summary>The label of a role, or the role itself.</summary>
    public static string RoleLabel(string role) => GrantableRoles.FirstOrDefault(r => r.Role == role).Label ?? role;
}
