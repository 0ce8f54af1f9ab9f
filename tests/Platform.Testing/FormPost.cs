using System.Net;
using System.Text.RegularExpressions;

namespace Platform.Testing;

/// <summary>Posts a form as a browser would: with the antiforgery token and cookie the page handed out.</summary>
public static partial class FormPost
{
    /// <summary>GETs <paramref name="url"/> for its token, then POSTs the fields to <paramref name="action"/> (default: the same url).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client, string url, IDictionary<string, string> fields, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(url);
        var token = Token().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No antiforgery token on {url}.");
        }

        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(action ?? url, new FormUrlEncodedContent(form));
    }

    /// <summary>The value of a hidden input on a page.</summary>
    public static string Hidden(string page, string name)
    {
        var match = Regex.Match(page, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        if (!match.Success)
        {
            match = Regex.Match(page, $"value=\"([^\"]*)\"[^>]*name=\"{Regex.Escape(name)}\"");
        }

        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No hidden field {name}.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
