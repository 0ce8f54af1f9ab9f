using System.Net;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Security classification of a meeting's documents: a restricted document is listed, found, downloaded and zipped only
/// for the standing agency and the leaders; a state secret is never stored on the Platform, only its reference and where
/// the paper is kept (Law on Protection of State Secrets No. 29/2018/QH14; Đắk Lắk, Art. 10.4).
/// </summary>
public sealed class DocumentClassificationTests(MeetingHost host) : IClassFixture<MeetingHost>
{
    /// <summary>A Word document holding <paramref name="words"/>.</summary>
    private static byte[] Docx(string words)
    {
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text(words)))));
        }

        return stream.ToArray();
    }

    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static string Documents(Guid meeting) => $"/son-la/meetings/{meeting}/documents";

    [Fact]
    public async Task A_restricted_document_is_read_listed_found_and_zipped_only_by_the_standing_agency_and_the_leaders()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var meeting = await MeetingSteps.ScheduleAsync(secretariat, "son-la", new("Phiên họp tài liệu hạn chế", MeetingSteps.DaysAhead(12)));
        var form = await Forms.OpenAsync(secretariat, Documents(meeting), "input[type=file]");
        var uploaded = await form.UploadAsync(secretariat, "Phương án nhân sự.docx", Docx("Phương án bố trí nhân sự tổ công tác chuyển đổi số"), WordType,
            new Dictionary<string, string> { ["classification"] = "1" });
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var page = await Html.ParseAsync(uploaded);
        var item = page.QuerySelectorAll("section[aria-labelledby=documents] li").Single(li => li.TextContent.Contains("Phương án nhân sự.docx", StringComparison.Ordinal));
        Assert.Contains("Hạn chế", item.QuerySelector(".badge")!.TextContent, StringComparison.Ordinal);
        var download = item.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await secretariat.GetAsync(download)).StatusCode);

        var leader = await host.SignInAsync("son-la.leader");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(download)).StatusCode);
        Assert.Contains((await Html.GetAsync(leader, Documents(meeting))).QuerySelectorAll("section[aria-labelledby=documents] li a"),
            a => a.TextContent == "Phương án nhân sự.docx");

        // A member reads the meeting but not the restricted document: not listed, not served, not found, not zipped.
        var member = await host.SignInAsync("son-la.member");
        var seen = await Html.GetAsync(member, Documents(meeting));
        Assert.DoesNotContain("Phương án nhân sự.docx", seen.QuerySelector("section[aria-labelledby=documents]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(download)).StatusCode);
        var found = await Html.GetAsync(member, "/son-la/tim-kiem?q=" + Uri.EscapeDataString("bo tri nhan su to cong tac"));
        Assert.DoesNotContain(found.QuerySelectorAll("ol.search-results a"), a => a.GetAttribute("href") == $"/son-la/meetings/{meeting}");
        Assert.DoesNotContain(await ZipEntriesAsync(member, meeting), e => e.Contains("Phương án nhân sự", StringComparison.Ordinal));

        // The standing agency finds it and has it in the meeting's ZIP.
        var theirs = await Html.GetAsync(secretariat, "/son-la/tim-kiem?q=" + Uri.EscapeDataString("bo tri nhan su to cong tac"));
        Assert.Contains(theirs.QuerySelectorAll("ol.search-results a"), a => a.GetAttribute("href") == $"/son-la/meetings/{meeting}");
        Assert.Contains("tai-lieu/Phương án nhân sự.docx", await ZipEntriesAsync(secretariat, meeting));
    }

    [Fact]
    public async Task A_secret_document_is_never_uploaded_only_its_reference_and_where_the_paper_is_kept_are_recorded()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var meeting = await MeetingSteps.ScheduleAsync(secretariat, "son-la", new("Phiên họp tài liệu mật", MeetingSteps.DaysAhead(13)));

        // A file sent as secret is refused, with the law named, and nothing is stored.
        var form = await Forms.OpenAsync(secretariat, Documents(meeting), "input[type=file]");
        var refused = await Html.ParseAsync(await form.UploadAsync(secretariat, "Kế hoạch mật.docx", Docx("nội dung mật"), WordType,
            new Dictionary<string, string> { ["classification"] = "2" }));
        Assert.Contains("29/2018/QH14", refused.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await host.Database.ScalarAsync<long>($"select count(*) from meetings.documents where meeting_id = '{meeting}'"));

        // Its reference without where the paper is kept is refused, keeping what was typed.
        var missing = await Html.ParseAsync(await Forms.SubmitAsync(secretariat, Documents(meeting), "#secret-reference",
            new Dictionary<string, string> { ["Secret.Reference"] = "Số 12/KH-CAT-PV01: phương án bảo vệ", ["Secret.Degree"] = "3", ["Secret.KeptAt"] = "" }));
        Assert.Contains("nơi lưu giữ bản giấy", missing.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Số 12/KH-CAT-PV01: phương án bảo vệ", missing.QuerySelector("#secret-reference")!.GetAttribute("value"));
        Assert.Equal("3", missing.QuerySelector("#secret-degree option[selected]")!.GetAttribute("value"));

        var recorded = await Html.ParseAsync(await Forms.SubmitAsync(secretariat, Documents(meeting), "#secret-reference",
            new Dictionary<string, string> { ["Secret.Reference"] = "Số 12/KH-CAT-PV01: phương án bảo vệ", ["Secret.Degree"] = "3", ["Secret.KeptAt"] = "Văn thư mật, Công an tỉnh" }));
        var item = recorded.QuerySelectorAll("section[aria-labelledby=documents] li").Single(li => li.TextContent.Contains("12/KH-CAT-PV01", StringComparison.Ordinal));
        Assert.Contains("Tối mật", item.QuerySelector(".badge")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Văn thư mật, Công an tỉnh", item.TextContent, StringComparison.Ordinal);
        Assert.Null(item.QuerySelector("a"));
        Assert.Equal(0, await host.Database.ScalarAsync<long>(
            $"select count(*) from meetings.document_contents c join meetings.documents d on d.id = c.id where d.meeting_id = '{meeting}'"));

        // The year's archive register lists the reference, with where the paper is kept.
        var year = Platform.Core.Dates.VietnamTime.Today(TimeProvider.System).Year;
        var register = await Html.GetAsync(secretariat, $"/son-la/luu-tru/{year}");
        Assert.Contains("12/KH-CAT-PV01", register.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Văn thư mật, Công an tỉnh", register.Body!.TextContent, StringComparison.Ordinal);

        // The database itself refuses a secret document that describes a stored file.
        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.Database.ExecuteAsync(
            $"update meetings.documents set sha256 = 'abc', size = 3 where meeting_id = '{meeting}'"));
        Assert.Contains("ck_documents_secret_has_no_file", error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<string>> ZipEntriesAsync(HttpClient client, Guid meeting)
    {
        var response = await client.GetAsync($"/son-la/meetings/{meeting}/ho-so");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync());
        return [.. zip.Entries.Select(e => e.FullName)];
    }
}
