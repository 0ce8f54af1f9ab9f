using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Core.Links;

/// <summary>
/// The address officials reach the platform at (<c>Platform:PublicUrl</c>, e.g. <c>https://bcd.sonla.gov.vn</c>).
/// Links that leave the site — in an <c>.ics</c> file, a mail — are built from it, never from the request's Host
/// header, which a client chooses: a forged Host must not turn a calendar entry into a link to another site.
/// </summary>
public sealed class PublicSite
{
    /// <summary>The configuration key.</summary>
    public const string Key = "Platform:PublicUrl";

    /// <summary>Reads <see cref="Key"/>; an address that is not absolute http(s) stops the start with the reason.</summary>
    public PublicSite(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new InvalidOperationException($"{Key} must be the site's absolute http(s) address, such as https://bcd.example.gov.vn; it is '{url}'.");
        }

        Root = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>The address without a trailing slash.</summary>
    public string Root { get; }

    /// <summary>The absolute link to <paramref name="path"/> of the site (which starts with a slash).</summary>
    public string Link(string path) => Root + "/" + (path ?? "").TrimStart('/');
}

/// <summary>Registers <see cref="PublicSite"/>.</summary>
public static class PublicSiteRegistration
{
    /// <summary>Adds <see cref="PublicSite"/> from <c>Platform:PublicUrl</c>, checked now so a wrong value stops the start.</summary>
    public static IServiceCollection AddPublicSite(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(new PublicSite(configuration[PublicSite.Key]));
        return services;
    }
}
