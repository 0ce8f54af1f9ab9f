using System.Net;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// A meeting set on a day the civil service does not work (a weekend, a public holiday) or at night is not refused but
/// warned about: the standing agency sees why, keeps what it typed, and confirms with "Vẫn xếp lịch" to save it.
/// </summary>
public sealed class MeetingScheduleWarningTests(MeetingHost host) : IClassFixture<MeetingHost>
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static MeetingPlan Plan(string title, int year, int month, int day, int hour, int minute) =>
        new(title, new DateTimeOffset(year, month, day, hour, minute, 0, Vietnam)) { ScheduleAnyway = false };

    private Task<long> CountAsync(string title) =>
        host.Database.ScalarAsync<long>($"select count(*) from meetings.meetings where title = '{title}'");

    [Fact]
    public async Task A_meeting_on_a_Sunday_at_0235_is_warned_about_kept_as_typed_and_saved_only_when_confirmed()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");
        const string title = "Phiên họp thử vào Chủ nhật lúc nửa đêm";

        var warned = await MeetingSteps.SendScheduleAsync(secretariat, "son-la", Plan(title, 2027, 3, 7, 2, 35));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, warned.StatusCode);
        var page = await Html.ParseAsync(warned);
        var warning = page.QuerySelector("#schedule-warning")!.Text();
        Assert.Contains("Ngày 07/03/2027 là Chủ nhật, không phải ngày làm việc (Bộ luật Lao động 2019, Điều 111).", warning, StringComparison.Ordinal);
        Assert.Contains("Cuộc họp 02:35–04:35 nằm ngoài giờ làm việc (từ 07:00 đến 19:00).", warning, StringComparison.Ordinal);
        Assert.Contains("Vẫn xếp lịch", page.QuerySelector("#Form_ScheduleAnyway")!.ParentElement!.Text(), StringComparison.Ordinal);
        Assert.False(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Form_ScheduleAnyway")!).IsChecked);
        Assert.Equal(title, page.QuerySelector("#Form_Title")!.GetAttribute("value"));
        Assert.Equal("07/03/2027", page.QuerySelector("#Form_Date")!.GetAttribute("value"));
        Assert.Equal("02:35", page.QuerySelector("#Form_Time")!.GetAttribute("value"));
        Assert.Equal(0L, await CountAsync(title));

        var confirmed = await MeetingSteps.SendScheduleAsync(secretariat, "son-la", Plan(title, 2027, 3, 7, 2, 35) with { ScheduleAnyway = true });

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Đã lên lịch cuộc họp.", (await Html.ParseAsync(confirmed)).Text(), StringComparison.Ordinal);
        Assert.Equal(1L, await CountAsync(title));
    }

    [Fact]
    public async Task A_public_holiday_is_named_and_an_evening_that_runs_past_19_00_is_warned_about()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");

        var holiday = await Html.ParseAsync(await MeetingSteps.SendScheduleAsync(secretariat, "son-la", Plan("Họp ngày Quốc khánh", 2027, 9, 2, 9, 0)));
        var evening = await Html.ParseAsync(await MeetingSteps.SendScheduleAsync(secretariat, "son-la", Plan("Họp buổi tối", 2027, 3, 9, 18, 0)));

        Assert.Contains("Ngày 02/09/2027 là ngày nghỉ:", holiday.QuerySelector("#schedule-warning")!.Text(), StringComparison.Ordinal);
        Assert.Contains("(Bộ luật Lao động 2019, Điều 112)", holiday.QuerySelector("#schedule-warning")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Cuộc họp 18:00–20:00 nằm ngoài giờ làm việc", evening.QuerySelector("#schedule-warning")!.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("không phải ngày làm việc", evening.QuerySelector("#schedule-warning")!.Text(), StringComparison.Ordinal);
        Assert.Equal(0L, await CountAsync("Họp ngày Quốc khánh") + await CountAsync("Họp buổi tối"));
    }

    [Fact]
    public async Task A_working_day_in_office_hours_is_scheduled_without_a_word()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");

        var response = await MeetingSteps.SendScheduleAsync(secretariat, "son-la", Plan("Họp thứ Ba buổi sáng", 2027, 3, 9, 8, 0));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null((await Html.ParseAsync(response)).QuerySelector("#schedule-warning"));
        Assert.Equal(1L, await CountAsync("Họp thứ Ba buổi sáng"));
    }

    [Fact]
    public async Task The_warning_is_in_English_on_request()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");
        await FormPost.SubmitAsync(secretariat, "/son-la", new Dictionary<string, string> { ["culture"] = "en-GB", ["returnUrl"] = "/son-la" }, action: "/language");

        var page = await Html.ParseAsync(await MeetingSteps.SendScheduleAsync(secretariat, "son-la", Plan("Sunday meeting", 2027, 3, 7, 10, 0)));

        Assert.Contains("07/03/2027 is a Sunday, not a working day (Labour Code 2019, Art. 111).", page.QuerySelector("#schedule-warning")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Schedule anyway", page.QuerySelector("#schedule-warning")!.Text(), StringComparison.Ordinal);
    }
}
