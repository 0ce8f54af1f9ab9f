using System.Net;
using System.Text;
using AngleSharp.Dom;
using Platform.Core.Security;

namespace Platform.IntegrationTests;

/// <summary>
/// What goes with a Sơn La report besides its text (Art. 12.4–12.5): files attached to a version, which its recipients
/// see at once and a replacement keeps without touching the version sent; the report as a document to download; and
/// the reminder days the secretariat sets over the pack's. Each test uses its own period of 2028, ahead of the real clock.
/// </summary>
public sealed class ReportFilesAndDownloadsTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string MemberSeat = "chanh-van-phong-ubnd"; // son-la.member's seat
    private const string OtherSeat = "giam-doc-so-tai-chinh";
    private const string Police = "co-quan-thuong-truc-de-an-06";
    private static readonly byte[] Pdf = Encoding.UTF8.GetBytes("%PDF-1.4 phụ lục số liệu quý");

    public Task InitializeAsync()
    {
        host.Clock.Now = null;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        host.Clock.Now = null;
        await host.Database.ExecuteAsync("delete from reporting.settings");
    }

    private static DateTimeOffset Vietnam(int year, int month, int day, int hour = 9) =>
        new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();

    private static string Write(string period, string stage, string submitter) => $"/son-la/reports/write?ky={period}&buoc={stage}&ai={submitter}";

    /// <summary>The write page's form, as the page filled it, aimed at one of its buttons' handlers.</summary>
    private static async Task<OpenForm> FormAsync(HttpClient client, string url, string handler)
    {
        var page = await Html.GetAsync(client, url);
        var button = page.QuerySelectorAll("button[formaction]").First(b => b.GetAttribute("formaction")!.EndsWith("handler=" + handler, StringComparison.Ordinal) && b.GetAttribute("name") is null);
        var form = button.Closest("form")!;
        return new OpenForm(button.GetAttribute("formaction")!, form.GetAttribute("enctype")!, Forms.Fields(form), form.QuerySelector("input[type=file]")?.GetAttribute("name"));
    }

    private static Dictionary<string, string> Typed(string results) => new() { ["Form.Results"] = results };

    private static IReadOnlyList<IElement> DraftFiles(IDocument page) => [.. page.QuerySelectorAll("section[aria-labelledby=draft] ul.files li")];

    private static string Row(IDocument document, string heading) =>
        document.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.Text() == heading).QuerySelector("td")!.Text();

    private Task<long> CountAsync(string sql) => host.Database.ScalarAsync<long>(sql);

    [Fact]
    public async Task Files_sent_with_a_report_reach_its_recipients_and_a_replacement_keeps_them_without_touching_the_version_sent()
    {
        host.Clock.Now = Vietnam(2028, 3, 2);
        var member = await host.SignInAsync("son-la.member");
        var url = Write("Q1-2028", "thanh-vien", MemberSeat);

        var saved = await (await FormAsync(member, url, "Save")).UploadAsync(member, "Phụ lục số liệu.pdf", Pdf, "application/pdf", Typed("Kết quả quý một, số liệu ở phụ lục."));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var draft = await Html.ParseAsync(saved);
        Assert.Equal("Kết quả quý một, số liệu ở phụ lục.", draft.QuerySelector("textarea[name='Form.Results']")!.TextContent);
        Assert.StartsWith("Phụ lục số liệu.pdf", Assert.Single(DraftFiles(draft)).Text(), StringComparison.Ordinal);
        var submitted = await (await FormAsync(member, url, "Submit")).SendAsync(member);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);

        // The police, who compile the Project 06 thematic report from every member's report, see the file at once.
        var police = await host.SignInAsync("son-la.secretariat");
        var thematic = await Html.GetAsync(police, Write("Q1-2028", "chuyen-de", Police));
        var link = Assert.Single(thematic.QuerySelectorAll("section[aria-labelledby=sources] ul.files a"));
        Assert.Equal("Phụ lục số liệu.pdf", link.Text());
        var file = await police.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(Pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition!.DispositionType);

        // A replacement starts with the file (its bytes shared, not copied); taking it off leaves version 1 as it was.
        host.Clock.Now = Vietnam(2028, 3, 6);
        Assert.Equal(HttpStatusCode.OK, (await (await FormAsync(member, url, "Save")).SendAsync(member, Typed("Bản sửa: kết quả quý một."))).StatusCode);
        var replacement = await Html.GetAsync(member, url);
        var carried = Assert.Single(DraftFiles(replacement));
        Assert.Equal(2L, await CountAsync("select count(*) from reporting.files f join reporting.submissions s on s.id = f.submission_id where s.year = 2028 and s.number = 1 and s.submitter_key = 'chanh-van-phong-ubnd'"));
        Assert.Equal(1L, await CountAsync("select count(distinct f.content_id) from reporting.files f join reporting.submissions s on s.id = f.submission_id where s.year = 2028 and s.number = 1 and s.submitter_key = 'chanh-van-phong-ubnd'"));

        var remove = carried.QuerySelector("button[name='Form.Remove']")!.GetAttribute("value")!;
        var removed = await (await FormAsync(member, url, "Save")).SendAsync(member, new Dictionary<string, string> { ["Form.Remove"] = remove });
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Empty(DraftFiles(await Html.ParseAsync(removed)));
        Assert.Equal(Pdf, await (await police.GetAsync(link.GetAttribute("href"))).Content.ReadAsByteArrayAsync());
        Assert.Equal(1L, await CountAsync("select count(*) from reporting.file_contents c where exists (select from reporting.files f join reporting.submissions s on s.id = f.submission_id where f.content_id = c.id and s.year = 2028 and s.number = 1)"));

        Assert.Equal(HttpStatusCode.OK, (await (await FormAsync(member, url, "Submit")).SendAsync(member)).StatusCode);
        var page = await Html.GetAsync(police, url);
        Assert.Empty(page.QuerySelectorAll("article.document ul.files li"));
        var first = Assert.Single(page.QuerySelectorAll("details"), d => d.QuerySelector("summary")!.Text().StartsWith("Bản 1 (đã được thay thế)", StringComparison.Ordinal));
        Assert.Equal("Phụ lục số liệu.pdf", Assert.Single(first.QuerySelectorAll("ul.files a")).Text());
    }

    [Fact]
    public async Task A_refused_file_saves_nothing_keeps_what_was_typed_and_names_the_file()
    {
        host.Clock.Now = Vietnam(2028, 3, 2);
        var url = Write("Q1-2028", "thanh-vien", OtherSeat);
        var other = await host.SignInHoldingAsync("son-la", OtherSeat, ProvinceRole.Member);

        var refused = await (await FormAsync(other, url, "Save")).UploadAsync(other, "cai-dat.exe", [0x4d, 0x5a], "application/octet-stream", Typed("Kết quả của Sở Tài chính."));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Equal("Kết quả của Sở Tài chính.", page.QuerySelector("textarea[name='Form.Results']")!.TextContent);
        var error = page.QuerySelector("#attach-error")!.Text();
        Assert.StartsWith("cai-dat.exe: Chỉ nhận tệp PDF, Word, Excel", error, StringComparison.Ordinal);
        Assert.Contains("Chưa lưu gì", error, StringComparison.Ordinal);
        Assert.Equal(0L, await CountAsync("select count(*) from reporting.submissions where year = 2028 and number = 1 and submitter_key = 'giam-doc-so-tai-chinh'"));
    }

    [Fact]
    public async Task A_drafts_files_are_its_authors_alone_and_no_other_province_reaches_a_file()
    {
        host.Clock.Now = Vietnam(2028, 5, 2);
        var member = await host.SignInAsync("son-la.member");
        var url = Write("Q2-2028", "thanh-vien", MemberSeat);
        var saved = await (await FormAsync(member, url, "Save")).UploadAsync(member, "du-thao.docx", UploadContentTests.Docx(), "application/octet-stream", Typed("Dự thảo."));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var href = Assert.Single(DraftFiles(await Html.ParseAsync(saved))).QuerySelector("a")!.GetAttribute("href")!;

        var stored = await member.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", stored.Content.Headers.ContentType!.MediaType); // from the extension, not the browser
        var other = await host.SignInHoldingAsync("son-la", OtherSeat, ProvinceRole.Member);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(href)).StatusCode);
        var dakLak = await host.SignInAsync("dak-lak.secretariat");
        Assert.Equal(HttpStatusCode.NotFound, (await dakLak.GetAsync(href.Replace("/son-la/", "/dak-lak/", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task A_report_downloads_as_a_document_with_its_deadline_the_article_and_its_lateness()
    {
        // Art. 12.4: before the 10th of June — the 12th is late.
        host.Clock.Now = Vietnam(2028, 6, 12);
        var member = await host.SignInAsync("son-la.member");
        var url = Write("Q2-2028", "thanh-vien", OtherSeat);
        var other = await host.SignInHoldingAsync("son-la", OtherSeat, ProvinceRole.Member);
        Assert.Equal(HttpStatusCode.OK, (await (await FormAsync(other, url, "Submit")).SendAsync(other, Typed("Thu ngân sách từ dịch vụ công trực tuyến tăng."))).StatusCode);

        var page = await Html.GetAsync(member, url);
        var href = page.QuerySelector("article.document a[download]")!.GetAttribute("href")!;
        var download = await member.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/html", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("bao-cao-Q2-2028-thanh-vien-giam-doc-so-tai-chinh-ban-1.html", download.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        var document = await Html.ParseAsync(download);
        Assert.Empty(document.QuerySelectorAll("script, link, img")); // self-contained: nothing to fetch when opened elsewhere
        var text = document.Text();
        Assert.Contains("Thu ngân sách từ dịch vụ công trực tuyến tăng.", text, StringComparison.Ordinal);
        Assert.Contains("Sơn La, Điều 12.4", text, StringComparison.Ordinal);
        Assert.Equal("Muộn", Row(document, "Tình trạng"));
        Assert.Equal("1 — Đã gửi", Row(document, "Bản"));

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(href.Replace("ban=1", "ban=2", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await FormAsync(other, url, "Save")).SendAsync(other, Typed("Bản sửa đang soạn."))).StatusCode);
        var draft = href.Replace("ban=1", "ban=2", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(draft)).StatusCode); // a draft is its author's
        Assert.Contains("DỰ THẢO", (await Html.GetAsync(other, draft)).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_secretariat_sets_the_reminder_days_and_the_home_page_follows_them()
    {
        // Q4-2028: the member report is due before 10 December (the 9th is a Saturday, so Monday the 11th); 24 November is 17 days ahead.
        host.Clock.Now = Vietnam(2028, 11, 24);
        const string Reminder = "a[href*='ky=Q4-2028&buoc=thanh-vien&ai=chanh-van-phong-ubnd']";
        var member = await host.SignInAsync("son-la.member");
        Assert.Null((await Html.GetAsync(member, "/son-la")).QuerySelector(Reminder)); // the pack says 5 days
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/son-la/reports/settings")).StatusCode);

        var secretariat = await host.SignInAsync("son-la.secretariat");
        var stale = await Forms.OpenAsync(secretariat, "/son-la/reports/settings", "#RemindDaysBefore");
        var wrong = await stale.SendAsync(secretariat, new Dictionary<string, string> { ["RemindDaysBefore"] = "hai mươi" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var refused = await Html.ParseAsync(wrong);
        Assert.Equal("hai mươi", refused.QuerySelector("#RemindDaysBefore")!.GetAttribute("value"));
        Assert.StartsWith("Số ngày là số nguyên từ 0 đến 60", refused.QuerySelector("#RemindDaysBefore-error")!.Text(), StringComparison.Ordinal);

        var set = await Forms.SubmitAsync(secretariat, "/son-la/reports/settings", "#RemindDaysBefore", new Dictionary<string, string> { ["RemindDaysBefore"] = "20" });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Contains("Trang chủ nhắc người phải gửi báo cáo từ 20 ngày trước hạn.", (await Html.ParseAsync(set)).Text(), StringComparison.Ordinal);
        Assert.Contains("hạn 11/12/2028", (await Html.GetAsync(member, "/son-la")).QuerySelector(Reminder)!.Closest("li")!.Text(), StringComparison.Ordinal);

        // A form opened before that save does not overwrite it.
        var clash = await stale.SendAsync(secretariat, new Dictionary<string, string> { ["RemindDaysBefore"] = "3" });
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        Assert.Equal("3", (await Html.ParseAsync(clash)).QuerySelector("#RemindDaysBefore")!.GetAttribute("value"));
        Assert.Equal(20L, await CountAsync("select remind_days_before::bigint from reporting.settings where province = 'son-la'"));

        // Empty goes back to the pack's 5 days.
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(secretariat, "/son-la/reports/settings", "#RemindDaysBefore", new Dictionary<string, string> { ["RemindDaysBefore"] = "" })).StatusCode);
        Assert.Null((await Html.GetAsync(member, "/son-la")).QuerySelector(Reminder));
        Assert.Equal(0L, await CountAsync("select count(*) from reporting.settings where province = 'dak-lak'"));
    }
}
