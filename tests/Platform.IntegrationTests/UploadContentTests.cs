using System.IO.Compression;
using System.Net;
using System.Text;

namespace Platform.IntegrationTests;

/// <summary>
/// Uploads are judged by their bytes, not only their name: a program renamed <c>.pdf</c> is refused, each accepted
/// type is recognised by its signature, names lose any path and control characters, and a file over 20 MB gets the
/// message, not a fault.
/// </summary>
public sealed class UploadContentTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private HttpClient _secretariat = null!;

    public async Task InitializeAsync() => _secretariat = await host.SignInAsync("son-la.secretariat");

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A zip holding what a Word document holds first: its content types.</summary>
    internal static byte[] Docx() => Zip(("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.NoCompression).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }

    private async Task<(Guid Meeting, OpenForm Form)> MeetingFormAsync(string title)
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, "son-la", new(title, MeetingSteps.DaysAhead(15)));
        return (meeting, await Forms.OpenAsync(_secretariat, $"/son-la/meetings/{meeting}/documents", "input[type=file]"));
    }

    private Task<long> DocumentsAsync(Guid meeting) =>
        host.Database.ScalarAsync<long>($"select count(*) from meetings.documents where meeting_id = '{meeting}'");

    [Fact]
    public async Task A_program_renamed_pdf_is_refused_by_its_content_and_nothing_is_stored()
    {
        var (meeting, form) = await MeetingFormAsync("Phiên họp thử tệp đổi tên");

        var refused = await form.UploadAsync(_secretariat, "bao-cao.pdf", Encoding.ASCII.GetBytes("MZ\u0090\0\u0003\0\0\0 This program cannot be run in DOS mode."), "application/pdf");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("Nội dung tệp không đúng loại tệp theo phần mở rộng (ví dụ một chương trình đổi tên thành .pdf).",
            (await Html.ParseAsync(refused)).QuerySelector("section[aria-labelledby=documents] .field-error")!.Text());
        Assert.Equal(0L, await DocumentsAsync(meeting));
    }

    [Fact]
    public async Task A_picture_whose_bytes_are_a_script_is_refused()
    {
        var evidence = Encoding.UTF8.GetBytes("<script>alert(1)</script>");
        var (meeting, form) = await MeetingFormAsync("Phiên họp thử ảnh giả");

        var refused = await form.UploadAsync(_secretariat, "anh.png", evidence, "image/png");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(0L, await DocumentsAsync(meeting));
    }

    [Theory]
    [InlineData("so-lieu.docx", "docx")]
    [InlineData("bang.ods", "ods")]
    [InlineData("so-do.png", "png")]
    [InlineData("anh.jpg", "jpg")]
    [InlineData("cu.doc", "doc")]
    public async Task Each_accepted_type_is_recognised_by_its_signature(string fileName, string kind)
    {
        var bytes = kind switch
        {
            "docx" => Docx(),
            "ods" => Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<office:document-content/>")),
            "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52],
            "jpg" => [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46],
            _ => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
        };
        var (meeting, form) = await MeetingFormAsync("Phiên họp thử loại tệp " + kind);

        var uploaded = await form.UploadAsync(_secretariat, fileName, bytes, "application/octet-stream");

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Equal(1L, await DocumentsAsync(meeting));
    }

    [Fact]
    public async Task An_OpenDocument_file_must_name_its_own_type_in_its_mimetype_entry()
    {
        var (meeting, form) = await MeetingFormAsync("Phiên họp thử OpenDocument sai loại");

        var refused = await form.UploadAsync(_secretariat, "van-ban.odt", Zip(("mimetype", "application/x-msdownload")), "application/octet-stream");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(0L, await DocumentsAsync(meeting));
    }

    [Fact]
    public async Task A_path_traversal_name_is_stored_without_its_path_or_control_characters()
    {
        var (meeting, form) = await MeetingFormAsync("Phiên họp thử tên tệp");

        var uploaded = await form.UploadAsync(_secretariat, "..\\..\\..\\etc/../windows\\Ke\u0000 hoach\u202Efdp.\r\nnam 2027.pdf", Pdf, "application/pdf");

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var stored = await host.Database.ScalarAsync<string>($"select file_name from meetings.documents where meeting_id = '{meeting}'");
        Assert.Equal("Ke hoachfdp.nam 2027.pdf", stored);
    }

    [Fact]
    public async Task A_file_over_20_MB_gets_the_message_not_a_fault()
    {
        var (meeting, form) = await MeetingFormAsync("Phiên họp thử tệp lớn");
        var big = new byte[(20 * 1024 * 1024) + 1];
        Pdf.CopyTo(big, 0);

        var refused = await form.UploadAsync(_secretariat, "qua-lon.pdf", big, "application/pdf");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("Tệp lớn hơn 20 MB.", (await Html.ParseAsync(refused)).QuerySelector("section[aria-labelledby=documents] .field-error")!.Text());
        Assert.Equal(0L, await DocumentsAsync(meeting));
    }
}
