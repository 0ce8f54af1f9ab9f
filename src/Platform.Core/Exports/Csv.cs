namespace Platform.Core.Exports;

/// <summary>
/// CSV as every export writes it (RFC 4180): every field quoted, quotes doubled, CRLF at the end of each line — and
/// safe to open in a spreadsheet. A cell a user typed that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or
/// a carriage return would be read by Excel or LibreOffice as a formula (OWASP "CSV injection": a formula can fetch
/// a URL or run a command); such a cell is prefixed with an apostrophe, which spreadsheets show as text.
/// </summary>
public static class Csv
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>One CSV line of <paramref name="fields"/>, each neutralised and quoted.</summary>
    public static string Line(params IEnumerable<string?> fields) =>
        string.Join(",", fields.Select(f => "\"" + Cell(f).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\r\n";

    /// <summary>The text of a cell as a spreadsheet must show it: never as a formula.</summary>
    public static string Cell(string? text) =>
        string.IsNullOrEmpty(text) || Array.IndexOf(FormulaStarts, text[0]) < 0 ? text ?? "" : "'" + text;
}
