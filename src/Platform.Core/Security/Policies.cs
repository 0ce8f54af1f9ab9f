namespace Platform.Core.Security;

/// <summary>
/// The authorisation policies every module's pages use. Province policies are evaluated against the request's
/// province: a role in another province does not count.
/// </summary>
public static class Policies
{
    /// <summary>Any role in the current province, or a national reader: may read the province's pages.</summary>
    public const string ProvinceReader = "province:read";

    /// <summary>The standing agency's staff of the current province: keeps the committee's records.</summary>
    public const string Secretariat = "province:secretariat";

    /// <summary>Head, standing deputy and deputies of the current province.</summary>
    public const string Leader = "province:leader";

    /// <summary>
    /// The current province's administrator (or the national system administrator): creates the province's accounts,
    /// grants and revokes its roles, links accounts to seats and agencies.
    /// </summary>
    public const string ProvinceAdmin = "province:admin";

    /// <summary>National system administrator.</summary>
    public const string SystemAdmin = "system:admin";
}

/// <summary>The roles a user may hold in a province.</summary>
public enum ProvinceRole
{
    /// <summary>Reads the province's pages.</summary>
    Viewer = 0,

    /// <summary>An agency's focal point: sees its own duties, tasks and reports.</summary>
    Member = 1,

    /// <summary>Head, standing deputy or deputy.</summary>
    Leader = 2,

    /// <summary>Standing agency staff.</summary>
    Secretariat = 3,

    /// <summary>Administers the province's accounts: creates them, grants roles, links seats and agencies.</summary>
    ProvinceAdmin = 4,
}
