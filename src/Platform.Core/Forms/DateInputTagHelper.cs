using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Platform.Core.Forms;

/// <summary>
/// Every date field of the site: <c>&lt;input date-field …&gt;</c> (or <c>date-field="@isDate"</c> in a shared partial)
/// becomes a text field for dd/MM/yyyy — what <see cref="Dates.VietnamTime.TryParse"/> reads on the server, so the
/// field works without JavaScript — marked <c>data-datepicker</c> for the picker script (<c>/js/datepicker.js</c>),
/// which adds a month grid in the page's language. Numeric keyboard on phones; the browser's own autofill is kept
/// out of the way of the picker.
/// </summary>
[HtmlTargetElement("input", Attributes = AttributeName)]
public sealed class DateInputTagHelper : TagHelper
{
    public const string AttributeName = "date-field";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        // The attribute is the switch, not part of the page: date-field="@false" (a shared partial drawing a text field;
        // Razor drops an attribute whose value is false) leaves the input as it is.
        var isDate = output.Attributes.TryGetAttribute(AttributeName, out var attribute)
            && (attribute.Value is null || !string.Equals(attribute.Value.ToString(), bool.FalseString, StringComparison.OrdinalIgnoreCase));
        output.Attributes.RemoveAll(AttributeName);
        if (!isDate)
        {
            return;
        }

        output.Attributes.SetAttribute("type", "text");
        output.Attributes.SetAttribute("data-datepicker", "dd/MM/yyyy");
        output.Attributes.SetAttribute("inputmode", "numeric");
        output.Attributes.SetAttribute("autocomplete", "off");
        if (!output.Attributes.ContainsName("size"))
        {
            output.Attributes.SetAttribute("size", "12");
        }
    }
}
