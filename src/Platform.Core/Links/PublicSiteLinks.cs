using Microsoft.AspNetCore.Http;

namespace Platform.Core.Links;

/// <summary>Absolute links to the site's own pages, from the addresses the tag helpers and <c>Url.Page</c> build.</summary>
public static class PublicSiteLinks
{
    /// <summary>
    /// The absolute link to <paramref name="url"/>, an address of this site as <c>Url.Page</c> gives it (it starts with
    /// the request's path base, e.g. <c>/bcd/son-la/meetings/…</c>). The public address already ends with the prefix
    /// the proxy serves the site under, so the request's path base is taken off before the two are joined.
    /// </summary>
    public static string Link(this PublicSite site, HttpRequest request, string url)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(url);
        var pathBase = request.PathBase.Value ?? "";
        var path = pathBase.Length > 0 && url.StartsWith(pathBase + "/", StringComparison.OrdinalIgnoreCase) ? url[pathBase.Length..] : url;
        return site.Link(path);
    }
}
