using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Sends a page's form as a browser does: every field it holds as the page filled it (checked boxes, selected options,
/// text areas, hidden inputs with the antiforgery token and version), to the form's own action, with what the test types.
/// </summary>
internal static class Forms
{
    /// <summary>GETs <paramref name="url"/> and submits the form holding the element <paramref name="holding"/> selects.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client, string url, string holding, IDictionary<string, string>? typed = null) =>
        await (await OpenAsync(client, url, holding)).SendAsync(client, typed);

    /// <summary>GETs <paramref name="url"/> and keeps the form holding <paramref name="holding"/> as the page filled it, to send later.</summary>
    public static async Task<OpenForm> OpenAsync(HttpClient client, string url, string holding)
    {
        var form = (await Html.GetAsync(client, url)).QuerySelector(holding)?.Closest("form")
            ?? throw new InvalidOperationException($"No form holding {holding} on {url}.");
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
        var file = form.QuerySelector("input[type=file]")?.GetAttribute("name");
        return new OpenForm(action, form.GetAttribute("enctype") ?? "application/x-www-form-urlencoded", Fields(form), file);
    }

    /// <summary>
    /// POSTs <paramref name="fields"/> to <paramref name="action"/> with the antiforgery token of the signed-in user's
    /// page <paramref name="url"/>: what a user sends for an action the page offers them no form for.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string action, IDictionary<string, string> fields)
    {
        var token = FormPost.Hidden(await client.GetStringAsync(url), "__RequestVerificationToken");
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>True when the page at <paramref name="url"/> shows a form holding <paramref name="holding"/>.</summary>
    public static async Task<bool> OffersAsync(HttpClient client, string url, string holding) =>
        (await Html.GetAsync(client, url)).QuerySelector(holding)?.Closest("form") is not null;

    /// <summary>What a browser sends for a form: named inputs (boxes only when checked), selected options, text areas.</summary>
    public static List<KeyValuePair<string, string>> Fields(IElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                case IHtmlInputElement { Type: "file" or "submit" or "button" }:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
            }
        }

        return fields;
    }
}

/// <summary>A form as a page filled it: where it posts, how, and its fields.</summary>
internal sealed record OpenForm(string Action, string Enctype, IReadOnlyList<KeyValuePair<string, string>> Fields, string? FileField)
{
    /// <summary>Sends the form with what the user typed over the page's values.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpClient client, IDictionary<string, string>? typed = null)
    {
        var fields = Fields.Where(f => typed?.ContainsKey(f.Key) != true).ToList();
        fields.AddRange(typed ?? new Dictionary<string, string>());
        return client.PostAsync(Action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Sends the form as multipart, with a file in its file input and what the user typed over the page's values.</summary>
    public async Task<HttpResponseMessage> UploadAsync(
        HttpClient client, string fileName, byte[] content, string contentType, IDictionary<string, string>? typed = null)
    {
        Assert.Equal("multipart/form-data", Enctype);
        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in Fields.Where(f => typed?.ContainsKey(f.Key) != true).Concat(typed ?? new Dictionary<string, string>()))
        {
            body.Add(new StringContent(value), name);
        }

        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new(contentType);
        body.Add(part, FileField ?? throw new InvalidOperationException("The form has no file input."), fileName);
        return await client.PostAsync(Action, body);
    }
}
