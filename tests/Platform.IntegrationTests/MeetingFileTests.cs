using System.Net;
using System.Security.Cryptography;
using System.Text;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The files of a meeting: documents the standing agency uploads on the meeting page, served back only to the
/// province's signed-in users, and the meeting as an <c>.ics</c> file for one's own calendar.
/// </summary>
public sealed class MeetingFileTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Province = "son-la";
    private HttpClient _secretariat = null!;

    public async Task InitializeAsync() => _secretariat = await host.SignInAsync("son-la.secretariat");

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A small but real PDF, with bytes of every value so nothing is re-encoded on the way.</summary>
    private static byte[] Pdf() =>
    [
        .. Encoding.ASCII.GetBytes("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n"),
        .. Enumerable.Range(0, 256).Select(b => (byte)b),
        .. Encoding.ASCII.GetBytes("\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
    ];

    private async Task<(Guid Meeting, string Download)> UploadedAsync(string title, string fileName, byte[] content)
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new(title, MeetingSteps.DaysAhead(15)));
        var form = await Forms.OpenAsync(_secretariat, $"/son-la/meetings/{meeting}/documents", "input[type=file]");
        var uploaded = await form.UploadAsync(_secretariat, fileName, content, "application/pdf");
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var page = await Html.ParseAsync(uploaded);
        Assert.Contains("Đã tải tài liệu lên.", page.Text(), StringComparison.Ordinal);
        var link = page.QuerySelectorAll("section[aria-labelledby=documents] li a").Single(a => a.Text() == fileName);
        return (meeting, link.GetAttribute("href")!);
    }

    [Fact]
    public async Task The_ZIP_of_a_meetings_record_holds_every_document_its_manifest_lists_with_matching_hashes()
    {
        var pdf = Pdf();
        var (meeting, _) = await UploadedAsync("Phiên họp lưu hồ sơ", "Dự thảo kế hoạch.pdf", pdf);
        var form = await Forms.OpenAsync(_secretariat, $"/son-la/meetings/{meeting}/documents", "input[type=file]");
        Assert.Equal(HttpStatusCode.OK, (await form.UploadAsync(_secretariat, "Dự thảo kế hoạch.pdf", [.. pdf, 1], "application/pdf")).StatusCode);
        var link = (await Html.GetAsync(_secretariat, $"/son-la/meetings/{meeting}/documents")).QuerySelector("#record-zip")!.GetAttribute("href")!;

        var response = await _secretariat.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync());
        using var manifest = System.Text.Json.JsonDocument.Parse(await ReadAsync(zip.GetEntry("manifest.json")!));
        Assert.Equal(meeting, manifest.RootElement.GetProperty("meeting").GetProperty("id").GetGuid());
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => (Path: f.GetProperty("path").GetString()!, Sha: f.GetProperty("sha256").GetString()!, Size: f.GetProperty("size").GetInt64())).ToList();
        // Every file in the ZIP is listed, and every file listed is there with the size and hash the manifest states.
        Assert.Equal(zip.Entries.Select(e => e.FullName).Where(n => n != "manifest.json").Order(), listed.Select(f => f.Path).Order());
        foreach (var (path, sha, size) in listed)
        {
            var bytes = await ReadAsync(zip.GetEntry(path)!);
            Assert.Equal(size, bytes.LongLength);
            Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }

        // The documents as stored (two of the same name both kept), and the invitation the meeting page offers.
        Assert.Contains(listed, f => f.Path == "tai-lieu/Dự thảo kế hoạch.pdf" && f.Sha == Convert.ToHexStringLower(SHA256.HashData(pdf)));
        Assert.Contains(listed, f => f.Path == "tai-lieu/Dự thảo kế hoạch (2).pdf");
        Assert.Contains(listed, f => f.Path == "van-ban/giay-moi.docx");
        Assert.DoesNotContain(listed, f => f.Path == "van-ban/thong-bao-ket-luan.docx");

        // Another province's official cannot take it.
        var dakLak = await host.SignInAsync("dak-lak.secretariat");
        Assert.NotEqual(HttpStatusCode.OK, (await dakLak.GetAsync(link)).StatusCode);
    }

    private static async Task<byte[]> ReadAsync(System.IO.Compression.ZipArchiveEntry entry)
    {
        await using var stream = entry.Open();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task A_PDF_uploaded_on_the_meeting_page_downloads_byte_for_byte_with_its_type()
    {
        var pdf = Pdf();
        var (meeting, download) = await UploadedAsync("Phiên họp có tài liệu", "Báo cáo quý IV.pdf", pdf);

        var response = await _secretariat.GetAsync(download);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Báo cáo quý IV.pdf", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), await host.Database.ScalarAsync<string>(
            $"select sha256 from meetings.documents where meeting_id = '{meeting}' and content_type = 'application/pdf' and size = {pdf.Length}"));
    }

    [Fact]
    public async Task The_audit_trail_records_an_uploaded_files_size_and_digest_not_its_content()
    {
        var pdf = Pdf();
        var since = await host.Database.ScalarAsync<long>("select coalesce(max(id), 0) from audit.entries");
        await UploadedAsync("Phiên họp có tài liệu được ghi nhật ký", "Phụ lục.pdf", pdf);

        var recorded = await host.Database.ScalarAsync<string>(
            $"select after::text from audit.entries where id > {since} and entity = 'meetings.DocumentContent' order by id desc limit 1");
        using var after = System.Text.Json.JsonDocument.Parse(recorded);
        var content = after.RootElement.GetProperty("Bytes");
        Assert.Equal(pdf.Length, content.GetProperty("bytes").GetInt32());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), content.GetProperty("sha256").GetString());
        Assert.DoesNotContain(Convert.ToBase64String(pdf)[..40], recorded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_a_type_not_accepted_is_refused_in_Vietnamese_and_not_stored()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Phiên họp thử tệp không nhận", MeetingSteps.DaysAhead(15)));
        var form = await Forms.OpenAsync(_secretariat, $"/son-la/meetings/{meeting}/documents", "input[type=file]");

        var refused = await form.UploadAsync(_secretariat, "cai-dat.exe", Encoding.ASCII.GetBytes("MZ\u0090\0 not a document"), "application/pdf");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Equal("Chỉ nhận tệp PDF, Word, Excel, PowerPoint, OpenDocument, PNG hoặc JPEG.",
            page.QuerySelector("section[aria-labelledby=documents] .field-error")!.Text());
        Assert.Contains("Chưa có tài liệu.", page.QuerySelector("section[aria-labelledby=documents]")!.Text(), StringComparison.Ordinal);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from meetings.documents where meeting_id = '{meeting}'"));
    }

    [Fact]
    public async Task Another_provinces_user_gets_404_for_a_documents_address()
    {
        var (meeting, download) = await UploadedAsync("Phiên họp có tài liệu nội bộ", "Du-thao-ket-luan.pdf", Pdf());
        var dakLak = await host.SignInAsync("dak-lak.secretariat");

        var asked = await dakLak.GetAsync(download);
        var throughOwnProvince = await dakLak.GetAsync(download.Replace("/son-la/", "/dak-lak/", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, asked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, throughOwnProvince.StatusCode);
        Assert.DoesNotContain("%PDF", await throughOwnProvince.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith($"/son-la/meetings/{meeting}/documents/", download, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_user_asking_for_a_document_is_sent_to_sign_in()
    {
        var (_, download) = await UploadedAsync("Phiên họp có tài liệu cần đăng nhập", "Chuong-trinh.pdf", Pdf());
        var anonymous = host.CreateClient(new() { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync(download);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = Uri.UnescapeDataString(response.Headers.Location!.OriginalString);
        Assert.Contains("/account/login?ReturnUrl=" + download, location, StringComparison.Ordinal);
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_ics_file_of_a_meeting_puts_it_in_a_calendar_at_its_UTC_time()
    {
        var startsAt = MeetingSteps.DaysAhead(12, hour: 8);
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Phiên họp thử lịch, ngày; giờ", startsAt));
        var member = await host.SignInAsync("son-la.member");

        var response = await member.GetAsync($"/son-la/meetings/{meeting}/ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var lines = text.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n");
        Assert.Contains($"DTSTART:{startsAt.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}", lines);
        Assert.Contains($"DTEND:{startsAt.AddMinutes(120).UtcDateTime:yyyyMMdd'T'HHmmss'Z'}", lines);
        Assert.Contains(@"SUMMARY:Phiên họp thử lịch\, ngày\; giờ", lines);
        Assert.Contains($"UID:{meeting}@platform", lines);
    }
}
