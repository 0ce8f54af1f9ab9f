using System.IO.Compression;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Platform.Testing;

/// <summary>Attached files as officials send them, written in the test: Word, Excel, OpenDocument text and PDF.</summary>
public static class SampleFiles
{
    /// <summary>A Word document with one paragraph per line (the first line split between two runs, as Word often does).</summary>
    public static byte[] Docx(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new W.Body();
            foreach (var (line, index) in paragraphs.Select((p, i) => (p, i)))
            {
                var paragraph = new W.Paragraph();
                if (index == 0 && line.Length > 3)
                {
                    paragraph.Append(new W.Run(new W.Text(line[..3]) { Space = SpaceProcessingModeValues.Preserve }));
                    paragraph.Append(new W.Run(new W.Text(line[3..]) { Space = SpaceProcessingModeValues.Preserve }));
                }
                else
                {
                    paragraph.Append(new W.Run(new W.Text(line) { Space = SpaceProcessingModeValues.Preserve }));
                }

                body.Append(paragraph);
            }

            main.Document = new W.Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A workbook of one sheet: a shared string, an inline string and a number per row.</summary>
    public static byte[] Xlsx(string shared, string inline, double number)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(new SharedStringItem(new Text(shared)));
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var row = new Row { RowIndex = 1 };
            row.Append(
                new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue("0") },
                new Cell { CellReference = "B1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(inline)) },
                new Cell { CellReference = "C1", CellValue = new CellValue(number) });
            sheetPart.Worksheet = new Worksheet(new SheetData(row));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Sheet1" }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A workbook whose first sheet is <paramref name="rows"/>: text as inline strings, numbers as numbers, null cells
    /// left out (as Excel leaves out empty cells, the others keeping their references). A second sheet follows, to be ignored.
    /// </summary>
    public static byte[] XlsxTable(params object?[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var first = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    switch (rows[r][c])
                    {
                        case null:
                            break;
                        case double or decimal or int:
                            row.Append(new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(rows[r][c], System.Globalization.CultureInfo.InvariantCulture)) });
                            break;
                        default:
                            row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(rows[r][c]!.ToString()!)) });
                            break;
                    }
                }

                data.Append(row);
            }

            first.Worksheet = new Worksheet(data);
            var other = workbook.AddNewPart<WorksheetPart>();
            other.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("Ghi chú")) }) { RowIndex = 1 }));
            workbook.Workbook.AppendChild(new Sheets(
                new Sheet { Id = workbook.GetIdOfPart(first), SheetId = 1, Name = "Xếp hạng" },
                new Sheet { Id = workbook.GetIdOfPart(other), SheetId = 2, Name = "Ghi chú" }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>An OpenDocument text with one paragraph per line.</summary>
    public static byte[] Odt(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var mimetype = zip.CreateEntry("mimetype", CompressionLevel.NoCompression);
            using (var writer = new StreamWriter(mimetype.Open(), new UTF8Encoding(false)))
            {
                writer.Write("application/vnd.oasis.opendocument.text");
            }

            var content = zip.CreateEntry("content.xml");
            using (var writer = new StreamWriter(content.Open(), new UTF8Encoding(false)))
            {
                writer.Write("""<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>""");
                foreach (var line in paragraphs)
                {
                    writer.Write($"<text:p>{SecurityElement.Escape(line)}</text:p>");
                }

                writer.Write("</office:text></office:body></office:document-content>");
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A PDF of one page with one line of text per argument, in Helvetica: the standard fonts have no Vietnamese letters,
    /// so the lines must be ASCII.
    /// </summary>
    public static byte[] Pdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var y = 780.0;
        foreach (var line in lines)
        {
            page.AddText(line, 12, new UglyToad.PdfPig.Core.PdfPoint(40, y), font);
            y -= 20;
        }

        return builder.Build();
    }
}
