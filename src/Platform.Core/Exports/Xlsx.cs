using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Platform.Core.Exports;

/// <summary>
/// An Excel workbook of one sheet as every export beside a CSV writes it: the same header and rows, text as inline
/// strings (never a formula, whatever a user typed), dates as real dates shown dd/MM/yyyy, the header row frozen.
/// Rows are written one at a time (the SAX writer), so a long list does not sit in memory as a document.
/// </summary>
public static class Xlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Style 0: the default; style 1: a date shown dd/MM/yyyy (custom number format 164); style 2: the bold header.
    private const uint DateStyle = 1;
    private const uint HeaderStyle = 2;

    /// <summary>
    /// Writes the workbook to <paramref name="output"/>. A cell is a <see cref="DateOnly"/> (a date), a number, or
    /// text; null is an empty cell. The package needs a seekable stream: write to memory or a file, then copy.
    /// </summary>
    public static async Task WriteAsync(Stream output, string sheetName, IReadOnlyList<string> header, IAsyncEnumerable<object?[]> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = "rId1", SheetId = 1, Name = SheetName(sheetName) }));
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        var sheetPart = workbook.AddNewPart<WorksheetPart>("rId1");

        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            { WorkbookViewId = 0 }));
            writer.WriteStartElement(new SheetData());
            writer.WriteElement(new Row(header.Select(h => TextCell(h, HeaderStyle))));
            await foreach (var row in rows.WithCancellation(ct))
            {
                writer.WriteElement(new Row(row.Select(Cell)));
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbook.Workbook.Save();
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        DateOnly d => new Cell { CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate()), StyleIndex = DateStyle },
        int n => new Cell { CellValue = new CellValue(n), DataType = CellValues.Number },
        decimal n => new Cell { CellValue = new CellValue(n), DataType = CellValues.Number },
        double n => new Cell { CellValue = new CellValue(n), DataType = CellValues.Number },
        _ => TextCell(value.ToString() ?? "", 0),
    };

    private static Cell TextCell(string text, uint style) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style };

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true })
        { Count = 3 });

    // Excel refuses a sheet name longer than 31 characters or holding any of : \ / ? * [ ].
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => ":\\/?*[]".IndexOf(c, StringComparison.Ordinal) < 0).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }
}
