using System.Net;
using AngleSharp.Dom;

namespace Platform.IntegrationTests;

/// <summary>
/// What a task's state reads, computed from today's date in Vietnam (Asia/Ho_Chi_Minh), with the host's clock set:
/// overdue from the day after the deadline in force, done on time up to and including it, an approved extension being
/// that deadline; and the dashboard's on-time rate of an agency for a quarter following those states.
/// </summary>
/// <remarks>
/// The tests work in 2027, where the demo data (loaded for the real today) has no tasks: each test keeps to its own
/// days so the class's tests do not see each other's tasks in the counts they read.
/// </remarks>
public sealed class TaskStateTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Province = "son-la";
    private const string Agency = "Văn phòng UBND tỉnh";
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

    public Task DisposeAsync()
    {
        host.Clock.Now = null;
        return Task.CompletedTask;
    }

    private void ClockAt(DateOnly day, int hour, int minute = 0) => host.Clock.Now = TaskSteps.At(day, hour, minute);

    /// <summary>The head assigns a task to Văn phòng UBND tỉnh, the demo member's agency.</summary>
    private Task<Guid> AssignedAsync(string title, DateOnly due) => TaskSteps.AssignAsync(_head, Province, new(title, "van-phong-ubnd", due));

    private async Task DoneAsync(Guid task)
    {
        var done = await TaskSteps.ReportAsync(_member, Province, task, "Đã hoàn thành, gửi kèm báo cáo.", progress: "Done");
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
    }

    [Fact]
    public async Task A_task_past_its_deadline_is_overdue_from_the_next_day_in_Vietnam_not_on_the_day()
    {
        var due = new DateOnly(2027, 5, 10);
        ClockAt(due.AddDays(-7), 9);
        var task = await AssignedAsync("Kiểm tra an toàn thông tin các hệ thống dùng chung", due);
        const string overdueList = "/son-la/tasks?tinh-trang=Overdue&tim=kiem tra an toan thong tin";

        ClockAt(due, 23, 30);
        Assert.Equal("Chưa thực hiện", await TaskSteps.StateAsync(_member, Province, task));
        Assert.Empty(TaskSteps.Titles(await Html.GetAsync(_member, overdueList)));

        // 00:30 on the next day in Vietnam is still the deadline's date in UTC (17:30).
        ClockAt(due.AddDays(1), 0, 30);
        Assert.Equal(due, DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime));
        Assert.Equal("Quá hạn", await TaskSteps.StateAsync(_member, Province, task));
        Assert.Equal(["Kiểm tra an toàn thông tin các hệ thống dùng chung"], TaskSteps.Titles(await Html.GetAsync(_member, overdueList)));
    }

    [Fact]
    public async Task Done_on_the_deadline_is_on_time_and_done_the_day_after_is_late()
    {
        var due = new DateOnly(2027, 5, 12);
        ClockAt(due.AddDays(-7), 9);
        var onTheDay = await AssignedAsync("Báo cáo kết quả triển khai Đề án 06 tháng 5", due);
        var dayAfter = await AssignedAsync("Báo cáo kết quả cải cách hành chính tháng 5", due);

        ClockAt(due, 23, 50);
        await DoneAsync(onTheDay);
        ClockAt(due.AddDays(1), 0, 10);
        await DoneAsync(dayAfter);

        Assert.Equal("Hoàn thành đúng hạn", await TaskSteps.StateAsync(_member, Province, onTheDay));
        Assert.Equal("Hoàn thành quá hạn", await TaskSteps.StateAsync(_member, Province, dayAfter));
        Assert.Equal("2027-05-12|2027-05-13", await host.Database.ScalarAsync<string>(
            $"select (select completed_on::text from tasks.tasks where id = '{onTheDay}') || '|' || (select completed_on::text from tasks.tasks where id = '{dayAfter}')"));
    }

    [Fact]
    public async Task An_approved_extension_is_the_deadline_a_task_is_measured_against()
    {
        var due = new DateOnly(2027, 5, 14);
        ClockAt(due.AddDays(-7), 9);
        var extended = await AssignedAsync("Hoàn thiện dữ liệu dân cư phục vụ dịch vụ công", due);
        var notExtended = await AssignedAsync("Hoàn thiện dữ liệu đất đai phục vụ dịch vụ công", due);
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.AskExtensionAsync(_member, Province, extended, "31/05/2027", "Chờ đồng bộ dữ liệu từ Bộ Công an.")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.DecideAsync(_head, Province, extended, approve: true)).StatusCode);

        ClockAt(due.AddDays(6), 10);
        Assert.Equal("Chưa thực hiện", await TaskSteps.StateAsync(_member, Province, extended));
        Assert.Equal("Quá hạn", await TaskSteps.StateAsync(_member, Province, notExtended));
        await DoneAsync(extended);
        await DoneAsync(notExtended);

        Assert.Equal("Hoàn thành đúng hạn", await TaskSteps.StateAsync(_member, Province, extended));
        Assert.Equal("Hoàn thành quá hạn", await TaskSteps.StateAsync(_member, Province, notExtended));
    }

    [Fact]
    public async Task The_dashboards_on_time_rate_for_an_agency_and_quarter_follows_its_tasks()
    {
        var start = new DateOnly(2027, 7, 1);
        ClockAt(start, 9);
        var onTime = await AssignedAsync("Sơ kết chuyển đổi số 6 tháng đầu năm", new DateOnly(2027, 7, 15));
        var late = await AssignedAsync("Báo cáo chỉ số cải cách hành chính năm trước", new DateOnly(2027, 7, 15));
        var extended = await AssignedAsync("Tổng hợp kiến nghị của doanh nghiệp về thủ tục đầu tư", new DateOnly(2027, 7, 20));
        await AssignedAsync("Đôn đốc cập nhật dữ liệu hộ tịch", new DateOnly(2027, 7, 25));
        await AssignedAsync("Chuẩn bị hội nghị tổng kết năm", new DateOnly(2027, 9, 30));
        var cancelled = await AssignedAsync("Khảo sát hạ tầng mạng xã vùng cao", new DateOnly(2027, 7, 10));
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.SetAsync(_secretariat, Province, cancelled, "Cancelled", "Đã giao cho Sở KH&CN trong nhiệm vụ khác.")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.AskExtensionAsync(_member, Province, extended, "31/07/2027", "Chờ ý kiến các hiệp hội doanh nghiệp.")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.DecideAsync(_head, Province, extended, approve: true)).StatusCode);

        // Nothing done or past its deadline yet: no rate.
        Assert.Equal("—", await RateAsync("Quý III/2027"));

        ClockAt(new DateOnly(2027, 7, 15), 16);
        await DoneAsync(onTime);
        Assert.Equal("100% (1/1)", await RateAsync("Quý III/2027"));

        ClockAt(new DateOnly(2027, 7, 16), 9);
        await DoneAsync(late);
        Assert.Equal("50% (1/2)", await RateAsync("Quý III/2027"));

        // Past the original deadline of the extended task, not past the one in force; the one due 25/07 is now overdue.
        ClockAt(new DateOnly(2027, 7, 26), 9);
        Assert.Equal("33% (1/3)", await RateAsync("Quý III/2027"));
        await DoneAsync(extended);
        Assert.Equal("50% (2/4)", await RateAsync("Quý III/2027"));
    }

    /// <summary>The cell of the dashboard's on-time table for Văn phòng UBND tỉnh and the quarter labelled <paramref name="quarter"/>.</summary>
    private async Task<string> RateAsync(string quarter)
    {
        var table = (await Html.GetAsync(_head, "/son-la/tasks/dashboard")).QuerySelector("section[aria-labelledby=ontime] table.ontime")!;
        var column = table.QuerySelectorAll("thead th").Select(th => th.Text()).ToList().IndexOf(quarter);
        Assert.True(column > 0, $"No column {quarter} on the dashboard.");
        IElement row = table.QuerySelectorAll("tbody tr").Single(r => r.Children[0].Text() == Agency);
        return row.Children[column].Text();
    }
}
