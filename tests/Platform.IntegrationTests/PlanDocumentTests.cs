using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Platform.Core.Dates;

namespace Platform.IntegrationTests;

/// <summary>
/// The annual work plan (Sơn La, Art. 5.2: the head issues the committee's programme and plan) as a Decree 30 document:
/// signed by the head for the committee, dated the decision's day, its items in a table, the members then the lead
/// agencies as recipients; the printable page says what the file says; other provinces do not reach it.
/// </summary>
public sealed class PlanDocumentTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private static readonly int Year = VietnamTime.Today(TimeProvider.System).Year + 1;
    private static readonly string Url = $"/son-la/tasks/plans/{Year}";

    public Task InitializeAsync()
    {
        host.Clock.Now = null;
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<(List<string> Lines, List<List<string>> Rows)> DocxAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var body = doc.MainDocumentPart!.Document.Body!;
        return ([.. body.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0)],
            [.. body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList())]);
    }

    private static Task<HttpResponseMessage> AddItemAsync(HttpClient client, string title, string lead, DateOnly due, string recurrence = "None") =>
        Forms.SubmitAsync(client, Url, "[name='Form.Title']", new Dictionary<string, string>
        {
            ["Form.Title"] = title,
            ["Form.LeadAgencyKey"] = lead,
            ["Form.Due"] = VietnamTime.Format(due),
            ["Form.Recurrence"] = recurrence,
        });

    [Fact]
    public async Task The_issued_plan_is_signed_by_the_head_for_the_committee_with_its_items_and_recipients_in_order()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var head = await host.SignInAsync("son-la.leader");
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(secretariat, "/son-la/tasks/plans", "input[name=year]")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AddItemAsync(secretariat, "Xây dựng kế hoạch chuyển đổi số giai đoạn mới", "so-khcn", new DateOnly(Year, 6, 30))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AddItemAsync(secretariat, "Báo cáo tiến độ Đề án 06", "cong-an-tinh", new DateOnly(Year, 3, 25), "Quarterly")).StatusCode);
        var today = VietnamTime.Today(TimeProvider.System);
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(head, Url, "[name=DecisionNumber]", new Dictionary<string, string>
        {
            ["DecisionNumber"] = "12/QĐ-BCĐ",
            ["DecisionDate"] = VietnamTime.Format(today),
        })).StatusCode);

        var reader = await host.SignInAsync("son-la.viewer");
        var href = (await Html.GetAsync(reader, Url)).QuerySelector("a[data-official='plan']")?.GetAttribute("href") ?? "";
        Assert.Equal($"{Url}?handler=Print", href);
        var (lines, rows) = await DocxAsync(await reader.GetAsync($"{Url}?handler=Docx"));

        Assert.Equal(["UBND TỈNH SƠN LA", "BAN CHỈ ĐẠO 1287"], lines.Take(2));
        var motto = lines.IndexOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", lines[motto + 1]);
        Assert.Contains(lines, l => l.StartsWith("Số: ", StringComparison.Ordinal) && l.EndsWith("/KH-BCĐ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"Sơn La, ngày {today.Day:00} tháng ", StringComparison.Ordinal) && l.EndsWith($"năm {today.Year}", StringComparison.Ordinal));
        Assert.Equal("KẾ HOẠCH", lines[lines.IndexOf("KẾ HOẠCH")]);
        Assert.Contains($"(Ban hành kèm theo Quyết định số 12/QĐ-BCĐ ngày {VietnamTime.Format(today)})", lines);
        var items = rows.Where(r => r.Count == 6 && int.TryParse(r[0], out _)).ToList();
        Assert.Equal(["1", "Xây dựng kế hoạch chuyển đổi số giai đoạn mới", "Sở Khoa học và Công nghệ", "", $"30/06/{Year}", ""], items[0]);
        Assert.Equal($"25/03/{Year} (hằng quý)", items[1][4]);

        var form = lines.IndexOf("TM. BAN CHỈ ĐẠO");
        Assert.Equal("TRƯỞNG BAN", lines[form + 1]);
        Assert.StartsWith("(Ký, đóng dấu Ủy ban nhân dân tỉnh Sơn La", lines[form + 2], StringComparison.Ordinal);
        var recipients = lines.SkipWhile(l => l != "Nơi nhận:").Skip(1).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["- Các thành viên Ban Chỉ đạo;", "- Công an tỉnh;", "- Sở Khoa học và Công nghệ;", "- Lưu: VT."], recipients);

        var printed = await Html.GetAsync(reader, href);
        foreach (var part in new[] { "governing-body", "issuing-body", "number", "national-title", "motto", "place-date", "title", "summary", "signing-form", "signer-title", "signer-name" })
        {
            var shown = printed.QuerySelector($"[data-official-document] [data-part='{part}']")!.TextContent.Replace('\u00A0', ' ').Trim();
            Assert.Contains(shown, lines.Select(l => l.Trim()));
        }

        Assert.Equal(recipients, printed.QuerySelectorAll("[data-official-document] [data-part='recipients'] li").Select(li => li.Text()));

        var dakLak = await host.SignInAsync("dak-lak.secretariat");
        Assert.NotEqual(HttpStatusCode.OK, (await dakLak.GetAsync($"{Url}?handler=Docx")).StatusCode);
        using var anonymous = host.CreateClient(new() { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync($"{Url}?handler=Docx")).StatusCode);
    }
}
