using System.ComponentModel.DataAnnotations;
using Platform.Core.Settings;

namespace Platform.Web.Security;

/// <summary>The host's part of configuration section <c>Security</c>, read before the container exists.</summary>
internal sealed class HostSecurityOptions
{
    public const string Section = "Security";

    /// <summary>The site is served only over HTTPS (see <see cref="SiteCookies"/>).</summary>
    public bool HttpsOnly { get; init; }

    /// <summary>The largest request body, files included.</summary>
    [Range(1, 2048)]
    public int MaxRequestMegabytes { get; init; } = RequestGuard.DefaultMaxRequestMegabytes;
}

/// <summary>
/// Names and flags of the host's own cookies. Declared HTTPS-only (<c>Security:HttpsOnly</c>), they are always
/// Secure and carry the <c>__Host-</c> prefix, which the browser accepts only from HTTPS, for the whole site and
/// never for a parent domain. Otherwise they are Secure when the request came over HTTPS and unprefixed, because a
/// cookie's name cannot follow the request's scheme. Under a path prefix (<see cref="PathPrefixOptions"/>) each cookie
/// is kept for the prefix only, and the HTTPS-only ones carry <c>__Secure-</c> instead, <c>__Host-</c> being for "/" alone.
/// </summary>
internal sealed class SiteCookies(bool httpsOnly, bool prefixed = false)
{
    public const string HttpsOnlyKey = "Security:HttpsOnly";

    public bool HttpsOnly { get; } = httpsOnly;

    public string Antiforgery => Named("Platform.Antiforgery");

    public string TempData => Named("Platform.TempData");

    public string Culture => Named("Platform.Culture");

    /// <summary>The sign-in session (the Identity module sets its lifetime and flags; the host names it).</summary>
    public string Session => Named("Platform.Session");

    /// <summary>Identity's short-lived cookies (external sign-in, two-factor steps): cleared at every sign-in.</summary>
    public string External => Named("Platform.External");

    public string TwoFactor => Named("Platform.TwoFactor");

    public CookieSecurePolicy SecurePolicy => HttpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public static SiteCookies From(IConfiguration configuration) =>
        new(configuration.ReadSettings<HostSecurityOptions>(HostSecurityOptions.Section).HttpsOnly, PathPrefixOptions.From(configuration).Prefixed);

    /// <summary>
    /// The language choice: Lax, so a link from a mail or another intranet site opens in the chosen language; it
    /// grants nothing, so a cross-site request carrying it does no harm.
    /// </summary>
    public CookieOptions ForCulture(HttpRequest request) => new()
    {
        Path = request.PathBase.HasValue ? request.PathBase.Value : "/",
        Expires = DateTimeOffset.UtcNow.AddYears(1),
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = HttpsOnly || request.IsHttps,
        IsEssential = true,
    };

    private string Named(string name) => !HttpsOnly ? name : prefixed ? "__Secure-" + name : "__Host-" + name;
}
