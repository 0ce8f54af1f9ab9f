using System.Net;
using System.Text.RegularExpressions;

namespace Platform.Benchmarks;

/// <summary>Signs a client in as a demo account and sends that session with every request.</summary>
internal static partial class SignIn
{
    private const string DemoPassword = "Demo-Platform-2025";

    /// <summary>The load client, as the province's demo viewer.</summary>
    public static Task AsDemoViewerAsync(HttpClient load, string province) => AsAsync(load, $"{province}.viewer");

    /// <summary>As the given demo account (e.g. "ministry.viewer", who reads every province).</summary>
    public static async Task AsAsync(HttpClient load, string userName)
    {
        ArgumentNullException.ThrowIfNull(load);
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, UseProxy = false, AllowAutoRedirect = false })
        {
            BaseAddress = load.BaseAddress,
        };
        var form = await browser.GetStringAsync("/account/login");
        var token = Token().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        }

        using var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = DemoPassword,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {userName} answered {(int)response.StatusCode}.");
        }

        load.DefaultRequestHeaders.Add("Cookie", cookies.GetCookieHeader(load.BaseAddress!));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
