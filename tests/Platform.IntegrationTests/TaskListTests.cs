using System.Net;
using System.Text;
using AngleSharp.Dom;
using Platform.Core.Dates;

namespace Platform.IntegrationTests;

/// <summary>
/// The list of tasks: words found whatever their diacritics, filters by agency (lead or co-operating), state, source
/// and portfolio, pages of 25, and the same filter exported as CSV that Excel opens in Vietnamese.
/// </summary>
/// <remarks>
/// The demo data gives tasks to every agency but the local governments' (UBND cấp huyện, cấp xã): tests that need a
/// filter to show exactly their own tasks give them to those, each test to its own agency or state.
/// </remarks>
public sealed class TaskListTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Province = "son-la";
    private HttpClient _secretariat = null!;
    private HttpClient _head = null!;

    public async Task InitializeAsync()
    {
        host.Clock.Now = null;
        _secretariat = await host.SignInAsync("son-la.secretariat");
        _head = await host.SignInAsync("son-la.leader");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    private Task<Guid> AssignAsync(Assignment task) => TaskSteps.AssignAsync(_head, Province, task);

    private Task<IDocument> ListAsync(string query) => Html.GetAsync(_head, "/son-la/tasks?" + query);

    private static string Count(IDocument list) => list.QuerySelector("form.filters + p.muted")!.Text();

    [Fact]
    public async Task Search_ignores_diacritics_and_case()
    {
        const string report = "Báo cáo sơ kết công tác cải cách hành chính quý III";
        const string project = "Triển khai Đề án 06 trên địa bàn các xã vùng cao";
        const string training = "Tập huấn kỹ năng số cho cán bộ cấp xã";
        // Due far ahead, so that sorted latest first they head any list they are in.
        await AssignAsync(new(report, "ubnd-cap-xa", new DateOnly(2031, 3, 1)));
        await AssignAsync(new(project, "ubnd-cap-xa", new DateOnly(2031, 3, 2)));
        await AssignAsync(new(training, "ubnd-cap-xa", new DateOnly(2031, 3, 3)));

        Assert.Equal([report], TaskSteps.Titles(await ListAsync("co-quan=ubnd-cap-xa&tim=bao cao")));
        Assert.Equal([report], TaskSteps.Titles(await ListAsync("co-quan=ubnd-cap-xa&tim=" + Uri.EscapeDataString("BÁO CÁO".Normalize(NormalizationForm.FormD)))));
        Assert.Equal([project], TaskSteps.Titles(await ListAsync("co-quan=ubnd-cap-xa&tim=de an 06")));
        Assert.Equal([project], TaskSteps.Titles(await ListAsync("co-quan=ubnd-cap-xa&tim=" + Uri.EscapeDataString("đề án 06"))));

        // Without the agency, among whatever else matches.
        var reports = TaskSteps.Titles(await ListAsync("tim=bao cao&sap-xep=han-giam"));
        Assert.Equal(report, reports[0]);
        Assert.DoesNotContain(project, reports);
        var projects = TaskSteps.Titles(await ListAsync("tim=de an 06&sap-xep=han-giam"));
        Assert.Equal(project, projects[0]);
        Assert.DoesNotContain(report, projects);
        Assert.DoesNotContain(training, projects);
        Assert.Equal("de an 06", (await ListAsync("tim=de an 06")).QuerySelector("input[name=tim]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_list_filters_by_lead_or_co_operating_agency_state_source_and_portfolio()
    {
        const string done = "Cấp căn cước điện tử cho cán bộ Bộ phận một cửa";
        const string started = "Làm sạch dữ liệu dân cư cấp huyện";
        const string late = "Kết nối dữ liệu hộ tịch với cơ sở dữ liệu quốc gia";
        var doneTask = await AssignAsync(new(done, "ubnd-cap-huyen", Today.AddDays(10)) { CoAgencies = ["so-ban-nganh"], Portfolio = "de-an-06" });
        var startedTask = await AssignAsync(new(started, "ubnd-cap-huyen", Today.AddDays(20)) { Portfolio = "cchc" });
        await AssignAsync(new(late, "ubnd-cap-huyen", Today.AddDays(-1)) { Portfolio = "cchc" });
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.SetAsync(_secretariat, Province, doneTask, "MarkedDone")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.ReportAsync(_secretariat, Province, startedTask, "Đã làm sạch 30% dữ liệu.", percent: "30")).StatusCode);

        // By lead agency and state (the paging test adds tasks to this agency, all not started).
        Assert.Equal([late], TaskSteps.Titles(await ListAsync("co-quan=ubnd-cap-huyen&tinh-trang=Overdue")));
        Assert.Equal([done], TaskSteps.Titles(await ListAsync("co-quan=ubnd-cap-huyen&tinh-trang=DoneOnTime")));
        Assert.Equal([started], TaskSteps.Titles(await ListAsync("co-quan=ubnd-cap-huyen&tinh-trang=InProgress")));
        Assert.Empty(TaskSteps.Titles(await ListAsync("co-quan=ubnd-cap-huyen&tinh-trang=DoneLate")));
        // By portfolio, and a co-operating agency finds the task it helps with.
        Assert.Equal([late, started], TaskSteps.Titles(await ListAsync("co-quan=ubnd-cap-huyen&linh-vuc=cchc")));
        Assert.Equal([done], TaskSteps.Titles(await ListAsync("co-quan=so-ban-nganh&linh-vuc=de-an-06")));
        // By source.
        Assert.Equal([late], TaskSteps.Titles(await ListAsync("co-quan=ubnd-cap-huyen&tinh-trang=Overdue&nguon=Direct")));
        Assert.Empty(TaskSteps.Titles(await ListAsync("co-quan=ubnd-cap-huyen&nguon=Conclusion")));
        Assert.Empty(TaskSteps.Titles(await ListAsync("co-quan=ubnd-cap-huyen&nguon=Plan")));

        // By source across the province: each list counts exactly the tasks of that source, each row showing it.
        foreach (var (source, number, label) in new[] { ("Conclusion", 0, "Thông báo kết luận "), ("Plan", 1, "Kế hoạch công tác năm "), ("Direct", 2, "Giao trực tiếp: ") })
        {
            var list = await ListAsync($"nguon={source}");
            var stored = await host.Database.ScalarAsync<long>($"select count(*) from tasks.tasks where province = 'son-la' and source = {number}");
            Assert.True(stored > 0);
            Assert.Equal($"{stored} nhiệm vụ", Count(list));
            Assert.All(list.QuerySelectorAll("table.tasks tbody tr"), r => Assert.StartsWith(label, r.Children[4].Text(), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_list_pages_by_25_and_keeps_its_filter_from_page_to_page()
    {
        // One monthly task for 30 months: a series of 30 tasks.
        await AssignAsync(new("Báo cáo tình hình chuyển đổi số hằng tháng", "ubnd-cap-huyen", new DateOnly(2027, 1, 15))
        {
            Recurrence = "Monthly",
            Until = new DateOnly(2029, 6, 15),
        });

        var first = await ListAsync("co-quan=ubnd-cap-huyen&tinh-trang=NotStarted");
        Assert.Equal("30 nhiệm vụ", Count(first));
        Assert.Equal(25, first.QuerySelectorAll("table.tasks tbody tr").Length);
        Assert.Equal("15/01/2027", first.QuerySelectorAll("table.tasks tbody tr")[0].Children[2].Text());
        var pager = first.QuerySelector("nav.pager")!;
        Assert.Equal("Trang 1/2 Trang sau →", pager.Text());
        var next = pager.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal("/son-la/tasks?co-quan=ubnd-cap-huyen&tinh-trang=NotStarted&trang=2", next);

        var second = await Html.GetAsync(_head, next);
        var dues = second.QuerySelectorAll("table.tasks tbody tr").Select(r => r.Children[2].Text()).ToList();
        Assert.Equal(["15/02/2029", "15/03/2029", "15/04/2029", "15/05/2029", "15/06/2029"], dues);
        Assert.Equal("← Trang trước Trang 2/2", second.QuerySelector("nav.pager")!.Text());

        // Past the last page, the last page; sorted latest first, the last deadline heads the first page.
        Assert.Equal("Trang 2/2", (await ListAsync("co-quan=ubnd-cap-huyen&tinh-trang=NotStarted&trang=99")).QuerySelector("nav.pager span")!.Text());
        Assert.Equal("15/06/2029", (await ListAsync("co-quan=ubnd-cap-huyen&tinh-trang=NotStarted&sap-xep=han-giam")).QuerySelectorAll("table.tasks tbody tr")[0].Children[2].Text());
    }

    [Fact]
    public async Task The_CSV_export_is_UTF8_with_a_BOM_a_Vietnamese_header_and_one_quoted_record_per_task_of_the_filter()
    {
        const string quoted = "Rà soát \"một cửa\", liên thông cấp xã";
        const string plain = "Đánh giá hiệu quả Trung tâm Phục vụ hành chính công";
        var due = Today.AddDays(12);
        await AssignAsync(new(quoted, "so-khcn", due));
        await AssignAsync(new(plain, "so-khcn", due.AddDays(1)) { CoAgencies = ["so-tai-chinh"], Portfolio = "cchc" });
        // And a monthly report for 26 months: more tasks than a page of the list holds.
        await AssignAsync(new("Báo cáo số liệu dịch vụ công trực tuyến", "so-khcn", due.AddDays(30)) { Recurrence = "Monthly", Until = due.AddDays(30).AddMonths(25) });

        var list = await ListAsync("co-quan=so-khcn");
        var total = int.Parse(Count(list).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total >= 28, $"{total} tasks");
        var export = list.QuerySelectorAll("form.filters a").Single(a => a.Text() == "Tải danh sách (CSV)").GetAttribute("href")!;
        Assert.Equal("/son-la/tasks/export?co-quan=so-khcn", export);
        var response = await _head.GetAsync(export);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = new UTF8Encoding(false).GetString(bytes[3..]);
        Assert.StartsWith(
            "\"Nhiệm vụ\",\"Cơ quan chủ trì\",\"Cơ quan phối hợp\",\"Lĩnh vực\",\"Thời hạn ban đầu\",\"Thời hạn\",\"Tình trạng\",\"Ngày hoàn thành\",\"Nguồn\"\r\n",
            text, StringComparison.Ordinal);
        Assert.Contains("\r\n\"Rà soát \"\"một cửa\"\", liên thông cấp xã\",", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);

        // One record per task of the filter, not one page of it.
        var records = Csv(text);
        Assert.Equal(1 + total, records.Count);
        Assert.All(records, r => Assert.Equal(9, r.Count));
        Assert.Equal([quoted, "Sở KH&CN", "", "", VietnamTime.Format(due), VietnamTime.Format(due), "Chưa thực hiện", "", "Giao trực tiếp: Nguyễn Thành An (demo), Chủ tịch UBND tỉnh"], records.Single(r => r[0] == quoted));
        Assert.Equal([plain, "Sở KH&CN", "Sở Tài chính", "CCHC"], records.Single(r => r[0] == plain).Take(4));
        Assert.Equal(26, records.Count(r => r[0] == "Báo cáo số liệu dịch vụ công trực tuyến"));

        // The list's other filters travel with the export.
        var searched = await ListAsync("co-quan=so-khcn&tim=mot cua");
        var filtered = searched.QuerySelectorAll("form.filters a").Single(a => a.Text() == "Tải danh sách (CSV)").GetAttribute("href")!;
        var one = Csv(new UTF8Encoding(false).GetString((await _head.GetByteArrayAsync(filtered))[3..]));
        Assert.Equal([quoted], one.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public async Task A_cell_a_spreadsheet_would_read_as_a_formula_is_exported_as_text_with_an_apostrophe()
    {
        string[] formulas = ["=HYPERLINK(\"http://example.com/x\",\"Mở\") congthuc", "+1+2 congthuc", "-3+cmd|' /C calc'!A0 congthuc", "@SUM(1;2) congthuc"];
        const string plain = "Rà soát thủ tục 2-3 ngày congthuc";
        foreach (var title in formulas.Append(plain))
        {
            await AssignAsync(new(title, "so-noi-vu", Today.AddDays(20)));
        }

        var text = new UTF8Encoding(false).GetString((await _head.GetByteArrayAsync("/son-la/tasks/export?tim=congthuc"))[3..]);
        var titles = Csv(text).Skip(1).Select(r => r[0]).ToList();

        Assert.Equal(formulas.Select(f => "'" + f).Append(plain).Order(StringComparer.Ordinal), titles.Order(StringComparer.Ordinal));
        Assert.All(titles, t => Assert.DoesNotMatch("^[=+\\-@\t\r]", t));
        Assert.Contains(plain, titles);
    }

    /// <summary>Reads CSV as RFC 4180 defines it: fields in double quotes may hold commas, quotes (doubled) and line breaks.</summary>
    internal static List<List<string>> Csv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.Empty(record);
        Assert.Equal(0, field.Length);
        return records;
    }
}
