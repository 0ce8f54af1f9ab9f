using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Platform.Core.Submissions;

/// <summary>
/// Writes a one-time submission key next to the antiforgery token of every form that carries one: the form tag
/// helper asks for the token of each <c>&lt;form method="post"&gt;</c> (and <c>@Html.AntiForgeryToken()</c> inside
/// a form asks for the same one), so every post form of the modules and of the packs gets its key without any page
/// writing it. A rendering of the form is one submission; sending it twice (a double click, a browser's retry) sends
/// the same key, which <see cref="OncePerSubmissionFilter"/> honours once.
/// </summary>
internal sealed class SubmissionKeyGenerator(
    IAntiforgery antiforgery,
    IOptions<MvcViewOptions> options,
    IModelMetadataProvider metadata,
    IUrlHelperFactory urls,
    HtmlEncoder encoder,
    ValidationHtmlAttributeProvider validation)
    : DefaultHtmlGenerator(antiforgery, options, metadata, urls, encoder, validation)
{
    public override IHtmlContent GenerateAntiforgery(ViewContext viewContext)
    {
        ArgumentNullException.ThrowIfNull(viewContext);
        var token = base.GenerateAntiforgery(viewContext);
        // The form already has its token (the tag helper and the HTML helper both asked): it has its key too.
        if (ReferenceEquals(token, HtmlString.Empty))
        {
            return token;
        }

        var content = new HtmlContentBuilder(2);
        content.AppendHtml(token);
        content.AppendHtml($"<input name=\"{SubmissionKey.FieldName}\" type=\"hidden\" value=\"{Guid.NewGuid():N}\" />");
        return content;
    }
}

/// <summary>The hidden field that carries a form's submission key.</summary>
public static class SubmissionKey
{
    /// <summary>The field's name, beside <c>__RequestVerificationToken</c>.</summary>
    public const string FieldName = "__SubmissionKey";
}
