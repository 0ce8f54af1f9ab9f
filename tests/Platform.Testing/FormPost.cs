using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Platform.Testing;

/// <summary>Posts a form as a browser would: with the antiforgery token and cookie the page handed out.</summary>
public static class FormPost
{
    /// <summary>
    /// GETs <paramref name="url"/>, finds the form a user would fill (the one holding the first field given, else the
    /// page's main form), takes its hidden inputs (antiforgery token, version) and POSTs them with
    /// <paramref name="fields"/> to <paramref name="action"/> (default: the same url).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client, string url, IDictionary<string, string> fields, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(url));
        var forms = page.QuerySelectorAll("form[method=post]").ToList();
        var form = forms.FirstOrDefault(f => fields.Keys.Any(k => f.QuerySelector($"[name='{k}']") is not null))
            ?? forms.LastOrDefault(f => f.Closest("main") is not null)
            ?? forms.FirstOrDefault()
            ?? throw new InvalidOperationException($"No form on {url}.");

        var values = form.QuerySelectorAll("input[type=hidden]")
            .Where(i => i.GetAttribute("name") is not null)
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        if (!values.ContainsKey("__RequestVerificationToken"))
        {
            throw new InvalidOperationException($"No antiforgery token in the form on {url}.");
        }

        foreach (var field in fields)
        {
            values[field.Key] = field.Value;
        }

        return await client.PostAsync(action ?? url, new FormUrlEncodedContent(values));
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
}
