using System.Text.RegularExpressions;

namespace Platform.Sdk;

/// <summary>
/// The key of a province: a lower-case slug such as <c>son-la</c>. It is the first segment of every province URL
/// and the tenant key stored on every province-owned row.
/// </summary>
public sealed partial record ProvinceCode
{
    /// <summary>Creates a code, refusing anything that is not a lower-case ASCII slug of 2–40 characters.</summary>
    public ProvinceCode(string value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException(
                $"Mã tỉnh '{value}' không hợp lệ: chỉ gồm chữ thường không dấu, số và dấu gạch ngang. / " +
                $"Province code '{value}' is invalid: lower-case ASCII letters, digits and hyphens only.",
                nameof(value));
        }

        Value = value;
    }

    /// <summary>The slug.</summary>
    public string Value { get; }

    /// <summary>True when <paramref name="value"/> can be a province code.</summary>
    public static bool IsValid(string? value) => value is not null && Slug().IsMatch(value);

    /// <inheritdoc />
    public override string ToString() => Value;

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])$")]
    private static partial Regex Slug();
}
