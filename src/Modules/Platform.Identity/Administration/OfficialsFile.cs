using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Platform.Core.Localization;

namespace Platform.Identity.Administration;

/// <summary>
/// Reads a list of officials from CSV (UTF-8 with or without BOM, comma or semicolon, RFC 4180 quotes) or Excel
/// (.xlsx, first sheet). The first row names the columns, in Vietnamese or English, in any order; the file is read in
/// memory and never stored.
/// </summary>
internal static class OfficialsFile
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 2000;

    /// <summary>The template's header row (and the column order used when a header is not recognised).</summary>
    public static readonly string[] Header = ["Họ và tên", "Tên đăng nhập", "Thư điện tử", "Cơ quan", "Vị trí", "Vai trò"];

    private static readonly Dictionary<string, int> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["họ và tên"] = 0, ["full name"] = 0, ["name"] = 0,
        ["tên đăng nhập"] = 1, ["user name"] = 1, ["username"] = 1,
        ["thư điện tử"] = 2, ["email"] = 2,
        ["cơ quan"] = 3, ["agency"] = 3,
        ["vị trí"] = 4, ["seat"] = 4,
        ["vai trò"] = 5, ["role"] = 5,
    };

    /// <summary>The column's name for a row message, in both languages.</summary>
    public static (string Vietnamese, string English) ColumnOf(string field) => field switch
    {
        nameof(OfficialRow.FullName) => ("Họ và tên", "Full name"),
        nameof(OfficialRow.UserName) => ("Tên đăng nhập", "User name"),
        nameof(OfficialRow.Email) => ("Thư điện tử", "Email"),
        nameof(OfficialRow.Agency) => ("Cơ quan", "Agency"),
        nameof(OfficialRow.Seat) => ("Vị trí", "Seat"),
        _ => ("Vai trò", "Role"),
    };

    /// <summary>The rows with their line numbers in the file (the header is line 1), or why the file cannot be read.</summary>
    public static (IReadOnlyList<(int Line, OfficialRow Row)> Rows, Message? Refusal) Read(string? fileName, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return ([], AdministrationMessages.FileMissing);
        }

        if (bytes.Length > MaxBytes)
        {
            return ([], AdministrationMessages.FileTooLarge);
        }

        List<string[]> lines;
        try
        {
            lines = string.Equals(Path.GetExtension(fileName), ".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(bytes) : ReadCsv(bytes);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidOperationException)
        {
            return ([], AdministrationMessages.FileUnreadable);
        }

        if (lines.Count > MaxRows + 1)
        {
            return ([], AdministrationMessages.FileTooLarge);
        }

        if (lines.Count < 2)
        {
            return ([], AdministrationMessages.FileEmpty);
        }

        var map = MapColumns(lines[0]);
        var rows = new List<(int, OfficialRow)>();
        for (var i = 1; i < lines.Count; i++)
        {
            var cells = lines[i];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            string? At(int column) => map[column] is var index and >= 0 && index < cells.Length ? cells[index] : null;
            rows.Add((i + 1, new OfficialRow { FullName = At(0), UserName = At(1), Email = At(2), Agency = At(3), Seat = At(4), Role = At(5) }.Cleaned()));
        }

        return rows.Count == 0 ? ([], AdministrationMessages.FileEmpty) : (rows, null);
    }

    /// <summary>The template, as CSV (UTF-8 with BOM, so that Excel reads the Vietnamese right).</summary>
    public static byte[] Template()
    {
        var text = string.Join(",", Header) + "\r\n" +
                   "Nguyễn Văn A,nguyenvana,nguyenvana@example.gov.vn,,,secretariat\r\n";
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }

    private static int[] MapColumns(string[] header)
    {
        var map = new[] { -1, -1, -1, -1, -1, -1 };
        for (var i = 0; i < header.Length; i++)
        {
            if (Columns.TryGetValue(header[i].Trim().Normalize(NormalizationForm.FormC), out var column) && map[column] < 0)
            {
                map[column] = i;
            }
        }

        // No column recognised: the template's order.
        return map.All(m => m < 0) ? [0, 1, 2, 3, 4, 5] : map;
    }

    private static List<string[]> ReadCsv(byte[] bytes)
    {
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        var firstLine = text.Split('\n', 2)[0];
        var separator = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var lines = new List<string[]>();
        var cells = new List<string>();
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
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                lines.Add([.. cells]);
                cells.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            lines.Add([.. cells]);
        }

        return lines;
    }

    private static List<string[]> ReadXlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("No workbook.");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("No sheet.");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var lines = new List<string[]>();
        var expected = 1;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var index = (int)(row.RowIndex?.Value ?? (uint)expected);
            while (expected < index && lines.Count <= MaxRows + 1)
            {
                lines.Add([]);
                expected++;
            }

            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(ValueOf(cell, shared));
            }

            lines.Add([.. cells]);
            expected = index + 1;
            if (lines.Count > MaxRows + 1)
            {
                break;
            }
        }

        return lines;
    }

    private static string ValueOf(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(cell.CellValue?.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : "";
        }

        return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : cell.CellValue?.Text ?? "";
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
