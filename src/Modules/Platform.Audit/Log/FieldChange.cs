using System.Text.Json;

namespace Platform.Audit.Log;

/// <summary>One value of an entry, before and after, as the audit page shows it ("—" where there was none).</summary>
internal sealed record FieldChange(string Name, string Before, string After)
{
    private const string None = "—";

    /// <summary>Every field named in before or after, in the order the entry lists them.</summary>
    public static IReadOnlyList<FieldChange> Of(string? before, string? after)
    {
        var was = Fields(before);
        var now = Fields(after);
        return [.. now.Keys.Concat(was.Keys).Distinct(StringComparer.Ordinal)
            .Select(name => new FieldChange(name, was.GetValueOrDefault(name, None), now.GetValueOrDefault(name, None)))];
    }

    private static Dictionary<string, string> Fields(string? json)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json is null)
        {
            return fields;
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            fields[""] = document.RootElement.GetRawText();
            return fields;
        }

        foreach (var property in document.RootElement.EnumerateObject())
        {
            fields[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => None,
                JsonValueKind.String => property.Value.GetString()!,
                _ => property.Value.GetRawText(),
            };
        }

        return fields;
    }
}
