namespace Platform.Meetings.Pages.Meetings;

/// <summary>A text field of a form: its name under <c>Form.</c>, label, hint, typed value and error.</summary>
internal sealed record TextField(string Name, string Label, string? Hint, string? Value, string? Error)
{
    public string Id => "Form_" + Name.Replace('[', '_').Replace(']', '_').Replace('.', '_');
}
