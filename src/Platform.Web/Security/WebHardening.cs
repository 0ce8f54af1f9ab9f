using Microsoft.AspNetCore.Mvc;

namespace Platform.Web.Security;

/// <summary>Security headers, HSTS, no Server header, and the antiforgery and TempData cookies' flags.</summary>
internal static class WebHardening
{
    public static WebApplicationBuilder AddWebHardening(this WebApplicationBuilder builder, SiteCookies cookies)
    {
        builder.Services.AddSingleton(cookies);
        // The Server header tells an attacker which exploits to try, and nothing to anyone else.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        // One year, this host only: sibling sites on a province's domain are not ours to force onto HTTPS.
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));

        // Strict: the token cookie is needed only when a form of ours posts back to us.
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = cookies.Antiforgery;
            // No path: the framework uses the request's path base, "/" without a prefix.
            antiforgery.Cookie.Path = null;
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = cookies.SecurePolicy;
            // It would send SAMEORIGIN; SecurityHeaders sends DENY on every response.
            antiforgery.SuppressXFrameOptionsHeader = true;
        });

        // Strict: TempData carries a message from our own POST to the page it redirects to.
        builder.Services.Configure<CookieTempDataProviderOptions>(tempData =>
        {
            tempData.Cookie.Name = cookies.TempData;
            tempData.Cookie.Path = null;
            tempData.Cookie.HttpOnly = true;
            tempData.Cookie.SameSite = SameSiteMode.Strict;
            tempData.Cookie.SecurePolicy = cookies.SecurePolicy;
            tempData.Cookie.IsEssential = true;
        });
        return builder;
    }

    /// <summary>First in the pipeline, so that every response, error pages included, carries the headers.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        return app;
    }
}
