using System.Globalization;
using System.Net;
using Platform.Benchmarks.Hosting.Dataset;

namespace Platform.IntegrationTests;

/// <summary>
/// The dashboard reads closed tasks from tallies PostgreSQL keeps with every change of a task (issue 18.1): after
/// random assignments, completions, cancellations, reopenings and extensions through the pages, and after the
/// load-test dataset's bulk writes that bypass the commands, the tallies equal a full recount of the tasks, and the
/// dashboard's counts per lead agency equal a direct count by the rule of state (<c>TaskStates</c>).
/// </summary>
public sealed class TaskTallyTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Province = "son-la";

    /// <summary>The demo member's agency: its focal point reports and asks for extensions.</summary>
    private const string MemberAgency = "van-phong-ubnd";

    private const string Tallies = """
        select coalesce(string_agg(format('%s|%s|%s|%s|%s|%s|%s', province, lead_agency_key, portfolio_key, due_quarter, on_time, late, cancelled), E'\n'
                                   order by province, lead_agency_key, portfolio_key, due_quarter), '')
        from tasks.closed_tallies where on_time + late + cancelled > 0
        """;

    private const string Recount = """
        select coalesce(string_agg(format('%s|%s|%s|%s|%s|%s|%s', province, agency, portfolio, quarter, on_time, late, cancelled), E'\n'
                                   order by province, agency, portfolio, quarter), '')
        from (
            select province, lead_agency_key as agency, coalesce(portfolio_key, '') as portfolio, date_trunc('quarter', due)::date as quarter,
                   count(*) filter (where progress = 2 and completed_on <= due) as on_time,
                   count(*) filter (where progress = 2 and completed_on > due) as late,
                   count(*) filter (where progress = 3) as cancelled
            from tasks.tasks where progress in (2, 3)
            group by 1, 2, 3, 4
        ) recount
        """;

    private HttpClient _head = null!;
    private HttpClient _secretariat = null!;
    private HttpClient _member = null!;

    public async Task InitializeAsync()
    {
        host.Clock.Now = null;
        _head = await host.SignInAsync("son-la.leader");
        _secretariat = await host.SignInAsync("son-la.secretariat");
        _member = await host.SignInAsync("son-la.member");
    }

    public Task DisposeAsync()
    {
        host.Clock.Now = null;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task After_random_changes_through_the_pages_and_bulk_writes_the_tallies_equal_a_full_recount()
    {
        // The demo's closed tasks were tallied as they were written.
        Assert.NotEqual("", await host.Database.ScalarAsync<string>(Recount));
        Assert.Equal(await host.Database.ScalarAsync<string>(Recount), await host.Database.ScalarAsync<string>(Tallies));

        // Bulk writes outside the commands (inserts, then an update setting every state) are tallied too.
        using (var printed = new StringWriter())
        {
            Assert.True(await DatasetCommand.RunAsync(host.Services, Province, 1, printed) == 0, printed.ToString());
        }

        Assert.Equal(await host.Database.ScalarAsync<string>(Recount), await host.Database.ScalarAsync<string>(Tallies));

        var form = await Html.GetAsync(_head, $"/{Province}/tasks/new");
        var agencies = form.QuerySelectorAll("select[name='Form.LeadAgencyKey'] option").Select(o => o.GetAttribute("value")!).Where(v => v.Length > 0).ToList();
        var portfolios = form.QuerySelectorAll("select[name='Form.PortfolioKey'] option").Select(o => o.GetAttribute("value")!).ToList();
        Assert.Contains(MemberAgency, agencies);
        Assert.Contains("", portfolios);

        var random = new Random(18);
        var day = new DateOnly(2028, 3, 20);
        var tasks = new List<(Guid Id, string Agency)>();
        for (var i = 0; i < 14; i++)
        {
            host.Clock.Now = TaskSteps.At(day, 9);
            var agency = i % 2 == 0 ? MemberAgency : agencies[random.Next(agencies.Count)];
            var due = day.AddDays(random.Next(3, 120));
            var id = await TaskSteps.AssignAsync(_head, Province, new($"Nhiệm vụ kiểm đếm số {i + 1}", agency, due) { Portfolio = portfolios[random.Next(portfolios.Count)] });
            tasks.Add((id, agency));
        }

        var steps = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            day = day.AddDays(random.Next(0, 9));
            host.Clock.Now = TaskSteps.At(day, 10);
            var (task, agency) = tasks[random.Next(tasks.Count)];
            var closed = await host.Database.ScalarAsync<int>($"select progress from tasks.tasks where id = '{task}'") >= 2;
            var mine = agency == MemberAgency;
            var step = closed ? "reopen" : random.Next(mine ? 4 : 2) switch { 0 => "done", 1 => "cancel", 2 => "report-done", _ => "extend" };
            var response = step switch
            {
                "reopen" => await TaskSteps.SetAsync(_secretariat, Province, task, "Reopened", "Kết quả chưa đạt yêu cầu."),
                "done" => await TaskSteps.SetAsync(_secretariat, Province, task, "MarkedDone"),
                "cancel" => await TaskSteps.SetAsync(_secretariat, Province, task, "Cancelled", "Đã lồng ghép vào nhiệm vụ khác."),
                "report-done" => await TaskSteps.ReportAsync(_member, Province, task, "Đã hoàn thành.", progress: "Done"),
                _ => await ExtendAsync(task, day, random.Next(10, 60)),
            };
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{day:yyyy-MM-dd} {step}: {response.StatusCode}");
            steps.Add(step);
        }

        Assert.Contains("reopen", steps);
        Assert.Contains("extend", steps);
        Assert.True(await host.Database.ScalarAsync<long>("select count(*) from tasks.tasks where title like 'Nhiệm vụ kiểm đếm số %' and progress in (2, 3)") > 0, string.Join('\n', steps));
        Assert.Equal(await host.Database.ScalarAsync<string>(Recount), await host.Database.ScalarAsync<string>(Tallies));

        await TheDashboardCountsAsTheRuleOfStateDoesAsync(day);

        // Negative control: a change the trigger does not see shows as a difference, so the comparison can fail.
        await host.Database.ExecuteAsync($"""
            alter table tasks.tasks disable trigger tally_closed_tasks_changed;
            update tasks.tasks set progress = 3, cancel_reason = 'kiểm chứng' where id = '{tasks[0].Id}' and progress <> 3;
            update tasks.tasks set progress = 0, completed_on = null where id = '{tasks[0].Id}' and progress = 3 and cancel_reason <> 'kiểm chứng';
            alter table tasks.tasks enable trigger tally_closed_tasks_changed;
            """);
        Assert.NotEqual(await host.Database.ScalarAsync<string>(Recount), await host.Database.ScalarAsync<string>(Tallies));
    }

    /// <summary>An extension of <paramref name="days"/> days past the later of today and the deadline, asked by the lead agency and approved by the head who assigned the task.</summary>
    private async Task<HttpResponseMessage> ExtendAsync(Guid task, DateOnly today, int days)
    {
        var due = DateOnly.FromDateTime(await host.Database.ScalarAsync<DateTime>($"select due::timestamp from tasks.tasks where id = '{task}'"));
        var asked = await TaskSteps.AskExtensionAsync(_member, Province, task, TaskSteps.Day((due > today ? due : today).AddDays(days)), "Chờ số liệu của các huyện.");
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        return await TaskSteps.DecideAsync(_head, Province, task, approve: true);
    }

    /// <summary>Each row of the dashboard's table by lead agency, against a direct count of that agency's tasks on that day.</summary>
    private async Task TheDashboardCountsAsTheRuleOfStateDoesAsync(DateOnly today)
    {
        var soon = today.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expected = await host.Database.ScalarAsync<string>($"""
            select string_agg(format('%s|%s|%s|%s|%s|%s|%s', lead_agency_key, overdue, due_soon, open, on_time, late, cancelled), E'\n' order by lead_agency_key)
            from (
                select lead_agency_key,
                       count(*) filter (where progress in (0, 1) and due < '{day}') as overdue,
                       count(*) filter (where progress in (0, 1) and due >= '{day}' and due <= '{soon}') as due_soon,
                       count(*) filter (where progress in (0, 1) and due >= '{day}') as open,
                       count(*) filter (where progress = 2 and completed_on <= due) as on_time,
                       count(*) filter (where progress = 2 and completed_on > due) as late,
                       count(*) filter (where progress = 3) as cancelled
                from tasks.tasks where province = '{Province}' group by lead_agency_key
            ) counted
            """);

        var dashboard = await Html.GetAsync(_head, $"/{Province}/tasks/dashboard");
        var rows = dashboard.QuerySelectorAll("section.card").First(s => s.QuerySelector("h2")!.TextContent.Contains("Theo cơ quan chủ trì", StringComparison.Ordinal))
            .QuerySelectorAll("tbody tr")
            .Select(r =>
            {
                var cells = r.QuerySelectorAll("td").Skip(1).ToList();
                var link = cells[0].QuerySelector("a")!.GetAttribute("href")!;
                var key = Uri.UnescapeDataString(link.Split("chu-tri=")[1].Split('&')[0]);
                return $"{key}|{string.Join('|', cells.Select(c => c.TextContent.Trim()))}";
            })
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, string.Join('\n', rows));
    }
}
