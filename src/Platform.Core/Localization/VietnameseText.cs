using System.Globalization;
using System.Text;

namespace Platform.Core.Localization;

/// <summary>Vietnamese text for searching: "Đề án 06" and "de an 06" find each other.</summary>
public static class VietnameseText
{
    /// <summary>Lower case, without tone marks or diacritics, đ as d, runs of white space as one space.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(c switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
        }

        return folded.ToString();
    }
}
