using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Platform.Core.Forms;

/// <summary>
/// Ties a field's hint and error to the field for screen readers (WCAG 2.1, 1.3.1 and 3.3.1): every
/// <c>&lt;span class="hint"&gt;</c> inside a <c>&lt;label for="X"&gt;</c> and every <c>&lt;span class="field-error"&gt;</c>
/// written after that label are given an id (<c>X-hint</c>, <c>X-error</c> unless they have one) and named in the
/// <c>aria-describedby</c> of the input, text area or select whose id is X. Pages keep writing a field as label, hint,
/// error, control, in that order; nothing else is needed. The partials <c>_Text</c> and <c>_Area</c> already name theirs.
/// </summary>
internal static class FieldDescriptions
{
    private static readonly object Key = new();

    /// <summary>The request's fields seen so far: the last label's target and each field's describing ids.</summary>
    public static State Of(HttpContext context)
    {
        if (context.Items[Key] is not State state)
        {
            context.Items[Key] = state = new State();
        }

        return state;
    }

    /// <summary>An attribute's value as written, whether a literal, an expression or both.</summary>
    public static string? Value(TagHelperOutput output, string name)
    {
        switch (output.Attributes[name]?.Value)
        {
            case null:
                return null;
            case string text:
                return text;
            case IHtmlContent html:
                using (var writer = new StringWriter())
                {
                    html.WriteTo(writer, NullHtmlEncoder.Default);
                    return writer.ToString();
                }

            case var other:
                return other.ToString();
        }
    }

    public sealed class State
    {
        public string? LastLabelFor { get; set; }

        public Dictionary<string, List<string>> Describers { get; } = new(StringComparer.Ordinal);

        public void Add(string field, string describer)
        {
            if (!Describers.TryGetValue(field, out var ids))
            {
                Describers[field] = ids = [];
            }

            if (!ids.Contains(describer, StringComparer.Ordinal))
            {
                ids.Add(describer);
            }
        }
    }
}

/// <summary>A field's label: what follows it (its hint, its error) describes the field it names.</summary>
[HtmlTargetElement("label", Attributes = "for")]
public sealed class FieldLabelTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override int Order => -100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        if (FieldDescriptions.Value(output, "for") is { Length: > 0 } field)
        {
            FieldDescriptions.Of(ViewContext.HttpContext).LastLabelFor = field;
            context.Items[typeof(FieldLabelTagHelper)] = field;
        }
    }
}

/// <summary>A hint inside a field's label, or a field's error after it: given an id and named by the field.</summary>
[HtmlTargetElement("span", Attributes = "[class=hint]")]
[HtmlTargetElement("span", Attributes = "[class=field-error]")]
public sealed class FieldDescriberTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        // A hint describes the field whose label holds it; an error, the field whose label it follows.
        var state = FieldDescriptions.Of(ViewContext.HttpContext);
        var error = FieldDescriptions.Value(output, "class") == "field-error";
        var field = error ? state.LastLabelFor : context.Items.TryGetValue(typeof(FieldLabelTagHelper), out var label) ? label as string : null;
        if (field is null)
        {
            return;
        }

        if (FieldDescriptions.Value(output, "id") is not { Length: > 0 } id)
        {
            id = field + (error ? "-error" : "-hint");
            output.Attributes.SetAttribute("id", id);
        }

        state.Add(field, id);
    }
}

/// <summary>A field: its hint and error, seen before it, are named in its <c>aria-describedby</c>.</summary>
[HtmlTargetElement("input", Attributes = "id")]
[HtmlTargetElement("textarea", Attributes = "id")]
[HtmlTargetElement("select", Attributes = "id")]
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
public sealed class DescribedFieldTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    // After the framework's own input/select helpers, which may write the id.
    public override int Order => 100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var state = FieldDescriptions.Of(ViewContext.HttpContext);
        if (FieldDescriptions.Value(output, "id") is not { Length: > 0 } id
            || !state.Describers.TryGetValue(id, out var describers))
        {
            return;
        }

        var named = (FieldDescriptions.Value(output, "aria-describedby") ?? "")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        named.AddRange(describers.Where(d => !named.Contains(d, StringComparer.Ordinal)));
        output.Attributes.SetAttribute("aria-describedby", string.Join(' ', named));
        state.LastLabelFor = null;
    }
}
