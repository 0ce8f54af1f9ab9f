namespace Platform.Testing;

/// <summary>The demo accounts the run command creates (README), which the tests sign in with.</summary>
public static class DemoAccounts
{
    /// <summary>The published password of every demo account.</summary>
    public const string Password = "Demo-Platform-2025";

    /// <summary>A secretary of every loaded province.</summary>
    public const string MultiSecretariat = "multi.secretariat";
}
