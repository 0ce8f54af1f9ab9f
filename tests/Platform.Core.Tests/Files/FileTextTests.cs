using System.Text;
using Platform.Core.Files;
using Platform.Testing;

namespace Platform.Core.Tests.Files;

/// <summary>The text inside attached files, as the province's search reads it: each test writes a file and reads it back.</summary>
public sealed class FileTextTests
{
    [Fact]
    public void A_word_document_gives_its_paragraphs_with_words_split_between_runs_joined()
    {
        var bytes = SampleFiles.Docx("Kế hoạch chuyển đổi số năm 2027", "Sở   Khoa học\tvà Công nghệ");

        var text = FileText.Extract("ke-hoach.docx", UploadPolicy.Types[".docx"], bytes);

        Assert.Equal("Kế hoạch chuyển đổi số năm 2027 Sở Khoa học và Công nghệ", text);
    }

    [Fact]
    public void A_workbook_gives_its_shared_and_inline_strings_and_numbers()
    {
        var bytes = SampleFiles.Xlsx("Dữ liệu dân cư", "Đề án 06", 1234.5);

        var text = FileText.Extract("so-lieu.xlsx", UploadPolicy.Types[".xlsx"], bytes);

        Assert.Equal("Dữ liệu dân cư Đề án 06 1234.5", text);
    }

    [Fact]
    public void An_opendocument_text_gives_its_paragraphs()
    {
        var bytes = SampleFiles.Odt("Báo cáo quý IV", "Hạ tầng số & an toàn thông tin");

        var text = FileText.Extract("bao-cao.odt", UploadPolicy.Types[".odt"], bytes);

        Assert.Equal("Báo cáo quý IV Hạ tầng số & an toàn thông tin", text);
    }

    [Fact]
    public void A_pdf_gives_the_words_of_its_text_layer()
    {
        var bytes = SampleFiles.Pdf("Digital transformation plan", "Population data platform");

        var text = FileText.Extract("plan.pdf", UploadPolicy.Types[".pdf"], bytes);

        Assert.NotNull(text);
        Assert.Contains("Digital transformation plan", text, StringComparison.Ordinal);
        Assert.Contains("Population data platform", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_is_read_as_utf8_with_white_space_collapsed()
    {
        var text = FileText.Extract("danh-sach.csv", "text/csv", Encoding.UTF8.GetBytes("\uFEFFMã;Tên\r\n01;Sở Tư pháp\r\n"));

        Assert.Equal("Mã;Tên 01;Sở Tư pháp", text);
    }

    [Theory]
    [InlineData("hong.docx")]
    [InlineData("hong.xlsx")]
    [InlineData("hong.odt")]
    [InlineData("hong.pdf")]
    public void A_damaged_file_gives_no_text_and_no_exception(string name)
    {
        var damaged = "PK\u0003\u0004 not really a zip %PDF-1.7 nor a pdf"u8.ToArray();

        Assert.Null(FileText.Extract(name, "application/octet-stream", damaged));
    }

    [Fact]
    public void A_truncated_pdf_gives_no_text_and_no_exception()
    {
        var bytes = SampleFiles.Pdf("Truncated file");

        Assert.Null(FileText.Extract("cut.pdf", UploadPolicy.Types[".pdf"], bytes[..(bytes.Length / 3)]));
    }

    [Fact]
    public void Images_and_legacy_office_files_have_no_text()
    {
        Assert.Null(FileText.Extract("anh.png", "image/png", [0x89, 0x50, 0x4E, 0x47]));
        Assert.Null(FileText.Extract("cu.doc", "application/msword", [0xD0, 0xCF, 0x11, 0xE0]));
    }

    [Fact]
    public void The_text_kept_is_capped()
    {
        var line = string.Concat(Enumerable.Repeat("chuyển đổi số ", 2000));
        var bytes = SampleFiles.Docx([.. Enumerable.Repeat(line, 50)]);

        var text = FileText.Extract("dai.docx", UploadPolicy.Types[".docx"], bytes);

        Assert.NotNull(text);
        Assert.Equal(FileText.MaxChars, text.Length);
    }
}
