using Platform.Core.Localization;

namespace Platform.Core.Search;

/// <summary>
/// What every module's search over the text inside its attached files shares (<see cref="Files.FileText"/>): one kind
/// for the filter, its label, and the passage shown — a window of the text around the first word of the query, cut
/// by the database so whole texts are never read for a page of hits.
/// </summary>
public static class FileSearch
{
    /// <summary>The kind of every file hit, whichever module holds the file.</summary>
    public const string Kind = "tai-lieu";

    /// <summary>How many characters before the first word found the window starts.</summary>
    public const int Before = 100;

    /// <summary>How many characters the window holds.</summary>
    public const int Window = 300;

    public static Message Label { get; } = new("Tệp đính kèm", "Attached files");

    /// <summary>
    /// A window of <paramref name="text"/> around the first place the query's first word appears, found as the search
    /// finds it (folded, character by character, so a position in the folded text is the same in the text): for texts
    /// read whole, such as a meeting's minutes.
    /// </summary>
    public static string Around(string? text, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        text = (text ?? "").Normalize(System.Text.NormalizationForm.FormC);
        var folded = VietnameseText.FoldAligned(text);
        var at = query.Words.Select(w => folded.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, at - Before);
        return Passage(text.Substring(start, Math.Min(Window, text.Length - start)), start, text.Length);
    }

    /// <summary>
    /// The window as shown: whole words only, with "…" where the text goes on before or after it. <paramref name="start"/>
    /// is where the window starts in the text and <paramref name="length"/> the text's whole length.
    /// </summary>
    public static string Passage(string? excerpt, int start, int length)
    {
        var text = excerpt ?? "";
        if (text.Length == 0)
        {
            return "";
        }

        var cutBefore = start > 0;
        var cutAfter = start + text.Length < length;
        if (cutBefore && text.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 and < 30)
        {
            text = text[(space + 1)..];
        }

        if (cutAfter && text.LastIndexOf(' ') is var last && last > text.Length - 30)
        {
            text = text[..last];
        }

        return (cutBefore ? "… " : "") + text.Trim() + (cutAfter ? " …" : "");
    }
}
