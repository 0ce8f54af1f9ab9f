using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Platform.Core.Localization;

namespace Platform.Core.Files;

/// <summary>
/// A table read from a file an official uploads to import: CSV (UTF-8, the separator a comma, a semicolon or a tab as
/// the header line uses, fields in double quotes may hold any of them) or Excel (.xlsx, the workbook's first sheet;
/// shared and inline strings, numbers as stored). Every cell is text, trimmed; a row is as long as its last filled cell.
/// A damaged file, another type or a CSV not in UTF-8 is refused with a message, never an exception.
/// </summary>
public static class Sheet
{
    /// <summary>The largest file read.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>The extensions read, as a file field's <c>accept</c>.</summary>
    public const string Accept = ".csv,.xlsx";

    private static readonly Message Unreadable = new(
        "Không đọc được tệp: hãy chọn tệp .csv (UTF-8) hoặc .xlsx không bị hỏng.",
        "The file cannot be read: choose a .csv (UTF-8) or .xlsx file that is not damaged.");

    /// <summary>The rows of <paramref name="bytes"/>, or why they cannot be read.</summary>
    public static (IReadOnlyList<IReadOnlyList<string>> Rows, Message? Refusal) Read(string fileName, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return ([], new("Tệp rỗng.", "The file is empty."));
        }

        if (bytes.Length > MaxBytes)
        {
            return ([], new($"Tệp lớn hơn {MaxBytes / 1024 / 1024} MB.", $"The file is larger than {MaxBytes / 1024 / 1024} MB."));
        }

        try
        {
            return Path.GetExtension(fileName).ToLowerInvariant() switch
            {
                ".csv" or ".txt" => Csv(bytes),
                ".xlsx" => (Xlsx(bytes), null),
                _ => ([], new("Chỉ nhập được tệp .csv hoặc .xlsx.", "Only .csv or .xlsx files can be imported.")),
            };
        }
        catch (Exception e) when (e is InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException or IOException or FormatException)
        {
            return ([], Unreadable);
        }
    }

    private static (IReadOnlyList<IReadOnlyList<string>>, Message?) Csv(byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return ([], new(
                "Tệp CSV không mã hóa UTF-8: khi lưu từ Excel, hãy chọn “CSV UTF-8”.",
                "The CSV file is not in UTF-8: when saving from Excel, choose “CSV UTF-8”."));
        }

        text = text.TrimStart('\uFEFF');
        var firstLine = text.Split('\n', 2)[0];
        var separator = new[] { ',', ';', '\t' }.MaxBy(c => Outside(firstLine, c));
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                row.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(cell.ToString().Trim());
                cell.Clear();
                rows.Add(Trimmed(row));
                row = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString().Trim());
            rows.Add(Trimmed(row));
        }

        return (rows, null);
    }

    /// <summary>How often <paramref name="separator"/> occurs outside double quotes in <paramref name="line"/>.</summary>
    private static int Outside(string line, char separator)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                count++;
            }
        }

        return count;
    }

    private static IReadOnlyList<IReadOnlyList<string>> Xlsx(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var first = workbook.Workbook?.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().FirstOrDefault()
            ?? throw new InvalidDataException("no sheet");
        var part = (WorksheetPart)workbook.GetPartById(first.Id?.Value ?? throw new InvalidDataException("no sheet id"));
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in part.Worksheet?.Descendants<Row>() ?? [])
        {
            // Rows and cells may be left out when empty: their references say where they stand.
            var index = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
            while (rows.Count < index - 1)
            {
                rows.Add([]);
            }

            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? Column(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(Value(cell, shared).Trim());
            }

            rows.Add(Trimmed(cells));
        }

        return rows;
    }

    private static string Value(Cell cell, List<string> shared)
    {
        var value = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : "";
        }

        return type == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : value;
    }

    /// <summary>The zero-based column of a reference such as "C7".</summary>
    private static int Column(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return Math.Max(column - 1, 0);
    }

    private static List<string> Trimmed(List<string> row)
    {
        var end = row.Count;
        while (end > 0 && row[end - 1].Length == 0)
        {
            end--;
        }

        return row.GetRange(0, end);
    }
}
