using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Platform.Core.Documents;
using Platform.Sdk.Documents;
using Platform.Sdk.Structure;

namespace Platform.Core.Tests.Documents;

/// <summary>
/// Decree 30/2020/NĐ-CP, Appendix I, as officials check a document before signing it: each test writes a document,
/// opens the file again with the same library and reads the part it is about.
/// </summary>
public sealed class OfficialDocumentWriterTests
{
    private static readonly DocumentRules Heading = new("UBND TỈNH THỬ NGHIỆM", "BAN CHỈ ĐẠO THỬ NGHIỆM", "BCĐ", "Thử Nghiệm");

    private static OfficialDocument Notice(SeatRole signer = SeatRole.Head, string? number = "12", DateOnly? date = null) => new(
        Heading,
        number,
        "TB",
        date ?? new DateOnly(2026, 12, 5),
        "THÔNG BÁO",
        "Kết luận của người chủ trì tại phiên họp quý IV",
        [new TextBlock("Ngày 04/12/2026, Ban Chỉ đạo họp phiên thường kỳ."), new TextBlock("1. Sở Khoa học và Công nghệ hoàn thành báo cáo.")],
        Signature.ForSeat(signer, "Nguyễn Văn A", "Ủy ban nhân dân tỉnh Thử Nghiệm"),
        ["Thành viên thứ ba", "Thành viên thứ nhất", "Thành viên thứ hai", "Lưu: VT"]);

    private static WordprocessingDocument Open(OfficialDocument document) =>
        WordprocessingDocument.Open(new MemoryStream(OfficialDocumentWriter.ToBytes(document)), false);

