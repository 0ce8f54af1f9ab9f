using System.Net;
using System.Text.RegularExpressions;

namespace Platform.Benchmarks;

/// <summary>Signs the load client in as the province's demo viewer and sends that session with every request.</summary>
internal static partial class SignIn
{
    private const string DemoPassword = "Demo-Platform-2025";

    public static async Task AsDemoViewerAsync(HttpClient load, string province)
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
            ["UserName"] = $"{province}.viewer",
            ["Password"] = DemoPassword,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {province}.viewer answered {(int)response.StatusCode}.");
        }

        load.DefaultRequestHeaders.Add("Cookie", cookies.GetCookieHeader(load.BaseAddress!));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
