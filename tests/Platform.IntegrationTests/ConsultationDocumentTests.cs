using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Platform.Core.Dates;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// A consultation's request for opinions (phiếu lấy ý kiến, Sơn La Art. 3) as a Decree 30 document: the approver (the
/// head) signs for the committee, the questions with their choices, the deadline, the seats asked in order; the
/// printable page says what the file says, and no other province reaches it.
/// </summary>
public sealed class ConsultationDocumentTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private HttpClient _secretariat = null!;
    private HttpClient _head = null!;

    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    public async Task InitializeAsync()
    {
        host.Clock.Now = null;
        _secretariat = await host.SignInAsync("son-la.secretariat");
        _head = await host.SignInAsync("son-la.leader");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<List<string>> DocxLinesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        return [.. doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0)];
    }

    [Fact]
    public async Task The_approved_request_for_opinions_is_signed_by_the_head_for_the_committee_and_lists_the_seats_asked_in_order()
    {
        var asked = (await ConsultationSteps.SeatsAsync(_secretariat, "son-la")).Skip(2).Take(3).ToList();
        var id = await ConsultationSteps.LaunchAsync(_secretariat, "son-la", "Phương án chia sẻ dữ liệu dân cư", Today.AddDays(7), asked);
        await ConsultationSteps.ApproveAsync(_head, "son-la", id);

        var page = await Html.GetAsync(_secretariat, $"/son-la/y-kien/{id}");
        var href = page.QuerySelector("a[data-official='request']")?.GetAttribute("href") ?? "";
        Assert.Equal($"/son-la/y-kien/{id}?handler=Print", href);
        var lines = await DocxLinesAsync(await _secretariat.GetAsync($"/son-la/y-kien/{id}?handler=Docx"));

        Assert.Equal(["UBND TỈNH SƠN LA", "BAN CHỈ ĐẠO 1287"], lines.Take(2));
        var motto = lines.IndexOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", lines[motto + 1]);
        Assert.Contains(lines, l => l.StartsWith("Số: ", StringComparison.Ordinal) && l.EndsWith("/PLYK-BCĐ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"Sơn La, ngày {Today.Day:00} tháng ", StringComparison.Ordinal) && l.EndsWith($"năm {Today.Year}", StringComparison.Ordinal));
        var title = lines.IndexOf("PHIẾU LẤY Ý KIẾN");
        Assert.Equal("Phương án chia sẻ dữ liệu dân cư", lines[title + 1]);
        var question = lines.IndexOf("Câu 1. Đồng ý với phương án do Cơ quan thường trực đề xuất?");
        Assert.True(question > title);
        Assert.StartsWith("☐ Đồng ý", lines[question + 1], StringComparison.Ordinal);
        Assert.Contains($"Thời hạn gửi ý kiến: hết ngày {VietnamTime.Format(Today.AddDays(7))}, trên hệ thống.", lines);

        var form = lines.IndexOf("TM. BAN CHỈ ĐẠO");
        Assert.Equal("TRƯỞNG BAN", lines[form + 1]);
        Assert.Equal("son-la.leader", lines[^1]);

        var offices = (await host.Database.ScalarAsync<string>(
            $"select string_agg(office, '|' order by \"order\") from consultations.recipients where consultation_id = '{id}'")).Split('|');
        var recipients = lines.SkipWhile(l => l != "Nơi nhận:").Skip(1).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(offices.Length + 1, recipients.Count);
        Assert.All(offices.Zip(recipients), p => Assert.EndsWith($"{p.First};", p.Second, StringComparison.Ordinal));
        Assert.Equal("- Lưu: VT.", recipients[^1]);

        var printed = await Html.GetAsync(_secretariat, href);
        foreach (var part in new[] { "governing-body", "issuing-body", "number", "national-title", "motto", "place-date", "title", "summary", "signing-form", "signer-title", "signer-name" })
        {
            var shown = printed.QuerySelector($"[data-official-document] [data-part='{part}']")!.TextContent.Replace('\u00A0', ' ').Trim();
            Assert.Contains(shown, lines.Select(l => l.Trim()));
        }

        Assert.Equal(recipients, printed.QuerySelectorAll("[data-official-document] [data-part='recipients'] li").Select(li => li.Text()));
        Assert.Null(printed.QuerySelector("form[action*='handler=Approve']"));
    }

    [Fact]
    public async Task Nobody_signed_out_and_nobody_of_another_province_gets_the_request()
    {
        var seats = (await ConsultationSteps.SeatsAsync(_secretariat, "son-la")).Take(2).ToList();
        var id = await ConsultationSteps.LaunchAsync(_secretariat, "son-la", "Lấy ý kiến ngoài tỉnh", Today.AddDays(5), seats);
        var href = $"/son-la/y-kien/{id}?handler=Docx";

        Assert.Equal(HttpStatusCode.OK, (await _head.GetAsync(href)).StatusCode);
        using var anonymous = host.CreateClient(new() { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(href)).StatusCode);
        var dakLak = await host.SignInAsync("dak-lak.secretariat");
        Assert.NotEqual(HttpStatusCode.OK, (await dakLak.GetAsync(href)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dakLak.GetAsync(href.Replace("/son-la/", "/dak-lak/", StringComparison.Ordinal))).StatusCode);
    }
}
