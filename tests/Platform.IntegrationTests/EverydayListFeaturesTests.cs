using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Platform.Core.Dates;

namespace Platform.IntegrationTests;

/// <summary>
/// What officials expect of the lists (issue 21.6): the task list as Excel beside its CSV, read back cell by cell;
/// column headers that sort on the server, keep the filters and say their order (<c>aria-sort</c>); every count of the
/// task dashboard and home panel leading to the list of exactly those tasks; date fields drawn for the picker; a
/// confirmation on every irreversible step; upload limits handed to the browser from the server's own.
/// </summary>
public sealed class EverydayListFeaturesTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Province = "son-la";
    private HttpClient _head = null!;

    public async Task InitializeAsync()
    {
        host.Clock.Now = null;
        _head = await host.SignInAsync("son-la.leader");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    private static int Number(string text) => int.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_Excel_export_holds_the_same_columns_and_rows_as_the_CSV_with_dates_as_dates()
    {
        var due = Today.AddDays(15);
        await TaskSteps.AssignAsync(_head, Province, new("Xuất Excel: rà soát thủ tục hành chính", "so-khcn", due));
        await TaskSteps.AssignAsync(_head, Province, new("Xuất Excel: số hóa hồ sơ \"một cửa\"", "so-khcn", due.AddDays(3)) { CoAgencies = ["so-tai-chinh"], Portfolio = "cchc" });

        var list = await Html.GetAsync(_head, "/son-la/tasks?tim=xuat excel");
        var links = list.QuerySelectorAll("form.filters a").ToDictionary(a => a.Text(), a => a.GetAttribute("href")!);
        Assert.Equal("/son-la/tasks/export?tim=xuat%20excel&dinh-dang=xlsx", links["Tải danh sách (Excel)"]);
        var csv = TaskListTests.Csv(new UTF8Encoding(false).GetString((await _head.GetByteArrayAsync(links["Tải danh sách (CSV)"]))[3..]));

        var response = await _head.GetAsync(links["Tải danh sách (Excel)"]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var part = workbook.WorkbookPart!;
        var formats = part.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var customFormats = part.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);
        var rows = part.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();

        Assert.Equal(csv.Count, rows.Count);
        var dateColumns = new[] { 4, 5, 7 };
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Elements<Cell>().ToList();
            Assert.Equal(csv[r].Count, cells.Count);
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                string shown;
                if (r > 0 && dateColumns.Contains(c) && cell.CellValue is not null)
                {
                    // A date, not text: a number of days shown through the dd/mm/yyyy format.
                    Assert.Null(cell.DataType);
                    var format = formats[(int)cell.StyleIndex!.Value];
                    Assert.Equal("dd/mm/yyyy", customFormats[format.NumberFormatId!.Value]);
                    shown = VietnamTime.Format(DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(cell.CellValue.Text, CultureInfo.InvariantCulture))));
                }
                else
                {
                    shown = cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? "";
                }

                Assert.Equal(csv[r][c], shown);
            }
        }

        Assert.Equal(3, rows.Count);
        Assert.Contains(csv, r => r[0] == "Xuất Excel: số hóa hồ sơ \"một cửa\"" && r[2] == "Sở Tài chính" && r[5] == VietnamTime.Format(due.AddDays(3)));
    }

    [Fact]
    public async Task Task_list_headers_sort_on_the_server_keep_the_filter_and_say_their_order()
    {
        foreach (var (title, days) in new[] { ("Sắp xếp: Bảo trì cổng thông tin", 30), ("Sắp xếp: An toàn thông tin", 10), ("Sắp xếp: Cập nhật dữ liệu đất đai", 20) })
        {
            await TaskSteps.AssignAsync(_head, Province, new(title, "so-noi-vu", Today.AddDays(days)));
        }

        var list = await Html.GetAsync(_head, "/son-la/tasks?tim=sap xep&co-quan=so-noi-vu");
        var deadline = Header(list, "Thời hạn");
        Assert.Equal("ascending", deadline.GetAttribute("aria-sort"));
        Assert.Equal("none", Header(list, "Nhiệm vụ").GetAttribute("aria-sort"));
        Assert.Equal(["Sắp xếp: An toàn thông tin", "Sắp xếp: Cập nhật dữ liệu đất đai", "Sắp xếp: Bảo trì cổng thông tin"], TaskSteps.Titles(list));

        var byTitle = Header(list, "Nhiệm vụ").QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal("/son-la/tasks?co-quan=so-noi-vu&tim=sap%20xep&sap-xep=ten", byTitle);
        var sorted = await Html.GetAsync(_head, byTitle);
        Assert.Equal("ascending", Header(sorted, "Nhiệm vụ").GetAttribute("aria-sort"));
        var titles = TaskSteps.Titles(sorted);
        Assert.Equal(["Sắp xếp: An toàn thông tin", "Sắp xếp: Bảo trì cổng thông tin", "Sắp xếp: Cập nhật dữ liệu đất đai"], titles);

        var reversed = await Html.GetAsync(_head, Header(sorted, "Nhiệm vụ").QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal("descending", Header(reversed, "Nhiệm vụ").GetAttribute("aria-sort"));
        Assert.Equal(titles.AsEnumerable().Reverse(), TaskSteps.Titles(reversed));

        // A column the list does not name is not a sort: the list keeps its own order, and never fails.
        var unknown = await _head.GetAsync("/son-la/tasks?tim=sap xep&co-quan=so-noi-vu&sap-xep=province;drop");
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(TaskSteps.Titles(list), TaskSteps.Titles(await Html.ParseAsync(unknown)));
    }

    [Fact]
    public async Task Audit_log_and_accounts_sort_by_their_headers()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var log = await Html.GetAsync(secretariat, "/son-la/audit");
        Assert.Equal("descending", Header(log, "Số").GetAttribute("aria-sort"));
        var byActor = Header(log, "Người thực hiện").QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal("/son-la/audit?sap-xep=nguoi&trang=1", byActor);
        var sorted = await Html.GetAsync(secretariat, byActor);
        Assert.Equal("ascending", Header(sorted, "Người thực hiện").GetAttribute("aria-sort"));
        Assert.Equal("none", Header(sorted, "Số").GetAttribute("aria-sort"));
        // The filter form carries the order on.
        Assert.Equal("nguoi", sorted.QuerySelector("form.inline-form input[name=sap-xep]")!.GetAttribute("value"));

        // Oldest first: the province's first entries, in the chain's order.
        var oldest = await Html.GetAsync(secretariat, "/son-la/audit?sap-xep=so");
        var numbers = oldest.QuerySelectorAll("table.audit > tbody > tr > td:first-child").Select(td => long.Parse(td.Text(), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(await host.Database.ScalarAsync<long>("select min(sequence) from audit.entries where province = 'son-la'"), numbers[0]);
        Assert.Equal(numbers.Order(), numbers);
        Assert.Equal("ascending", Header(oldest, "Số").GetAttribute("aria-sort"));

        var admin = await host.SignInAsync("son-la.province-admin");
        var accounts = await Html.GetAsync(admin, "/son-la/quan-tri/tai-khoan");
        Assert.Equal("ascending", Header(accounts, "Tên đăng nhập").GetAttribute("aria-sort"));
        var byName = await Html.GetAsync(admin, Header(accounts, "Họ và tên").QuerySelector("a")!.GetAttribute("href")!);
        var reversedByName = await Html.GetAsync(admin, Header(byName, "Họ và tên").QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal("descending", Header(reversedByName, "Họ và tên").GetAttribute("aria-sort"));
        var names = byName.QuerySelectorAll("table.roster > tbody > tr > td:nth-of-type(1)").Select(td => td.Text()).ToList();
        Assert.True(names.Count > 3);
        Assert.Equal(names.AsEnumerable().Reverse(), reversedByName.QuerySelectorAll("table.roster > tbody > tr > td:nth-of-type(1)").Select(td => td.Text()));
    }

    [Fact]
    public async Task Every_count_of_the_task_dashboard_leads_to_a_list_of_exactly_that_many_tasks()
    {
        await TaskSteps.AssignAsync(_head, Province, new("Đếm: quá hạn một ngày", "ubnd-cap-xa", Today.AddDays(-1)));
        await TaskSteps.AssignAsync(_head, Province, new("Đếm: sắp đến hạn", "ubnd-cap-xa", Today.AddDays(3)));
        await TaskSteps.AssignAsync(_head, Province, new("Đếm: không lĩnh vực, còn xa", "ubnd-cap-xa", Today.AddDays(90)));

        var dashboard = await Html.GetAsync(_head, "/son-la/tasks/dashboard");
        var cells = dashboard.QuerySelectorAll("table.counts tbody td a").ToList();
        Assert.True(cells.Count >= 12, $"{cells.Count} counts");
        Assert.Contains(cells, a => a.GetAttribute("href")!.Contains("linh-vuc=khong", StringComparison.Ordinal));
        var nonZero = 0;
        foreach (var a in cells)
        {
            var shown = int.Parse(a.Text(), CultureInfo.InvariantCulture);
            var list = await Html.GetAsync(_head, a.GetAttribute("href")!);
            Assert.True(Number(list.QuerySelector("#task-count")!.Text()) == shown, $"{a.GetAttribute("href")} lists {list.QuerySelector("#task-count")!.Text()}, the dashboard says {shown}");
            nonZero += shown > 0 ? 1 : 0;
        }

        Assert.True(nonZero >= 4);

        // The home panel's overdue counts, province-wide and per agency.
        var home = await Html.GetAsync(_head, "/son-la");
        var panelCounts = home.QuerySelectorAll("#home-tasks ~ p a.count, #home-tasks ~ ul a.count").ToList();
        Assert.True(panelCounts.Count >= 2);
        foreach (var a in panelCounts)
        {
            var list = await Html.GetAsync(_head, a.GetAttribute("href")!);
            Assert.Equal(Number(a.Text()), Number(list.QuerySelector("#task-count")!.Text()));
        }
    }

    [Fact]
    public async Task Date_fields_are_text_fields_for_dd_MM_yyyy_marked_for_the_picker()
    {
        var page = await Html.GetAsync(_head, "/son-la/tasks/new");
        var due = page.QuerySelector("#Form_Due")!;

        Assert.Equal("text", due.GetAttribute("type"));
        Assert.Equal("dd/MM/yyyy", due.GetAttribute("data-datepicker"));
        Assert.Equal("numeric", due.GetAttribute("inputmode"));

        var secretariat = await host.SignInAsync("son-la.secretariat");
        // Through the shared text partial: the date gets the picker, the other fields stay as they are.
        var meeting = await Html.GetAsync(secretariat, "/son-la/meetings/edit");
        Assert.Equal("dd/MM/yyyy", meeting.QuerySelector("#Form_Date")!.GetAttribute("data-datepicker"));
        Assert.False(meeting.QuerySelector("#Form_Title")!.HasAttribute("data-datepicker"));
        Assert.False(meeting.QuerySelector("#Form_Title")!.HasAttribute("date-field"));
        Assert.False(meeting.QuerySelector("#Form_Time")!.HasAttribute("data-datepicker"));
        var log = await Html.GetAsync(secretariat, "/son-la/audit");
        Assert.NotNull(log.QuerySelector("input#tu[data-datepicker]"));
        var acting = await Html.GetAsync(secretariat, "/son-la/acting");
        Assert.NotNull(acting.QuerySelector("input#Form_From[data-datepicker]"));
        Assert.Contains(log.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("/js/datepicker.js", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_irreversible_step_asks_for_a_confirmation_that_works_without_JavaScript()
    {
        var member = await host.SignInAsync("son-la.member");
        var page = await Html.GetAsync(member, $"/son-la/reports/write?ky=Q1-2028&buoc=thanh-vien&ai=chanh-van-phong-ubnd");
        var submit = page.QuerySelectorAll("button").Single(b => b.Text() == "Gửi báo cáo");
        var form = submit.Closest("form")!;
        Assert.Equal("Gửi báo cáo này? Bản đã gửi không sửa được; muốn sửa phải gửi bản thay thế.", form.GetAttribute("data-confirm"));
        var box = form.QuerySelector("input[type=checkbox][data-confirm-box]")!;
        Assert.True(box.HasAttribute("required"));
        Assert.False(form.HasAttribute("novalidate"));
        Assert.Equal("Gửi báo cáo này? Bản đã gửi không sửa được; muốn sửa phải gửi bản thay thế.", box.Closest("label")!.Text());
        // Saving a draft is not irreversible: it does not ask.
        Assert.True(page.QuerySelectorAll("button").Single(b => b.Text() == "Lưu nháp").HasAttribute("formnovalidate"));

        // Upload limits come from the server's own.
        var file = form.QuerySelector("input[type=file]")!;
        Assert.Equal(Platform.Core.Files.UploadPolicy.MaxBytes.ToString(CultureInfo.InvariantCulture), file.GetAttribute("data-max-bytes"));
        Assert.Contains(".pdf", file.GetAttribute("data-accept")!.Split(','));
    }

    private static IElement Header(IDocument page, string label) =>
        page.QuerySelectorAll("th[aria-sort]").Single(th => th.Text() == label);
}
