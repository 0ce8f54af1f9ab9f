using System.Net;
using AngleSharp.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Platform.Core.Security;

namespace Platform.IntegrationTests;

/// <summary>
/// A member's periodic report (Sơn La, Art. 12.4) as a Decree 30 document: issued by the member's own agency under the
/// province's governing body, sealed with that agency's seal, dated the day it was sent, its sections numbered, its
/// recipients the stage's; the printable page says what the file says; a draft is its author's alone and no other
/// province reaches it. Uses its own period of 2028, ahead of the real clock.
/// </summary>
public sealed class ReportDocumentsTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Seat = "giam-doc-so-tai-chinh";

    public Task InitializeAsync()
    {
        host.Clock.Now = null;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        host.Clock.Now = null;
        return Task.CompletedTask;
    }

    private static async Task<OpenForm> FormAsync(HttpClient client, string url, string handler)
    {
        var page = await Html.GetAsync(client, url);
        var button = page.QuerySelectorAll("button[formaction]").First(b => b.GetAttribute("formaction")!.EndsWith("handler=" + handler, StringComparison.Ordinal) && b.GetAttribute("name") is null);
        var form = button.Closest("form")!;
        return new OpenForm(button.GetAttribute("formaction")!, form.GetAttribute("enctype")!, Forms.Fields(form), form.QuerySelector("input[type=file]")?.GetAttribute("name"));
    }

    private static async Task<List<string>> DocxLinesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        return [.. doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0)];
    }

    [Fact]
    public async Task A_sent_report_is_a_Decree_30_document_of_the_members_agency_and_its_printable_page_matches()
    {
        host.Clock.Now = new DateTimeOffset(2028, 9, 8, 9, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();
        var author = await host.SignInHoldingAsync("son-la", Seat, ProvinceRole.Member);
        var write = $"/son-la/reports/write?ky=Q3-2028&buoc=thanh-vien&ai={Seat}";
        var sent = await (await FormAsync(author, write, "Submit")).SendAsync(author, new Dictionary<string, string>
        {
            ["Form.Results"] = "Thu ngân sách từ dịch vụ công trực tuyến tăng.\nHoàn thành số hóa hồ sơ thuế.",
        });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        var reader = await host.SignInAsync("son-la.viewer");
        var href = (await Html.GetAsync(reader, write)).QuerySelector("a[data-official='report']")?.GetAttribute("href") ?? "";
        Assert.Equal($"/son-la/reports/official?ky=Q3-2028&buoc=thanh-vien&ai={Seat}&ban=1", href);
        var lines = await DocxLinesAsync(await reader.GetAsync(href + "&handler=Docx"));

        Assert.Equal(["UBND TỈNH SƠN LA", "SỞ TÀI CHÍNH"], lines.Take(2));
        var title = lines.IndexOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", lines[title + 1]);
        Assert.Contains(lines, l => l.StartsWith("Số: ", StringComparison.Ordinal) && l.EndsWith("/BC-......", StringComparison.Ordinal));
        Assert.Contains("Sơn La, ngày 08 tháng 9 năm 2028", lines);
        var type = lines.IndexOf("BÁO CÁO");
        Assert.Equal("Báo cáo quý III năm 2028 (Báo cáo của thành viên)", lines[type + 1]);
        Assert.Equal(["I. KẾT QUẢ ĐẠT ĐƯỢC", "Thu ngân sách từ dịch vụ công trực tuyến tăng.", "Hoàn thành số hóa hồ sơ thuế."], lines.Skip(type + 3).Take(3));
        var signer = lines.IndexOf("GIÁM ĐỐC SỞ TÀI CHÍNH");
        Assert.True(signer > type);
        Assert.Equal("(Ký, đóng dấu Sở Tài chính)", lines[signer + 1]);
        var recipients = lines.SkipWhile(l => l != "Nơi nhận:").Skip(1).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal("- Lưu: VT.", recipients[^1]);
        Assert.Equal(4, recipients.Count); // the general standing agency, the two others (Art. 12.4), the archive

        var page = await Html.GetAsync(reader, href);
        foreach (var part in new[] { "governing-body", "issuing-body", "number", "national-title", "motto", "place-date", "title", "summary", "signer-title" })
        {
            var shown = page.QuerySelector($"[data-official-document] [data-part='{part}']")!.TextContent.Replace('\u00A0', ' ').Trim();
            Assert.Contains(shown, lines.Select(l => l.Trim()));
        }

        Assert.Equal(recipients, page.QuerySelectorAll("[data-official-document] [data-part='recipients'] li").Select(li => li.Text()));
    }

    [Fact]
    public async Task A_draft_is_its_authors_alone_and_no_other_province_reaches_the_document()
    {
        host.Clock.Now = new DateTimeOffset(2028, 12, 3, 9, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();
        var author = await host.SignInHoldingAsync("son-la", Seat, ProvinceRole.Member);
        var write = $"/son-la/reports/write?ky=Q4-2028&buoc=thanh-vien&ai={Seat}";
        Assert.Equal(HttpStatusCode.OK, (await (await FormAsync(author, write, "Save")).SendAsync(author, new Dictionary<string, string> { ["Form.Results"] = "Đang soạn." })).StatusCode);
        var href = $"/son-la/reports/official?ky=Q4-2028&buoc=thanh-vien&ai={Seat}&ban=1&handler=Docx";

        var lines = await DocxLinesAsync(await author.GetAsync(href));
        Assert.Contains("Sơn La, ngày      tháng      năm      ".Trim(), lines.Select(l => l.Trim()));
        Assert.Equal(HttpStatusCode.NotFound, (await (await host.SignInAsync("son-la.viewer")).GetAsync(href)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await (await FormAsync(author, write, "Submit")).SendAsync(author, new Dictionary<string, string> { ["Form.Results"] = "Đã gửi." })).StatusCode);
        var dakLak = await host.SignInAsync("dak-lak.secretariat");
        Assert.NotEqual(HttpStatusCode.OK, (await dakLak.GetAsync(href)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dakLak.GetAsync(href.Replace("/son-la/", "/dak-lak/", StringComparison.Ordinal))).StatusCode);
        using var anonymous = host.CreateClient(new() { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(href)).StatusCode);
    }

    [Fact]
    public async Task The_thematic_report_lists_what_it_compiled_and_carries_its_summary_under_the_police_heading()
    {
        host.Clock.Now = new DateTimeOffset(2029, 3, 5, 9, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();
        var member = await host.SignInAsync("son-la.member");
        var own = "/son-la/reports/write?ky=Q1-2029&buoc=thanh-vien&ai=chanh-van-phong-ubnd";
        Assert.Equal(HttpStatusCode.OK, (await (await FormAsync(member, own, "Submit")).SendAsync(member, new Dictionary<string, string> { ["Form.Results"] = "Văn phòng: kết quả quý một." })).StatusCode);

        var secretariat = await host.SignInAsync("son-la.secretariat");
        var write = "/son-la/reports/write?ky=Q1-2029&buoc=chuyen-de&ai=co-quan-thuong-truc-de-an-06";
        var sent = await (await FormAsync(secretariat, write, "Submit")).SendAsync(secretariat, new Dictionary<string, string>
        {
            ["Form.Results"] = "Tổng hợp kết quả Đề án 06 trong quý.",
            ["Form.SummaryResults"] = "Kết quả tốt",
            ["Form.SummaryShortcomings"] = "Còn chậm",
            ["Form.SummaryCauses"] = "Thiếu người",
            ["Form.SummaryTasksAndSolutions"] = "Bổ sung người",
        });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        var lines = await DocxLinesAsync(await secretariat.GetAsync("/son-la/reports/official?ky=Q1-2029&buoc=chuyen-de&ai=co-quan-thuong-truc-de-an-06&ban=1&handler=Docx"));

        Assert.Equal("CÔNG AN TỈNH", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("Tổng hợp từ báo cáo của: ", StringComparison.Ordinal) && l.Contains("Chánh Văn phòng UBND tỉnh", StringComparison.Ordinal));
        var summary = lines.IndexOf("BÁO CÁO TÓM TẮT");
        Assert.True(summary > lines.IndexOf("I. KẾT QUẢ ĐẠT ĐƯỢC"));
        Assert.Equal(
            ["I. KẾT QUẢ ĐẠT ĐƯỢC", "Kết quả tốt", "II. TỒN TẠI, HẠN CHẾ", "Còn chậm", "III. NGUYÊN NHÂN", "Thiếu người", "IV. NHIỆM VỤ, GIẢI PHÁP", "Bổ sung người"],
            lines.Skip(summary + 1).Take(8));
        Assert.Contains("THỦ TRƯỞNG CƠ QUAN", lines);
        Assert.Equal("- Lưu: VT.", lines.SkipWhile(l => l != "Nơi nhận:").Skip(1).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal)).Last());
    }
}
