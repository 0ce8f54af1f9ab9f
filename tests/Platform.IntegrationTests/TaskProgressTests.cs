using System.Net;
using System.Security.Cryptography;
using System.Text;
using Platform.Core.Dates;
using Platform.Core.Security;

namespace Platform.IntegrationTests;

/// <summary>
/// Following a task: the lead agency's focal point (or the standing agency) reports progress with evidence (members
/// answer for their tasks, Sơn La Art. 9.1a); co-operating agencies comment, others do not; a report sent from a page
/// someone else has since changed is refused rather than merged.
/// </summary>
public sealed class TaskProgressTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Province = "son-la";

    /// <summary>A member for Sở KH&amp;CN, the co-operating agency of the tasks here. (Its director is a deputy head in Sơn La.)</summary>
    private const string CoOperatingSeat = "pho-giam-doc-so-khcn";

    /// <summary>A member for Sở Nội vụ, which neither leads nor helps.</summary>
    private const string UninvolvedSeat = "pho-giam-doc-so-noi-vu";

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

    /// <summary>A task Văn phòng UBND tỉnh (the demo member's agency) leads with Sở KH&amp;CN's help.</summary>
    private Task<Guid> AssignedAsync(string title) =>
        TaskSteps.AssignAsync(_head, Province, new(title, "van-phong-ubnd", VietnamTime.Today(TimeProvider.System).AddDays(30)) { CoAgencies = ["so-khcn"] });

    private Task<long> UpdatesAsync(Guid task, int kind) =>
        host.Database.ScalarAsync<long>($"select count(*) from tasks.updates where task_id = '{task}' and kind = {kind}");

    private Task<string> StoredAsync(Guid task) =>
        host.Database.ScalarAsync<string>($"select progress || '|' || coalesce(percent::text, '-') || '|' || xmin::text from tasks.tasks where id = '{task}'");

    /// <summary>A small PDF with bytes of every value, so that any re-encoding on the way shows.</summary>
    private static byte[] Pdf() =>
    [
        .. Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"),
        .. Enumerable.Range(0, 256).Select(b => (byte)b),
        .. Encoding.ASCII.GetBytes("\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
    ];

    [Fact]
    public async Task Only_the_lead_agencys_focal_point_or_the_secretariat_reports_progress()
    {
        var task = await AssignedAsync("Cập nhật danh mục thủ tục hành chính trên Cổng dịch vụ công");
        var url = $"/son-la/tasks/{task}";
        var coOperating = await host.SignInHoldingAsync(Province, CoOperatingSeat, ProvinceRole.Member);

        Assert.False(await Forms.OffersAsync(coOperating, url, "[name=Text]"));
        var refused = await Forms.PostAsync(coOperating, url, url + "?handler=Report", new Dictionary<string, string>
        {
            ["Text"] = "Sở KH&CN báo cáo thay cơ quan chủ trì.",
            ["Progress"] = "InProgress",
            ["Version"] = await host.Database.ScalarAsync<string>($"select xmin::text from tasks.tasks where id = '{task}'"),
        });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Chỉ đầu mối của cơ quan chủ trì (hoặc Cơ quan thường trực) báo cáo tiến độ nhiệm vụ. (Sơn La, Điều 9.1a)",
            await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        Assert.Equal(0L, await UpdatesAsync(task, kind: 1));

        var byLead = await TaskSteps.ReportAsync(_member, Province, task, "Đã rà soát 120 thủ tục.", percent: "30");
        var bySecretariat = await TaskSteps.ReportAsync(_secretariat, Province, task, "Cơ quan thường trực cập nhật theo báo cáo bằng văn bản.", percent: "50");

        Assert.Equal(HttpStatusCode.OK, byLead.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bySecretariat.StatusCode);
        Assert.Equal("Đã cập nhật tiến độ.", (await Html.ParseAsync(bySecretariat)).QuerySelector("[role=status]")!.Text());
        Assert.Equal(2L, await UpdatesAsync(task, kind: 1));
        Assert.StartsWith("1|50|", await StoredAsync(task), StringComparison.Ordinal);
        var history = await TaskSteps.HistoryAsync(_member, Province, task);
        Assert.Contains(history, h => h.StartsWith("Báo cáo tiến độ — son-la.member (Văn phòng UBND tỉnh)", StringComparison.Ordinal) && h.Contains("· 30% Đã rà soát 120 thủ tục.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Progress_with_an_evidence_file_stores_the_file_and_serves_it_back_byte_for_byte()
    {
        var task = await AssignedAsync("Xây dựng kho dữ liệu dùng chung của tỉnh");
        var pdf = Pdf();
        var form = await Forms.OpenAsync(_member, $"/son-la/tasks/{task}", "[name=Text]");

        var sent = await form.UploadAsync(_member, "Báo cáo tiến độ tháng 11.pdf", pdf, "application/pdf", new Dictionary<string, string>
        {
            ["Text"] = "Hoàn thành thiết kế, đang nhập dữ liệu.",
            ["Progress"] = "InProgress",
            ["Percent"] = "40",
        });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var page = await Html.ParseAsync(sent);
        Assert.Equal("Đã cập nhật tiến độ.", page.QuerySelector("[role=status]")!.Text());
        Assert.Equal("Đang thực hiện 40%", page.QuerySelector("main h1 + p")!.Text());
        var link = page.QuerySelectorAll("ol.history a").Single(a => a.Text() == "Báo cáo tiến độ tháng 11.pdf").GetAttribute("href")!;

        var download = await _head.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Báo cáo tiến độ tháng 11.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal($"{Convert.ToHexStringLower(SHA256.HashData(pdf))}|{pdf.Length}|{pdf.Length}", await host.Database.ScalarAsync<string>(
            $"select f.sha256 || '|' || f.size || '|' || length(c.bytes) from tasks.files f join tasks.file_contents c on c.id = f.id where f.task_id = '{task}'"));

        // Another province's reader gets nothing, not even that the file exists.
        var elsewhere = await host.SignInAsync("dak-lak.viewer");
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync(link.Replace("/son-la/", "/dak-lak/", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task A_co_operating_agency_comments_and_an_uninvolved_member_may_not()
    {
        var task = await AssignedAsync("Tích hợp chữ ký số vào phần mềm một cửa điện tử");
        var url = $"/son-la/tasks/{task}";
        var coOperating = await host.SignInHoldingAsync(Province, CoOperatingSeat, ProvinceRole.Member);
        var uninvolved = await host.SignInHoldingAsync(Province, UninvolvedSeat, ProvinceRole.Member);

        var commented = await Forms.SubmitAsync(coOperating, url, "[name=Comment]", new Dictionary<string, string> { ["Comment"] = "Sở KH&CN sẵn sàng cấp chứng thư số cho cán bộ một cửa." });
        var refused = await Forms.SubmitAsync(uninvolved, url, "[name=Comment]", new Dictionary<string, string> { ["Comment"] = "Sở Nội vụ góp ý." });

        Assert.Equal(HttpStatusCode.OK, commented.StatusCode);
        Assert.Equal("Đã gửi trao đổi.", (await Html.ParseAsync(commented)).QuerySelector("[role=status]")!.Text());
        Assert.Contains(await TaskSteps.HistoryAsync(_member, Province, task), h =>
            h.StartsWith($"Trao đổi — son-la.{CoOperatingSeat} (Sở KH&CN)", StringComparison.Ordinal) && h.EndsWith("Sở KH&CN sẵn sàng cấp chứng thư số cho cán bộ một cửa.", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Chỉ cơ quan chủ trì, cơ quan phối hợp, lãnh đạo Ban Chỉ đạo và Cơ quan thường trực trao đổi về nhiệm vụ.",
            await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        Assert.Equal("Sở Nội vụ góp ý.", (await Html.ParseAsync(refused)).QuerySelector("textarea[name=Comment]")!.TextContent);
        Assert.Equal(1L, await UpdatesAsync(task, kind: 2));
    }

    [Fact]
    public async Task Of_two_reports_sent_from_the_same_page_the_second_is_refused_with_409_and_changes_nothing()
    {
        var task = await AssignedAsync("Số hóa hồ sơ lưu trữ của Văn phòng UBND tỉnh");
        var url = $"/son-la/tasks/{task}";
        var first = await Forms.OpenAsync(_member, url, "[name=Text]");
        var second = await Forms.OpenAsync(_secretariat, url, "[name=Text]");

        var accepted = await first.SendAsync(_member, new Dictionary<string, string> { ["Text"] = "Đã số hóa 40% hồ sơ.", ["Percent"] = "40" });
        var stored = await StoredAsync(task);
        var stale = await second.SendAsync(_secretariat, new Dictionary<string, string> { ["Text"] = "Theo báo cáo cũ: 20%.", ["Percent"] = "20" });

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Nhiệm vụ vừa được người khác cập nhật; thay đổi của bạn chưa được lưu.", await MeetingSteps.AlertAsync(stale), StringComparison.Ordinal);
        Assert.Equal("Theo báo cáo cũ: 20%.", (await Html.ParseAsync(stale)).QuerySelector("textarea[name=Text]")!.TextContent);
        Assert.Equal(stored, await StoredAsync(task));
        Assert.StartsWith("1|40|", stored, StringComparison.Ordinal);
        Assert.Equal(1L, await UpdatesAsync(task, kind: 1));
    }

    [Fact]
    public async Task A_stale_report_is_refused_even_when_the_report_before_it_changed_only_the_history()
    {
        var task = await AssignedAsync("Cập nhật cơ sở dữ liệu cán bộ, công chức");
        var url = $"/son-la/tasks/{task}";
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.ReportAsync(_member, Province, task, "Bắt đầu thực hiện.", percent: "10")).StatusCode);
        var first = await Forms.OpenAsync(_member, url, "[name=Text]");
        var second = await Forms.OpenAsync(_secretariat, url, "[name=Text]");

        // The same state and share as before: only a new history entry.
        var accepted = await first.SendAsync(_member, new Dictionary<string, string> { ["Text"] = "Đang tổng hợp dữ liệu của các sở.", ["Percent"] = "10" });
        var stored = await StoredAsync(task);
        var stale = await second.SendAsync(_secretariat, new Dictionary<string, string> { ["Text"] = "Cơ quan thường trực ghi nhận.", ["Percent"] = "10" });

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(stored, await StoredAsync(task));
        Assert.Equal(2L, await UpdatesAsync(task, kind: 1));
    }
}
