namespace Platform.Committees.Pages.Committee;

/// <summary>A text field of a form: its name, label, hint, typed value, error if any, and for free text its length limit.</summary>
internal sealed record FieldModel(string Name, string Label, string? Hint, string? Value, IReadOnlyDictionary<string, string> Errors, int? MaxLength = null)
{
    public string Id => $"Form_{Name}";
    public string? Error => Errors.GetValueOrDefault(Name);

    /// <summary>A date field (its hint starts with dd/MM/yyyy): drawn with the shared date picker.</summary>
    public bool IsDate => Hint?.StartsWith(Platform.Core.Forms.TextField.DateFormat, StringComparison.Ordinal) == true;
}
