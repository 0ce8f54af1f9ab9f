namespace Platform.Core.Forms;

/// <summary>
/// A text field of a form as the shared <c>_Text</c> and <c>_Area</c> partials draw it: its name under <c>Form.</c>,
/// its label and hint (Vietnamese keys, shown in the user's language), what was typed, its error if refused, for
/// free text the most characters it takes (<see cref="TextLimits"/>: drawn as <c>maxlength</c> and "tối đa N ký tự"),
/// and for a text area the lines it shows before it scrolls.
/// </summary>
public sealed record TextField(string Name, string Label, string? Hint, string? Value, string? Error, int? MaxLength = null, int Rows = 3)
{
    /// <summary>The element id: <c>Form_Name</c>, with index brackets and dots made safe.</summary>
    public string Id => "Form_" + Name.Replace('[', '_').Replace(']', '_').Replace('.', '_');

    /// <summary>A date field: its hint starts with the format dd/MM/yyyy; drawn with the date picker (<see cref="DateInputTagHelper"/>).</summary>
    public bool IsDate => Hint?.StartsWith(DateFormat, StringComparison.Ordinal) == true;

    /// <summary>The one date format officials type and read.</summary>
    public const string DateFormat = "dd/MM/yyyy";
}
