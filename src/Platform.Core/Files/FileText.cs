using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UglyToad.PdfPig;
using Wordprocessing = DocumentFormat.OpenXml.Wordprocessing;

namespace Platform.Core.Files;

/// <summary>
/// The text inside an attached file, so the province's search finds a phrase in a meeting's documents, a report's
/// annexes or a task's evidence: Word (.docx), Excel (.xlsx: shared and inline strings, numbers), OpenDocument text
/// (.odt), PDF (its text layer; a scan without one has none) and plain text (.txt, .csv). At most
/// <see cref="MaxChars"/> characters, runs of white space as one space. A damaged or encrypted file, or one of another
/// type, gives null — never an exception: the file is stored all the same.
/// </summary>
public static class FileText
{
    /// <summary>The most text kept of one file.</summary>
    public const int MaxChars = 1_000_000;

    /// <summary>The file's text, or null when it has none that can be read.</summary>
    public static string? Extract(string fileName, string contentType, byte[] bytes)
    {
        if (bytes is null || bytes.Length == 0)
        {
            return null;
        }

        var text = new Collector();
        try
        {
            var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
            switch (extension)
            {
                case ".docx":
                    Docx(bytes, text);
                    break;
                case ".xlsx":
                    Xlsx(bytes, text);
                    break;
                case ".odt":
                case ".ods":
                    OpenDocument(bytes, text);
                    break;
                case ".pdf":
                    Pdf(bytes, text);
                    break;
                case ".txt":
                case ".csv":
                    text.Add(Encoding.UTF8.GetString(bytes));
                    break;
                default:
                    if ((contentType ?? "").StartsWith("text/", StringComparison.OrdinalIgnoreCase))
                    {
                        text.Add(Encoding.UTF8.GetString(bytes));
                        break;
                    }

                    return null;
            }
        }
#pragma warning disable CA1031 // A file the readers cannot open (damaged, encrypted, not what its name says) has no text; its upload goes on.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }

        var result = text.ToString();
        return result.Length == 0 ? null : result;
    }

    private static void Docx(byte[] bytes, Collector text)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
        var main = document.MainDocumentPart;
        if (main is null)
        {
            return;
        }

        IEnumerable<OpenXmlPart> parts = [main, .. main.HeaderParts, .. main.FooterParts];
        if (main.FootnotesPart is { } footnotes)
        {
            parts = parts.Append(footnotes);
        }

        foreach (var part in parts)
        {
            if (part.RootElement is null)
            {
                continue;
            }

            foreach (var paragraph in part.RootElement.Descendants<Wordprocessing.Paragraph>())
            {
                if (text.Full)
                {
                    return;
                }

                // The runs of a paragraph are one text (a word may be split between runs); paragraphs are apart.
                text.Add(string.Concat(paragraph.Descendants<Wordprocessing.Text>().Select(t => t.Text)));
            }
        }
    }

    private static void Xlsx(byte[] bytes, Collector text)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
        var workbook = document.WorkbookPart;
        if (workbook is null)
        {
            return;
        }

        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        foreach (var sheet in workbook.WorksheetParts)
        {
            foreach (var cell in sheet.Worksheet?.Descendants<Cell>() ?? [])
            {
                if (text.Full)
                {
                    return;
                }

                var value = cell.CellValue?.Text;
                var type = cell.DataType?.Value;
                if (type == CellValues.SharedString)
                {
                    if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < shared.Count)
                    {
                        text.Add(shared[index]);
                    }
                }
                else if (type == CellValues.InlineString)
                {
                    text.Add(cell.InlineString?.InnerText);
                }
                else if (type == CellValues.Boolean || type == CellValues.Error)
                {
                    // Not words anyone searches for.
                }
                else
                {
                    text.Add(value);
                }
            }
        }
    }

    private static void OpenDocument(byte[] bytes, Collector text)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.GetEntry("content.xml") is not { } entry)
        {
            return;
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(entry.Open(), settings);
        const string TextNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
        while (reader.Read() && !text.Full)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text:
                case XmlNodeType.SignificantWhitespace:
                    text.Append(reader.Value);
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == TextNamespace && reader.LocalName is "s" or "tab" or "line-break":
                    text.Append(" ");
                    break;
                case XmlNodeType.EndElement when reader.NamespaceURI == TextNamespace && reader.LocalName is "p" or "h":
                    text.Append(" ");
                    break;
                case XmlNodeType.EndElement when reader.LocalName is "table-cell":
                    text.Append(" ");
                    break;
            }
        }
    }

    private static void Pdf(byte[] bytes, Collector text)
    {
        using var document = PdfDocument.Open(bytes);
        foreach (var page in document.GetPages())
        {
            if (text.Full)
            {
                return;
            }

            text.Add(string.Join(" ", page.GetWords().Select(w => w.Text)));
        }
    }

    /// <summary>Text gathered up to the cap, white space collapsed as it comes, control characters dropped.</summary>
    private sealed class Collector
    {
        private readonly StringBuilder builder = new();
        private bool space;

        public bool Full => builder.Length >= MaxChars;

        /// <summary>A piece of text, apart from what came before.</summary>
        public void Add(string? piece)
        {
            Append(piece);
            space = builder.Length > 0;
        }

        /// <summary>A piece of text that goes on from what came before.</summary>
        public void Append(string? piece)
        {
            foreach (var c in piece ?? "")
            {
                if (builder.Length >= MaxChars)
                {
                    return;
                }

                if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\uFEFF')
                {
                    space = builder.Length > 0;
                    continue;
                }

                if (space)
                {
                    builder.Append(' ');
                    space = false;
                    if (builder.Length >= MaxChars)
                    {
                        return;
                    }
                }

                builder.Append(c);
            }
        }

        public override string ToString() => builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
