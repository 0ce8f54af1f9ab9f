using System.Net;
using System.Text.RegularExpressions;

namespace Platform.Testing;

/// <summary>Posts a form as a browser would: with the antiforgery token and cookie the page handed out.</summary>
public static partial class FormPost
{
    /// <summary>
    /// GETs <paramref name="url"/>, takes the hidden inputs of its form (antiforgery token, version) and POSTs them
    /// with <paramref name="fields"/> to <paramref name="action"/> (default: the same url).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client, string url, IDictionary<string, string> fields, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(url);
        var form = new Dictionary<string, string>();
        foreach (Match input in HiddenInput().Matches(page))
        {
            var name = Attribute(input.Value, "name");
            if (name is not null)
            {
                form[name] = WebUtility.HtmlDecode(Attribute(input.Value, "value") ?? "");
            }
        }

        if (!form.ContainsKey("__RequestVerificationToken"))
        {
            throw new InvalidOperationException($"No antiforgery token on {url}.");
        }

        foreach (var field in fields)
        {
            form[field.Key] = field.Value;
        }

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

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\b{name}=\"([^\"]*)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenInput();
}
