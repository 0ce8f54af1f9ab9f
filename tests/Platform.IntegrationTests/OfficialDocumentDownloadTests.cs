using System.Net;
using AngleSharp.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Dates;
using Platform.Core.Tenancy;

namespace Platform.IntegrationTests;

/// <summary>
/// The conclusion notice as an official document (Sơn La, Art. 11.1: conclusions notified in writing): the .docx
/// follows Decree 30/2020/NĐ-CP with the pack's heading, the same people as the notice page may download it, no other
/// province can, and the printable page says what the file says.
/// </summary>
public sealed class OfficialDocumentDownloadTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Province = "son-la";
    private HttpClient _secretariat = null!;
    private HttpClient _head = null!;
    private HttpClient _member = null!;

    public async Task InitializeAsync()
    {
        host.Clock.Now = null;
        _secretariat = await host.SignInAsync("son-la.secretariat");
        _head = await host.SignInAsync("son-la.leader");
        _member = await host.SignInAsync("son-la.member");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Guid> IssuedAsync(string title)
    {
        var meeting = await MeetingSteps.HeldAsync(_secretariat, Province, title);
        await MeetingSteps.DraftNoticeAsync(_secretariat, Province, meeting,
            ("Sở Khoa học và Công nghệ hoàn thành nền tảng số dùng chung của tỉnh.", "so-khcn"),
            ("Các huyện bàn giao hồ sơ, dữ liệu chuyển đổi số cho UBND cấp xã.", "ubnd-cap-huyen"));
        var url = $"/son-la/meetings/{meeting}/notice";
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(_head, url, "form[action$='handler=Approve']")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(_secretariat, url, "form[action$='handler=Issue']")).StatusCode);
        return meeting;
    }

    private static async Task<List<string>> DocxLinesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        return [.. doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0)];
    }

    [Fact]
    public async Task An_issued_conclusion_notice_downloads_as_a_Decree_30_document_with_the_packs_heading_and_the_heads_signing_form()
    {
        var meeting = await IssuedAsync("Phiên họp tải thông báo kết luận");
        var page = await Html.GetAsync(_member, $"/son-la/meetings/{meeting}/notice");
        var href = page.QuerySelector("a[data-download='docx']")?.GetAttribute("href");
        Assert.Equal($"/son-la/meetings/{meeting}/notice?handler=Docx", href);

        var lines = await DocxLinesAsync(await _member.GetAsync(href));
        var today = VietnamTime.Today(TimeProvider.System);

        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", lines);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", lines);
        Assert.Contains("UBND TỈNH SƠN LA", lines);
        Assert.Contains("BAN CHỈ ĐẠO 1287", lines);
        Assert.Contains("Số: 15/TB-BCĐ", lines);
        Assert.Contains(lines, l => l.StartsWith($"Sơn La, ngày {today.Day:00} tháng ", StringComparison.Ordinal) && l.EndsWith($"năm {today.Year}", StringComparison.Ordinal));
        Assert.Contains("Kết luận của người chủ trì tại Phiên họp tải thông báo kết luận", lines);

        // The head chairs and signs for the committee, under the PPC's seal (Sơn La, Art. 2.3).
        var form = lines.IndexOf("TM. BAN CHỈ ĐẠO");
        Assert.True(form >= 0);
        Assert.Equal("TRƯỞNG BAN", lines[form + 1]);
        Assert.Contains(lines, l => l.StartsWith("(Ký, đóng dấu Ủy ban nhân dân tỉnh Sơn La", StringComparison.Ordinal));
        Assert.Equal("Trưởng Ban Chỉ đạo", lines.Last());
    }

    [Fact]
    public async Task The_recipients_follow_the_packs_order_of_seats_then_agencies_and_the_archive_closes_the_list()
    {
        var meeting = await IssuedAsync("Phiên họp thứ tự nơi nhận");
        var lines = await DocxLinesAsync(await _secretariat.GetAsync($"/son-la/meetings/{meeting}/notice?handler=Docx"));
        var recipients = lines.SkipWhile(l => l != "Nơi nhận:").Skip(1).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();

        Assert.Equal("- Lưu: VT.", recipients[^1]);
        var seats = host.Services.GetRequiredService<IProvinceCatalog>().Find(Province)!.Seats;
        var issued = await host.Database.ScalarAsync<string>(
            $"select string_agg(coalesce(seat_key, '') || '=' || name, '|') from meetings.notice_recipients r join meetings.notices n on n.id = r.notice_id where n.meeting_id = '{meeting}'");
        var bySeat = issued.Split('|').Select(r => r.Split('=', 2)).Where(r => r[0].Length > 0)
            .OrderBy(r => seats.ToList().FindIndex(s => s.Key == r[0])).Select(r => $"- {r[1]};").ToList();
        Assert.True(bySeat.Count > 2);
        Assert.Equal(bySeat, recipients.Take(bySeat.Count));
        Assert.Contains(recipients, r => r.Contains("huyện", StringComparison.OrdinalIgnoreCase) || r.Contains("UBND cấp huyện", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_printable_page_shows_the_same_heading_number_date_signer_and_recipients_as_the_document()
    {
        var meeting = await IssuedAsync("Phiên họp bản in và văn bản");
        var url = $"/son-la/meetings/{meeting}/notice";
        var lines = await DocxLinesAsync(await _secretariat.GetAsync(url + "?handler=Docx"));
        var page = await Html.GetAsync(_secretariat, url);
        string Part(string name) => page.QuerySelector($"[data-official-document] [data-part='{name}']")!.Text();

        foreach (var part in new[] { "governing-body", "issuing-body", "number", "national-title", "motto", "place-date", "title", "summary", "signing-form", "signer-title", "signer-name" })
        {
            Assert.Contains(Part(part), lines);
        }

        var printed = page.QuerySelectorAll("[data-official-document] [data-part='recipients'] li").Select(li => li.Text()).ToList();
        var written = lines.SkipWhile(l => l != "Nơi nhận:").Skip(1).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(written, printed);
        Assert.Equal(
            lines.Where(l => l.StartsWith("1. ", StringComparison.Ordinal) || l.StartsWith("2. ", StringComparison.Ordinal)),
            page.QuerySelectorAll("[data-official-document] [data-part='body']").Select(p => p.Text()).Where(t => t.StartsWith("1. ", StringComparison.Ordinal) || t.StartsWith("2. ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Nobody_outside_the_province_and_nobody_signed_out_gets_the_document()
    {
        var meeting = await IssuedAsync("Phiên họp tải ngoài tỉnh");
        var href = $"/son-la/meetings/{meeting}/notice?handler=Docx";

        using var anonymous = host.CreateClient(new() { AllowAutoRedirect = false });
        var signedOut = await anonymous.GetAsync(href);
        Assert.NotEqual(HttpStatusCode.OK, signedOut.StatusCode);

        var dakLak = await host.SignInAsync("dak-lak.secretariat");
        Assert.NotEqual(HttpStatusCode.OK, (await dakLak.GetAsync(href)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dakLak.GetAsync(href.Replace("/son-la/", "/dak-lak/", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task A_meeting_without_a_conclusion_notice_has_no_document_to_download()
    {
        var meeting = await MeetingSteps.HeldAsync(_secretariat, Province, "Phiên họp chưa có thông báo");
        Assert.Equal(HttpStatusCode.NotFound, (await _secretariat.GetAsync($"/son-la/meetings/{meeting}/notice?handler=Docx")).StatusCode);
    }
}
