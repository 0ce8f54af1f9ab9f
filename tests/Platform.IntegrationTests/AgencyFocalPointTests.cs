using System.Net;
using Platform.Core.Dates;

namespace Platform.IntegrationTests;

/// <summary>
/// An agency's focal point acts for the agency, not for a person's seat: Sở Nội vụ's staff write and send the report
/// the regulation asks of its member (Sơn La, Art. 12) and report on the tasks Sở Nội vụ leads, but never approve an
/// absence, which belongs to the chair's seat (Sơn La, Art. 9.2c).
/// </summary>
public sealed class AgencyFocalPointTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Province = "son-la";
    private const string HomeAffairs = "so-noi-vu";
    private const string HomeAffairsSeat = "giam-doc-so-noi-vu";

    public Task InitializeAsync()
    {
        host.Clock.Now = null;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        host.Clock.Now = null;
        return Task.CompletedTask;
    }

    private static string Write(string period, string submitter) => $"/son-la/reports/write?ky={period}&buoc=thanh-vien&ai={submitter}";

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, string results)
    {
        var page = await Html.GetAsync(client, url);
        var button = page.QuerySelectorAll("button[formaction]").Single(b => b.GetAttribute("formaction")!.EndsWith("handler=Submit", StringComparison.Ordinal));
        return await new OpenForm(button.GetAttribute("formaction")!, "application/x-www-form-urlencoded", Forms.Fields(button.Closest("form")!), null)
            .SendAsync(client, new Dictionary<string, string> { ["Form.Results"] = results });
    }

    [Fact]
    public async Task Son_La_a_focal_point_of_So_Noi_vu_submits_its_agencys_report_but_cannot_approve_an_absence()
    {
        host.Clock.Now = new DateTimeOffset(2027, 6, 5, 9, 0, 0, MeetingSteps.Vietnam).ToUniversalTime();
        var focal = await host.SignInForAgencyAsync(Province, HomeAffairs);
        var otherAgency = await host.SignInForAgencyAsync(Province, "so-tai-chinh");
        var url = Write("Q2-2027", HomeAffairsSeat);

        Assert.False(await Forms.OffersAsync(otherAgency, url, "textarea[name='Form.Results']"));
        var sent = await SubmitAsync(focal, url, "Kết quả cải cách hành chính của Sở Nội vụ trong quý.");

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("Đã gửi báo cáo", (await Html.ParseAsync(sent)).Text(), StringComparison.Ordinal);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from reporting.submissions where province = 'son-la' and year = 2027 and number = 2 and period_kind = 0 and submitter_key = '{HomeAffairsSeat}' and status = 1"));

        host.Clock.Now = null;
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var meeting = await MeetingSteps.ScheduleAsync(secretariat, Province, new("Phiên họp Ban Chỉ đạo 1287 có đầu mối dự", MeetingSteps.DaysAhead(21)));
        var member = await host.SignInAsync("son-la.member");
        Assert.Equal(HttpStatusCode.OK, (await MeetingSteps.AskToBeExcusedAsync(member, Province, meeting, "chanh-van-phong-ubnd")).StatusCode);
        var request = await MeetingSteps.RequestIdAsync(host, meeting, "chanh-van-phong-ubnd");

        Assert.False(await Forms.OffersAsync(focal, "/son-la/meetings/decisions", $"input[name=requestId][value='{request}']"));
        var refused = await MeetingSteps.DecideWithoutFormAsync(host, focal, Province, request, approve: true);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(0, await host.Database.ScalarAsync<int>($"select status from meetings.absence_requests where id = '{request}'"));
    }

    [Fact]
    public async Task A_focal_point_reports_progress_on_a_task_its_agency_leads_and_not_on_another_agencys()
    {
        var head = await host.SignInAsync("son-la.leader");
        var task = await TaskSteps.AssignAsync(head, Province, new("Rà soát chỉ số PAR INDEX của tỉnh", HomeAffairs, VietnamTime.Today(TimeProvider.System).AddDays(30)));
        var focal = await host.SignInForAgencyAsync(Province, HomeAffairs);
        var otherAgency = await host.SignInForAgencyAsync(Province, "so-tai-chinh");

        Assert.False(await Forms.OffersAsync(otherAgency, $"/son-la/tasks/{task}", "[name=Text]"));
        var reported = await TaskSteps.ReportAsync(focal, Province, task, "Đã rà soát 18 tiêu chí thành phần.", percent: "40");

        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        Assert.Equal($"son-la.staff.{HomeAffairs}|{HomeAffairs}", await host.Database.ScalarAsync<string>(
            $"select author || '|' || author_agency_key from tasks.updates where task_id = '{task}' and text = 'Đã rà soát 18 tiêu chí thành phần.'"));
    }
}
