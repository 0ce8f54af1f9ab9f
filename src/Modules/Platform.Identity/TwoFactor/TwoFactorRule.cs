using Microsoft.Extensions.Configuration;
using Platform.Core.Security;
using Platform.Identity.Access;
using Platform.Identity.Accounts;

namespace Platform.Identity.TwoFactor;

/// <summary>
/// Who must sign in with a second factor (ASVS 6.3.3): holders of the roles listed in
/// <c>Identity:RequireTwoFactorFor</c>, by default the system administrator, a province administrator and the
/// secretariat. Everyone else may enrol. Demo accounts share a published password and exist only while the demo is
/// loaded: they are exempt then, unless <c>Identity:RequireTwoFactorForDemoAccounts</c> is true.
/// </summary>
internal sealed class TwoFactorRule
{
    public const string RolesKey = "Identity:RequireTwoFactorFor";
    public const string DemoAccountsKey = "Identity:RequireTwoFactorForDemoAccounts";

    private static readonly string[] DefaultRoles = [Roles.SystemAdmin, Roles.ProvinceAdmin, Roles.Of(ProvinceRole.Secretariat)];

    private readonly HashSet<string> _roles;
    private readonly bool _demoExempt;

    public TwoFactorRule(IConfiguration configuration)
    {
        var section = configuration.GetSection(RolesKey);
        // A list (Identity:RequireTwoFactorFor:0 …) or one comma-separated value; an empty value requires it of nobody.
        var roles = section.Value is { } value
            ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.GetChildren().Any() ? section.GetChildren().Select(c => c.Value ?? "").ToArray() : DefaultRoles;
        _roles = new HashSet<string>(roles.Where(r => r.Length > 0), StringComparer.Ordinal);
        _demoExempt = configuration.GetValue("Demo:Load", false) && !configuration.GetValue(DemoAccountsKey, false);
    }

    /// <summary>Whether an account holding these roles (in any province) must use a second factor.</summary>
    public bool Requires(Account account, IEnumerable<string> roles) =>
        !(account.IsDemo && _demoExempt) && roles.Any(_roles.Contains);
}
