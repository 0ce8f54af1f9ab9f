namespace Platform.Web.Security;

/// <summary>
/// Puts the browser's defences on every response: pages, error pages, redirects and static files. The headers are
/// written as the response starts, because the exception handler clears any header set before a failure.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    // No inline script or style anywhere: the pages load one stylesheet and no script.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; " +
        "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    // Not no-referrer: under it browsers send "Origin: null" on our own form posts, which defeats origin checks.
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    public const string PermissionsPolicy = "camera=(), geolocation=(), microphone=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = ReferrerPolicy;
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
