using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Platform.Core.Links;

namespace Platform.Web.Security;

/// <summary>
/// Where the site lives below a proxy's address, e.g. <c>https://dichvu.bo.gov.vn/bcd/</c>: a fixed prefix
/// (<c>Platform:PathBase</c>, <c>/bcd</c>), or the <c>X-Forwarded-Prefix</c> header a trusted proxy sends
/// (<c>Platform:ForwardedPrefix</c>, from the addresses in <c>Platform:TrustedProxies</c>). Every link, form, redirect,
/// cookie path and static file then carries the prefix, because pages build them through the tag helpers,
/// <c>Url.Page</c> and <c>Url.Content("~/…")</c>, which start from the request's path base.
/// </summary>
internal sealed class PathPrefixOptions
{
    public const string Section = "Platform";

    /// <summary>The prefix the site is served under, starting with a slash and without a trailing one; empty for none.</summary>
    public string? PathBase { get; set; }

    /// <summary>True to take the prefix from <c>X-Forwarded-Prefix</c>, sent by one of <see cref="TrustedProxies"/>.</summary>
    public bool ForwardedPrefix { get; set; }

    /// <summary>
    /// The addresses of the proxies whose forwarded headers are believed: <c>X-Forwarded-Prefix</c>, and with
    /// <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c> the client's address and scheme. None listed: the loopback for the
    /// prefix, any sender for the address and scheme.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>The site's own cookies cannot be <c>__Host-</c> ones (which the browser keeps for the path "/" only).</summary>
    public bool Prefixed => !string.IsNullOrEmpty(PathBase) || ForwardedPrefix;

    public static PathPrefixOptions From(IConfiguration configuration)
    {
        var options = new PathPrefixOptions();
        configuration.GetSection(Section).Bind(options);
        return options;
    }
}

/// <summary>
/// Refuses a prefix that would break links (no leading slash, a trailing one, a query or an escape), a proxy address
/// that is not an IP address, and a public address (<see cref="PublicSite"/>) that does not end with the prefix: the
/// links that leave the site, in an activation message or an <c>.ics</c> file, would then miss it.
/// </summary>
internal sealed class PathPrefixValidation(IConfiguration configuration) : IValidateOptions<PathPrefixOptions>
{
    public ValidateOptionsResult Validate(string? name, PathPrefixOptions options)
    {
        var failures = new List<string>();
        var prefix = options.PathBase;
        if (!string.IsNullOrEmpty(prefix))
        {
            if (!prefix.StartsWith('/') || prefix.EndsWith('/') || prefix.Contains("//", StringComparison.Ordinal)
                || prefix.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.')))
            {
                failures.Add($"Platform:PathBase phải là một đường dẫn bắt đầu bằng dấu /, không kết thúc bằng dấu /, chỉ gồm chữ cái không dấu, chữ số, '-', '_', '.' (ví dụ /bcd); giá trị hiện tại là '{prefix}'. / "
                    + $"Platform:PathBase must be a path that starts with a slash and does not end with one, of unaccented letters, digits, '-', '_' and '.' (such as /bcd); it is '{prefix}'.");
            }
            else if (Uri.TryCreate(configuration[PublicSite.Key], UriKind.Absolute, out var site)
                && !site.AbsolutePath.TrimEnd('/').EndsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{PublicSite.Key} ('{site}') phải kết thúc bằng tiền tố Platform:PathBase ('{prefix}'), vì liên kết gửi ra ngoài trang (kích hoạt tài khoản, tệp .ics) được tạo từ địa chỉ này. / "
                    + $"{PublicSite.Key} ('{site}') must end with the Platform:PathBase prefix ('{prefix}'): links that leave the site (account activation, .ics files) are built from it.");
            }
        }

        foreach (var proxy in options.TrustedProxies)
        {
            if (!IPAddress.TryParse(proxy, out _))
            {
                failures.Add($"Platform:TrustedProxies: '{proxy}' không phải là địa chỉ IP. / Platform:TrustedProxies: '{proxy}' is not an IP address.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Registers <see cref="PathPrefixOptions"/> (checked at start) and puts the prefix on each request.</summary>
internal static class PathPrefixHosting
{
    public static WebApplicationBuilder AddPathPrefix(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IValidateOptions<PathPrefixOptions>, PathPrefixValidation>();
        builder.Services.AddOptions<PathPrefixOptions>().BindConfiguration(PathPrefixOptions.Section).ValidateOnStart();
        var options = PathPrefixOptions.From(builder.Configuration);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            if (options.ForwardedPrefix)
            {
                // The prefix, besides what ASPNETCORE_FORWARDEDHEADERS_ENABLED may already take (address and scheme).
                o.ForwardedHeaders |= ForwardedHeaders.XForwardedPrefix;
            }

            // Listed proxies are the only ones believed, for every forwarded header: ASPNETCORE_FORWARDEDHEADERS_ENABLED
            // alone believes any sender, so an instance reachable other than through the proxy could be handed a false
            // client address, and the sign-in throttle, which counts per address, fooled. This runs after the framework's
            // own setup for that variable, which empties both lists.
            if (options.TrustedProxies.Length > 0)
            {
                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
                foreach (var proxy in options.TrustedProxies.Select(IPAddress.Parse))
                {
                    o.KnownProxies.Add(proxy);
                }
            }
        });

        return builder;
    }

    /// <summary>Before everything that reads the path: the error pages, static files and routing.</summary>
    public static WebApplication UsePathPrefix(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<PathPrefixOptions>>().Value;
        if (options.ForwardedPrefix)
        {
            app.UseForwardedHeaders();
        }

        if (!string.IsNullOrEmpty(options.PathBase))
        {
            app.UsePathBase(options.PathBase);
            // Nothing is served outside the prefix: a page there (the browser's own /favicon.ico answered with the error
            // page) would set cookies for "/" beside the prefix's, and the form tokens would no longer match.
            app.Use((context, next) =>
            {
                if (context.Request.PathBase.HasValue)
                {
                    return next(context);
                }

                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        }

        return app;
    }
}