    /// <summary>Every paragraph's text, in document order.</summary>
    private static List<string> Lines(WordprocessingDocument doc) =>
        [.. doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0)];

    [Fact]
    public void The_heading_carries_the_national_title_the_motto_the_issuing_body_under_its_governing_body_and_the_number()
    {
        using var doc = Open(Notice());
        var lines = Lines(doc);

        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", lines);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", lines);
        Assert.True(lines.IndexOf("UBND TỈNH THỬ NGHIỆM") < lines.IndexOf("BAN CHỈ ĐẠO THỬ NGHIỆM"), "the governing body stands above the committee");
        Assert.Contains("Số: 12/TB-BCĐ", lines);
        Assert.Contains("THÔNG BÁO", lines);
        Assert.Contains("Kết luận của người chủ trì tại phiên họp quý IV", lines);
    }

    [Fact]
    public void A_body_with_none_above_it_heads_the_document_alone_with_no_empty_line_over_its_name()
    {
        // The PPC issuing its own decision (Appendix I, 1.2): its name in full, no governing body line.
        var decision = Notice() with { Heading = Heading with { GoverningBody = "", IssuingBody = "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM", Symbol = "UBND" }, TypeCode = "QĐ" };
        using var doc = Open(decision);

        var issuer = doc.MainDocumentPart!.Document.Body!.Elements<Table>().First().Elements<TableRow>().First().Elements<TableCell>().First();
        Assert.Equal(["ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM", "________", "Số: 12/QĐ-UBND"], issuer.Elements<Paragraph>().Select(p => p.InnerText));
    }

    [Theory]
    [InlineData(2026, 12, 5, "Thử Nghiệm, ngày 05 tháng 12 năm 2026")]
    [InlineData(2026, 2, 14, "Thử Nghiệm, ngày 14 tháng 02 năm 2026")]
    [InlineData(2026, 3, 1, "Thử Nghiệm, ngày 01 tháng 3 năm 2026")]
    public void The_date_is_written_in_words_with_a_zero_before_days_under_ten_and_months_under_three(int year, int month, int day, string expected)
    {
        using var doc = Open(Notice(date: new DateOnly(year, month, day)));
        Assert.Contains(expected, Lines(doc));
    }

    [Fact]
    public void A_draft_without_a_number_leaves_room_for_it_before_the_symbol()
    {
        using var doc = Open(Notice(number: null));
        Assert.Contains(Lines(doc), l => l.StartsWith("Số: ", StringComparison.Ordinal) && l.EndsWith("/TB-BCĐ", StringComparison.Ordinal) && l.Trim().Length > "Số: /TB-BCĐ".Length);
    }

    [Theory]
    [InlineData(SeatRole.Head, "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN")]
    [InlineData(SeatRole.StandingDeputy, "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")]
    [InlineData(SeatRole.Deputy, "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")]
    public void The_signature_block_names_the_signing_form_then_the_title_then_the_signer(SeatRole role, string form, string title)
    {
        using var doc = Open(Notice(signer: role));
        var lines = Lines(doc);

        var at = lines.IndexOf(form);
        Assert.True(at >= 0, $"'{form}' is printed");
        Assert.Equal(title, lines[at + 1]);
        Assert.Contains("(Ký, đóng dấu Ủy ban nhân dân tỉnh Thử Nghiệm)", lines);
        Assert.True(lines.IndexOf("Nguyễn Văn A") > at, "the name comes under the title");
    }

    [Fact]
    public void The_recipients_are_listed_in_the_order_given_and_the_archive_closes_the_list()
    {
        using var doc = Open(Notice());
        var lines = Lines(doc);
        var start = lines.IndexOf("Nơi nhận:");

        Assert.Equal(
            ["- Thành viên thứ ba;", "- Thành viên thứ nhất;", "- Thành viên thứ hai;", "- Lưu: VT."],
            lines.Skip(start + 1).Take(4));
    }

    [Fact]
    public void The_page_is_A4_with_the_decrees_margins_and_Times_New_Roman_at_14_points()
    {
        using var doc = Open(Notice());
        var section = doc.MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        static double Mm(double twips) => Math.Round(twips / 1440 * 25.4);

        Assert.Equal((210d, 297d), (Mm(size.Width!.Value), Mm(size.Height!.Value)));
        Assert.InRange(Mm(margin.Top!.Value), 20, 25);
        Assert.InRange(Mm(margin.Bottom!.Value), 20, 25);
        Assert.InRange(Mm(margin.Left!.Value), 30, 35);
        Assert.InRange(Mm(margin.Right!.Value), 15, 20);

        var defaults = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.InRange(int.Parse(defaults.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture) / 2, 13, 14);
    }

    [Fact]
    public void Page_numbers_start_on_the_second_page()
    {
        using var doc = Open(Notice());
        var section = doc.MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!;
        Assert.NotNull(section.GetFirstChild<TitlePage>());

        HeaderPart Header(HeaderFooterValues type) => (HeaderPart)doc.MainDocumentPart.GetPartById(
            section.Elements<HeaderReference>().Single(h => h.Type!.Value == type).Id!.Value!);
        Assert.DoesNotContain(Header(HeaderFooterValues.First).Header!.Descendants<FieldCode>(), f => f.Text.Contains("PAGE", StringComparison.Ordinal));
        Assert.Contains(Header(HeaderFooterValues.Default).Header!.Descendants<FieldCode>(), f => f.Text.Contains("PAGE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_in_the_body_keeps_its_rows_in_order()
    {
        var document = Notice() with
        {
            Body = [new TableBlock(["STT", "Họ và tên"], [["1", "Trần Thị B"], ["2", "Lê Văn C"]])],
        };
        using var doc = Open(document);
        var rows = doc.MainDocumentPart!.Document.Body!.Descendants<TableRow>()
            .Select(r => string.Join("|", r.Elements<TableCell>().Select(c => c.InnerText)))
            .ToList();

        Assert.Equal(["STT|Họ và tên", "1|Trần Thị B", "2|Lê Văn C"], rows.Where(r => r.Contains('|', StringComparison.Ordinal) && (r.StartsWith("STT", StringComparison.Ordinal) || char.IsDigit(r[0]))));
    }

    [Fact]
    public void Minutes_put_the_secretary_left_and_the_chair_right_on_one_row_with_the_recipients_under_both()
    {
        var minutes = Notice() with
        {
            TypeCode = "BB",
            Title = "BIÊN BẢN",
            Signature = new Signature(null, "CHỦ TRÌ", "Nguyễn Văn A", null),
            Recipients = ["Các thành viên Ban Chỉ đạo", "Lưu: VT"],
            CoSignature = new Signature(null, "THƯ KÝ", "Trần Thị B", null),
        };
        using var doc = Open(minutes);

        var signatures = doc.MainDocumentPart!.Document.Body!.Elements<Table>().Last();
        var rows = signatures.Elements<TableRow>().ToList();
        Assert.Equal(2, rows.Count);
        var top = rows[0].Elements<TableCell>().Select(c => c.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList()).ToList();
        Assert.Equal(["THƯ KÝ", "(Ký)", "Trần Thị B"], top[0]);
        Assert.Equal(["CHỦ TRÌ", "(Ký)", "Nguyễn Văn A"], top[1]);
        Assert.Equal(["Nơi nhận:", "- Các thành viên Ban Chỉ đạo;", "- Lưu: VT."],
            rows[1].Elements<TableCell>().First().Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0));
    }
}
