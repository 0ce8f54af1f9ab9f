using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Platform.Core.Documents;

/// <summary>
/// Writes an <see cref="OfficialDocument"/> as a Word document laid out as Decree 30/2020/NĐ-CP, Appendix I asks:
/// A4 portrait, Times New Roman, margins top and bottom 20 mm, left 30 mm, right 15 mm, the page number centred in the
/// top margin from the second page on; the heading table (issuing body left, national title and motto right), number
/// and place/date, the type and summary centred in bold, the body justified at 14 pt, then the recipients list left and
/// the signature block right. No office suite is needed.
/// </summary>
public static class OfficialDocumentWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The national title (quốc hiệu) and motto (tiêu ngữ), Decree 30, Appendix I, 1.1.</summary>
    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>The font and sizes (half-points): body 14 pt, heading 13 pt, recipients 12 and 11 pt.</summary>
    public const string Font = "Times New Roman";

    public const int BodySize = 28;
    private const int HeadingSize = 26;
    private const int RecipientsTitleSize = 24;
    private const int RecipientsSize = 22;

    /// <summary>A4 in twentieths of a point, and the margins (1 mm ≈ 56.7 twips).</summary>
    public const int PageWidth = 11906;

    public const int PageHeight = 16838;
    public const int MarginTop = 1134;    // 20 mm
    public const int MarginBottom = 1134; // 20 mm
    public const int MarginLeft = 1701;   // 30 mm
    public const int MarginRight = 850;   // 15 mm

    private const int TextWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>Writes the document to <paramref name="output"/> (a seekable stream: memory or a file).</summary>
    public static void Write(Stream output, OfficialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunProperties(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));

        // Page numbers from the second page (Decree 30, Appendix I, 1.10): a first-page header left empty.
        var firstHeader = main.AddNewPart<HeaderPart>();
        firstHeader.Header = new Header(new Paragraph());
        var pageHeader = main.AddNewPart<HeaderPart>();
        pageHeader.Header = new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("2")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));

        var body = new Body();
        body.Append(HeadingTable(document));
        body.Append(Para(JustificationValues.Center, 240, 0, Bold(document.Title)));
        body.Append(Para(JustificationValues.Center, 0, 120, Bold(document.Summary)));
        body.Append(Para(JustificationValues.Center, 0, 240, Plain("__________")));
        foreach (var block in document.Body)
        {
            body.Append(block switch
            {
                TextBlock t => BodyParagraph(t),
                TableBlock t => BodyTable(t),
                _ => throw new ArgumentOutOfRangeException(nameof(document), block.GetType().Name),
            });
            if (block is TableBlock)
            {
                body.Append(new Paragraph());
            }
        }

        body.Append(SignatureTable(document));
        body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstHeader) },
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(pageHeader) },
            new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
            new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 567, Footer = 567, Gutter = 0 },
            new TitlePage()));
        main.Document = new Document(body);
        main.Document.Save();
    }

    /// <summary>Writes the document to a byte array.</summary>
    public static byte[] ToBytes(OfficialDocument document)
    {
        using var memory = new MemoryStream();
        Write(memory, document);
        return memory.ToArray();
    }

    // The heading (Decree 30, Appendix I, 1.1–1.4): left the governing body (upper case) and the committee (upper
    // case, bold) with the number under them; right the national title (bold, 13 pt), the motto (bold, 14 pt) and the
    // place and date (italic). A body with none above it (the PPC issuing its own decision) has no governing body line.
    private static Table HeadingTable(OfficialDocument d)
    {
        var left = new TableCell(Width(TextWidth * 2 / 5));
        if (!string.IsNullOrEmpty(d.Heading.GoverningBody))
        {
            left.Append(Para(JustificationValues.Center, 0, 0, Sized(d.Heading.GoverningBody, HeadingSize)));
        }

        left.Append(
            Para(JustificationValues.Center, 0, 0, Sized(d.Heading.IssuingBody, HeadingSize, bold: true)),
            Para(JustificationValues.Center, 0, 0, Sized("________", HeadingSize)),
            Para(JustificationValues.Center, 120, 0, Sized(d.NumberLine, HeadingSize)));
        var right = new TableCell(
            Width(TextWidth * 3 / 5),
            Para(JustificationValues.Center, 0, 0, Sized(NationalTitle, HeadingSize, bold: true)),
            Para(JustificationValues.Center, 0, 0, Sized(Motto, BodySize, bold: true)),
            Para(JustificationValues.Center, 0, 0, Sized("________________________", BodySize)),
            Para(JustificationValues.Center, 120, 0, Italic(d.PlaceAndDate)));
        return new Table(Borderless(), new TableGrid(new GridColumn { Width = (TextWidth * 2 / 5).ToString(System.Globalization.CultureInfo.InvariantCulture) }, new GridColumn { Width = (TextWidth * 3 / 5).ToString(System.Globalization.CultureInfo.InvariantCulture) }), new TableRow(left, right));
    }

    // Left the recipients (Decree 30, Appendix I, 1.9: "Nơi nhận:" bold italic 12 pt, each line 11 pt, "- …;", the
    // last "- Lưu: VT, …."); right the signing form, the title, room for the signature and seal, and the name.
    private static Table SignatureTable(OfficialDocument d)
    {
        var recipients = new TableCell(Width(TextWidth / 2), Para(JustificationValues.Left, 240, 0, new Run(
            new RunProperties(new Bold(), new Italic(), new FontSize { Val = RecipientsTitleSize.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            new Text("Nơi nhận:"))));
        for (var i = 0; i < d.Recipients.Count; i++)
        {
            var last = i == d.Recipients.Count - 1;
            recipients.Append(Para(JustificationValues.Left, 0, 0, Sized($"- {d.Recipients[i]}{(last ? "." : ";")}", RecipientsSize)));
        }

        var sign = SignatureCell(d.Signature);
        if (d.CoSignature is { } co)
        {
            // Two signers side by side (minutes: the secretary left, the chair right), the recipients under them.
            return new Table(Borderless(), new TableGrid(new GridColumn(), new GridColumn()),
                new TableRow(SignatureCell(co), sign),
                new TableRow(recipients, new TableCell(Width(TextWidth / 2), new Paragraph())));
        }

        return new Table(Borderless(), new TableGrid(new GridColumn(), new GridColumn()), new TableRow(recipients, sign));
    }

    // The signing form, the title, room for the signature and seal, and the name.
    private static TableCell SignatureCell(Signature s)
    {
        var sign = new TableCell(Width(TextWidth / 2));
        if (s.Form is { } form)
        {
            sign.Append(Para(JustificationValues.Center, 240, 0, Bold(form)));
        }

        sign.Append(Para(JustificationValues.Center, s.Form is null ? 240 : 0, 0, Bold(s.SignerTitle)));
        sign.Append(Para(JustificationValues.Center, 240, 0, Sized(s.Seal is { } seal ? $"(Ký, đóng dấu {seal})" : "(Ký)", RecipientsSize, italic: true)));
        sign.Append(new Paragraph(), new Paragraph(), new Paragraph());
        sign.Append(Para(JustificationValues.Center, 0, 0, Bold(s.SignerName ?? string.Empty)));
        return sign;
    }

    private static Paragraph BodyParagraph(TextBlock t) => new(
        new ParagraphProperties(
            new SpacingBetweenLines { Before = "60", After = "60" },
            new Indentation { FirstLine = "567" },
            new Justification { Val = JustificationValues.Both }),
        t.Bold ? Bold(t.Text) : Plain(t.Text));

    private static Table BodyTable(TableBlock t)
    {
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(borders, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        table.Append(new TableRow(t.Header.Select(h => new TableCell(Para(JustificationValues.Center, 0, 0, Sized(h, HeadingSize, bold: true))))));
        foreach (var row in t.Rows)
        {
            table.Append(new TableRow(row.Select(c => new TableCell(Para(JustificationValues.Left, 0, 0, Sized(c, HeadingSize))))));
        }

        return table;
    }

    private static TableProperties Borderless() => new(
        new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
        new TableBorders(
            new TopBorder { Val = BorderValues.None },
            new BottomBorder { Val = BorderValues.None },
            new LeftBorder { Val = BorderValues.None },
            new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None },
            new InsideVerticalBorder { Val = BorderValues.None }),
        new TableLayout { Type = TableLayoutValues.Fixed });

    private static TableCellProperties Width(int twips) =>
        new(new TableCellWidth { Width = twips.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });

    private static Paragraph Para(JustificationValues align, int before, int after, Run run) => new(
        new ParagraphProperties(
            new SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new Justification { Val = align }),
        run);

    private static Run Plain(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Run Bold(string text) => new(new RunProperties(new Bold()), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Run Italic(string text) => new(new RunProperties(new Italic()), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Run Sized(string text, int size, bool bold = false, bool italic = false)
    {
        var props = new RunProperties();
        if (bold)
        {
            props.Append(new Bold());
        }

        if (italic)
        {
            props.Append(new Italic());
        }

        props.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
