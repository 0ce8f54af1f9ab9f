using System.Net;
using Platform.Core.Dates;

namespace Platform.IntegrationTests;

/// <summary>
/// The annual work plan: the standing agency drafts it item by item; only the head approves and issues it (Sơn La,
/// Art. 5.2; Đắk Lắk, Art. 4.2); issuing turns every item into tasks — a quarterly item into one task per quarter to
/// the year's end — with the head as issuer; an issued plan no longer changes.
/// </summary>
public sealed class AnnualPlanTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    /// <summary>The demo issued this year's plan; the tests draft next year's.</summary>
    private static readonly int Year = VietnamTime.Today(TimeProvider.System).Year + 1;

    public Task InitializeAsync()
    {
        host.Clock.Now = null;
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Plan(string province) => $"/{province}/tasks/plans/{Year}";

    /// <summary>The secretariat starts next year's draft from the plans page.</summary>
    private static async Task DraftAsync(HttpClient secretariat, string province)
    {
        var started = await Forms.SubmitAsync(secretariat, $"/{province}/tasks/plans", "input[name=year]");
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(Plan(province), started.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await Html.ParseAsync(started);
        Assert.Equal("Đã lập dự thảo kế hoạch.", page.QuerySelector("[role=status]")!.Text());
        Assert.Equal("Dự thảo", page.QuerySelector("main h1 + p .badge")!.Text());
    }

    private static Task<HttpResponseMessage> AddItemAsync(HttpClient client, string province, string title, string lead, DateOnly due, string recurrence = "None") =>
        Forms.SubmitAsync(client, Plan(province), "[name='Form.Title']", new Dictionary<string, string>
        {
            ["Form.Title"] = title,
            ["Form.LeadAgencyKey"] = lead,
            ["Form.Due"] = VietnamTime.Format(due),
            ["Form.Recurrence"] = recurrence,
        });

    private Task<string> VersionAsync(string province) =>
        host.Database.ScalarAsync<string>($"select xmin::text from tasks.plans where province = '{province}' and year = {Year}");

    private Task<int> StatusAsync(string province) =>
        host.Database.ScalarAsync<int>($"select status from tasks.plans where province = '{province}' and year = {Year}");

    /// <summary>The secretariat sends the issuing form the page shows only the head.</summary>
    private async Task<HttpResponseMessage> IssueWithoutFormAsync(HttpClient client, string province) =>
        await Forms.PostAsync(client, Plan(province), Plan(province) + "?handler=Issue", new Dictionary<string, string>
        {
            ["Version"] = await VersionAsync(province),
            ["DecisionNumber"] = "12/KH-BCĐ",
            ["DecisionDate"] = VietnamTime.Format(VietnamTime.Today(TimeProvider.System)),
        });

    [Fact]
    public async Task The_secretariat_drafts_the_plan_the_head_issues_it_and_each_item_becomes_tasks_with_the_head_as_issuer()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var head = await host.SignInAsync("son-la.leader");
        await DraftAsync(secretariat, "son-la");

        var outside = await AddItemAsync(secretariat, "son-la", "Mục có thời hạn ngoài năm kế hoạch", "so-khcn", new DateOnly(Year + 1, 1, 15));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        Assert.Contains($"Thời hạn phải trong năm {Year}.", await MeetingSteps.AlertAsync(outside), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await AddItemAsync(secretariat, "son-la", "Xây dựng kế hoạch chuyển đổi số giai đoạn mới", "so-khcn", new DateOnly(Year, 6, 30))).StatusCode);
        var quarterly = await AddItemAsync(secretariat, "son-la", "Báo cáo tiến độ thực hiện Đề án 06 hằng quý", "ubnd-cap-xa", new DateOnly(Year, 3, 25), "Quarterly");
        Assert.Equal(HttpStatusCode.OK, quarterly.StatusCode);
        var rows = (await Html.ParseAsync(quarterly)).QuerySelectorAll("main table tbody tr").Select(r => r.Text()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("2 Báo cáo tiến độ thực hiện Đề án 06 hằng quý UBND các xã, phường", rows[1], StringComparison.Ordinal);
        Assert.Contains("Hằng quý", rows[1], StringComparison.Ordinal);

        // The secretariat is not offered the issuing form, and is refused if it sends it anyway.
        Assert.False(await Forms.OffersAsync(secretariat, Plan("son-la"), "[name=DecisionNumber]"));
        var refused = await IssueWithoutFormAsync(secretariat, "son-la");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Chỉ Trưởng Ban phê duyệt, ban hành chương trình, kế hoạch công tác hằng năm. (Sơn La, Điều 5.2)",
            await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        Assert.Equal(0, await StatusAsync("son-la"));

        var issued = await Forms.SubmitAsync(head, Plan("son-la"), "[name=DecisionNumber]", new Dictionary<string, string>
        {
            ["DecisionNumber"] = "12/KH-BCĐ",
            ["DecisionDate"] = $"05/01/{Year}",
        });

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var page = await Html.ParseAsync(issued);
        Assert.Equal("Đã ban hành kế hoạch; các mục đã trở thành nhiệm vụ.", page.QuerySelector("[role=status]")!.Text());
        Assert.Equal($"Đã ban hành 12/KH-BCĐ, 05/01/{Year} — son-la.leader", page.QuerySelector("main h1 + p")!.Text());
        Assert.Equal(1, await StatusAsync("son-la"));

        var tasks = $"from tasks.tasks t join tasks.plan_items i on i.id = t.source_id join tasks.plans p on p.id = i.plan_id where p.province = 'son-la' and p.year = {Year}";
        Assert.Equal("1|1|truong-ban", await host.Database.ScalarAsync<string>(
            $"select count(*) || '|' || count(distinct t.source) || '|' || string_agg(distinct t.issuer_seat_key, ',') {tasks} and i.number = 1 and t.source = 1"));
        Assert.Equal($"{Year}-03-25,{Year}-06-25,{Year}-09-25,{Year}-12-25|1|truong-ban", await host.Database.ScalarAsync<string>(
            $"select string_agg(t.due::text, ',' order by t.due) || '|' || count(distinct t.series_id) || '|' || string_agg(distinct t.issuer_seat_key, ',') {tasks} and i.number = 2 and t.source = 1"));

        // The tasks are listed with their source, which links back to the plan.
        var list = await Html.GetAsync(head, "/son-la/tasks?nguon=Plan&co-quan=ubnd-cap-xa");
        var sources = list.QuerySelectorAll("table.tasks tbody tr").Select(r => r.Children[4].Text()).ToList();
        Assert.Equal(4, sources.Count);
        Assert.All(sources, s => Assert.Equal($"Kế hoạch công tác năm {Year} (12/KH-BCĐ), mục 2", s));
        var first = list.QuerySelector("table.tasks tbody tr a")!.GetAttribute("href")!;
        Assert.Equal(Plan("son-la"), (await Html.GetAsync(head, first)).QuerySelector("section[aria-labelledby=assignment] dd a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_issued_plan_no_longer_changes()
    {
        var secretariat = await host.SignInAsync("dak-lak.secretariat");
        var head = await host.SignInAsync("dak-lak.leader");
        await DraftAsync(secretariat, "dak-lak");
        Assert.Equal(HttpStatusCode.OK, (await AddItemAsync(secretariat, "dak-lak", "Tổng kết 5 năm thực hiện chuyển đổi số", "so-khcn", new DateOnly(Year, 11, 30))).StatusCode);
        var item = await host.Database.ScalarAsync<Guid>($"select i.id from tasks.plan_items i join tasks.plans p on p.id = i.plan_id where p.province = 'dak-lak' and p.year = {Year}");
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(head, Plan("dak-lak"), "[name=DecisionNumber]", new Dictionary<string, string>
        {
            ["DecisionNumber"] = "07/KH-BCĐ",
            ["DecisionDate"] = $"10/01/{Year}",
        })).StatusCode);
        var tasks = await host.Database.ScalarAsync<long>("select count(*) from tasks.tasks where province = 'dak-lak'");

        var page = await Html.GetAsync(secretariat, Plan("dak-lak"));
        Assert.Null(page.QuerySelector("[name='Form.Title']"));
        Assert.Null(page.QuerySelector("form[action$='handler=Remove']"));
        var added = await Forms.PostAsync(secretariat, Plan("dak-lak"), Plan("dak-lak") + "?handler=Item", new Dictionary<string, string>
        {
            ["Form.Title"] = "Mục thêm sau khi ban hành",
            ["Form.LeadAgencyKey"] = "so-khcn",
            ["Form.Due"] = $"30/06/{Year}",
        });
        var removed = await Forms.PostAsync(secretariat, Plan("dak-lak"), Plan("dak-lak") + "?handler=Remove", new Dictionary<string, string> { ["itemId"] = item.ToString() });
        var again = await Forms.PostAsync(head, Plan("dak-lak"), Plan("dak-lak") + "?handler=Issue", new Dictionary<string, string>
        {
            ["Version"] = await VersionAsync("dak-lak"),
            ["DecisionNumber"] = "08/KH-BCĐ",
            ["DecisionDate"] = $"11/01/{Year}",
        });

        foreach (var refused in new[] { added, removed })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("Kế hoạch đã ban hành: không sửa được nữa.", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("Kế hoạch đã ban hành.", await MeetingSteps.AlertAsync(again), StringComparison.Ordinal);
        Assert.Equal($"1|07/KH-BCĐ|Tổng kết 5 năm thực hiện chuyển đổi số", await host.Database.ScalarAsync<string>(
            $"select count(i.*) || '|' || min(p.decision_number) || '|' || min(i.title) from tasks.plans p join tasks.plan_items i on i.plan_id = p.id where p.province = 'dak-lak' and p.year = {Year}"));
        Assert.Equal(tasks, await host.Database.ScalarAsync<long>("select count(*) from tasks.tasks where province = 'dak-lak'"));
    }

    [Fact]
    public async Task Dak_Lak_only_the_head_issues_the_plan_under_Art_4_2()
    {
        var secretariat = await host.SignInAsync("dak-lak.secretariat");
        var member = await host.SignInAsync("dak-lak.member");
        var year = Year + 1;
        var url = $"/dak-lak/tasks/plans/{year}";
        var started = await Forms.SubmitAsync(secretariat, "/dak-lak/tasks/plans", "input[name=year]", new Dictionary<string, string> { ["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(url, started.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(secretariat, url, "[name='Form.Title']", new Dictionary<string, string>
        {
            ["Form.Title"] = "Đánh giá chỉ số chuyển đổi số cấp tỉnh",
            ["Form.LeadAgencyKey"] = "so-khcn",
            ["Form.Due"] = $"30/09/{year}",
        })).StatusCode);
        var version = await host.Database.ScalarAsync<string>($"select xmin::text from tasks.plans where province = 'dak-lak' and year = {year}");

        foreach (var other in new[] { secretariat, member })
        {
            var refused = await Forms.PostAsync(other, url, url + "?handler=Issue", new Dictionary<string, string>
            {
                ["Version"] = version,
                ["DecisionNumber"] = "09/KH-BCĐ",
                ["DecisionDate"] = $"05/01/{year}",
            });

            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("Chỉ Trưởng Ban phê duyệt, ban hành chương trình, kế hoạch công tác hằng năm. (Đắk Lắk, Điều 4.2)",
                await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        }

        Assert.Equal(0, await host.Database.ScalarAsync<int>($"select status from tasks.plans where province = 'dak-lak' and year = {year}"));
    }
}
