using System.Net;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>The standing agency prepares a meeting's agenda on its page; the demo's upcoming meeting comes with one.</summary>
public sealed class MeetingAgendaTests(PlatformFactory host) : IClassFixture<PlatformFactory>, IAsyncLifetime
{
    private HttpClient _secretariat = null!;

    public async Task InitializeAsync() => _secretariat = await host.SignInAsync("son-la.secretariat");

    public Task DisposeAsync() => Task.CompletedTask;

    private static List<string> Agenda(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("section[aria-labelledby=agenda] tbody tr").Select(r => $"{r.Children[0].Text()}. {r.Children[1].Text()}")];

    [Fact]
    public async Task The_demos_upcoming_meeting_comes_with_its_agenda()
    {
        var upcoming = await host.Database.ScalarAsync<Guid>("select id from meetings.meetings where province = 'son-la' and status = 1 and title like '%(demo)'");

        var agenda = Agenda(await Html.GetAsync(_secretariat, $"/son-la/meetings/{upcoming}"));

        Assert.Equal(
            ["1. Báo cáo kết quả thực hiện nhiệm vụ trong kỳ (demo)", "2. Thảo luận, cho ý kiến về các khó khăn, vướng mắc (demo)", "3. Kết luận của người chủ trì (demo)"],
            agenda);
    }

    [Fact]
    public async Task The_secretariat_adds_agenda_items_in_order_and_removing_one_renumbers_the_rest()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, "son-la", new("Phiên họp thử chương trình", MeetingSteps.DaysAhead(10)));
        var url = $"/son-la/meetings/{meeting}/agenda";

        foreach (var (title, minutes) in new[] { ("Báo cáo tiến độ Đề án 06", "20"), ("Thảo luận chỉ số DTI", "40"), ("Kết luận", "10") })
        {
            var added = await Forms.SubmitAsync(_secretariat, url, "#ItemTitle", new Dictionary<string, string> { ["ItemTitle"] = title, ["ItemMinutes"] = minutes });
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }

        Assert.Equal(["1. Báo cáo tiến độ Đề án 06", "2. Thảo luận chỉ số DTI", "3. Kết luận"], Agenda(await Html.GetAsync(_secretariat, url)));

        var removed = await Forms.SubmitAsync(_secretariat, url, "section[aria-labelledby=agenda] tbody tr:first-child form");

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(["1. Thảo luận chỉ số DTI", "2. Kết luận"], Agenda(await Html.ParseAsync(removed)));
        Assert.Contains("Tổng thời lượng: 50 phút", (await Html.ParseAsync(removed)).Text(), StringComparison.Ordinal);
    }
}
