using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Platform.Core.Forms;

/// <summary>
/// A table that can be wider than the page (<c>&lt;table region-label="…"&gt;</c>) scrolls sideways inside its own box,
/// so the page itself never does (WCAG 2.1, 1.4.10 Reflow): the box is a labelled region a keyboard user can focus
/// and scroll with the arrow keys (2.1.1).
/// </summary>
[HtmlTargetElement("table", Attributes = "region-label")]
public sealed class ScrollRegionTagHelper(HtmlEncoder encoder) : TagHelper
{
    /// <summary>The region's name, read out when it takes the focus: what the table lists, in the user's language.</summary>
    [HtmlAttributeName("region-label")]
    public string RegionLabel { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.PreElement.AppendHtml($"<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{encoder.Encode(RegionLabel)}\">");
        output.PostElement.AppendHtml("</div>");
    }
}
