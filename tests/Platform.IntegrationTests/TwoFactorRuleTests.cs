using Microsoft.Extensions.Configuration;
using Platform.Identity.Accounts;
using Platform.Identity.TwoFactor;

namespace Platform.IntegrationTests;

/// <summary>Which accounts must use a second factor, by configuration; demo accounts only while the demo is loaded.</summary>
public sealed class TwoFactorRuleTests
{
    private static TwoFactorRule Rule(params (string Key, string? Value)[] settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build());

    private static readonly Account Real = new() { UserName = "nguyen.van.a" };
    private static readonly Account Demo = new() { UserName = "son-la.secretariat", IsDemo = true };

    [Fact]
    public void By_default_administrators_and_the_secretariat_must_and_others_may()
    {
        var rule = Rule();

        Assert.True(rule.Requires(Real, ["system-admin"]));
        Assert.True(rule.Requires(Real, ["viewer", "secretariat"]));
        Assert.True(rule.Requires(Real, ["province-admin"]));
        Assert.False(rule.Requires(Real, ["leader", "member", "viewer", "ministry-viewer"]));
    }

    [Fact]
    public void The_roles_are_configurable_as_a_list_or_one_value()
    {
        Assert.True(Rule(("Identity:RequireTwoFactorFor", "member, leader")).Requires(Real, ["leader"]));
        Assert.False(Rule(("Identity:RequireTwoFactorFor", "member, leader")).Requires(Real, ["secretariat"]));
        Assert.True(Rule(("Identity:RequireTwoFactorFor:0", "viewer")).Requires(Real, ["viewer"]));
        Assert.False(Rule(("Identity:RequireTwoFactorFor", "")).Requires(Real, ["system-admin"]));
    }

    [Fact]
    public void Demo_accounts_are_exempt_only_while_the_demo_is_loaded()
    {
        Assert.False(Rule(("Demo:Load", "true")).Requires(Demo, ["secretariat"]));
        Assert.True(Rule(("Demo:Load", "true")).Requires(Real, ["secretariat"]));
        Assert.True(Rule(("Demo:Load", "false")).Requires(Demo, ["secretariat"]));
        Assert.True(Rule(("Demo:Load", "true"), (TwoFactorRule.DemoAccountsKey, "true")).Requires(Demo, ["secretariat"]));
    }
}
