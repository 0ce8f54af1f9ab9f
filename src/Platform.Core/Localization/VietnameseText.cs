using System.Globalization;
using System.Text;

namespace Platform.Core.Localization;

/// <summary>Vietnamese text for searching: "Đề án 06" and "de an 06" find each other.</summary>
public static class VietnameseText
{
    /// <summary>
    /// <paramref name="composed"/> (in NFC) folded character by character — each as <see cref="Fold"/> folds it, white
    /// space as a space — so that a position in the result is the same position in the text: where the search's words
    /// are found, to mark them or cut a passage around them.
    /// </summary>
    public static string FoldAligned(string composed)
    {
        ArgumentNullException.ThrowIfNull(composed);
        var folded = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            var f = char.IsWhiteSpace(c) ? " " : Fold(c.ToString());
            folded.Append(f.Length == 1 ? f[0] : c);
        }

        return folded.ToString();
    }

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
