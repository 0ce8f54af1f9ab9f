using System.Text.RegularExpressions;

namespace Platform.ArchitectureTests;

/// <summary>The literal Vietnamese keys a source file looks up.</summary>
public static partial class WordingKeys
{
    public static IEnumerable<(string File, string Key)> InFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => In(File.ReadAllText(f)).Select(k => (Path.GetRelativePath(folder, f), k)));

    /// <summary>
    /// The string literals inside <c>T[…]</c> and <c>t[…]</c> (every literal of the bracket, so both texts of
    /// <c>T[ok ? "a" : "b"]</c>) and the first argument of <c>T.Format(…)</c> / <c>t.Format(…)</c>. Texts with no
    /// letter (a format alone) need no English.
    /// </summary>
    public static List<string> In(string source)
    {
        var keys = new List<string>();
        foreach (Match m in Lookup().Matches(source))
        {
            if (m.Groups["format"].Success)
            {
                keys.Add(Unescape(m.Groups["format"].Value));
                continue;
            }

            // The bracket's content, up to its closing bracket.
            var depth = 1;
            var i = m.Index + m.Length;
            while (i < source.Length && depth > 0)
            {
                depth += source[i] switch { '[' => 1, ']' => -1, _ => 0 };
                i++;
            }

            var inside = source[(m.Index + m.Length)..Math.Max(m.Index + m.Length, i - 1)];
            // Arguments after the key (T["Trang {0}", n]) are not keys: only literals before a top-level comma.
            keys.AddRange(Literal().Matches(KeyPart(inside)).Select(l => Unescape(l.Groups[1].Value)));
        }

        return [.. keys.Where(k => k.Any(char.IsLetter))];
    }

    /// <summary>The bracket's content before its first comma outside quotes and parentheses.</summary>
    private static string KeyPart(string inside)
    {
        var (quoted, depth) = (false, 0);
        for (var i = 0; i < inside.Length; i++)
        {
            switch (inside[i])
            {
                case '\\' when quoted:
                    i++;
                    break;
                case '"':
                    quoted = !quoted;
                    break;
                case '(' when !quoted:
                    depth++;
                    break;
                case ')' when !quoted:
                    depth--;
                    break;
                case ',' when !quoted && depth == 0:
                    return inside[..i];
            }
        }

        return inside;
    }

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    [GeneratedRegex("""(?<![\w.])[Tt]\.Format\(\s*"(?<format>(?:[^"\\]|\\.)*)"|(?<![\w.])[Tt]\[""")]
    private static partial Regex Lookup();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();
}
