using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Dates;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// A member replaced by an appointment decision before a scheduled meeting: the meeting's invitations follow the seat
/// to its holder on the meeting's day, the old holder's absence request no longer applies (being excused is personal —
/// Sơn La, Art. 9.2c), and what was issued before — a conclusion notice, a held meeting's register — stays as issued.
/// </summary>
public sealed class SeatReplacementTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Province = "son-la";
    private const string NewHolder = "Nguyễn Văn Tân (thử)";
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

    private string MemberSeat =>
        host.Services.GetRequiredService<IProvinceCatalog>().Find(Province)!.Seats.First(s => s.Role == SeatRole.Member).Key;

    [Fact]
    public async Task A_replaced_holder_leaves_a_scheduled_meetings_invitations_and_stays_on_what_was_issued()
    {
        // Issued before the replacement: yesterday's meeting, held, and its conclusion notice.
        var held = await MeetingSteps.HeldAsync(_secretariat, Province, "Phiên họp trước khi thay thành viên");
        await MeetingSteps.DraftNoticeAsync(_secretariat, Province, held, ("Sở Khoa học và Công nghệ hoàn thành nền tảng số dùng chung.", "so-khcn"));
        var noticeUrl = $"/{Province}/meetings/{held}/notice";
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(_head, noticeUrl, "form[action$='handler=Approve']")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(_secretariat, noticeUrl, "form[action$='handler=Issue']")).StatusCode);

        // Scheduled before it, for after it: the member asks to be excused and the chair agrees.
        var scheduled = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Phiên họp sau khi thay thành viên", MeetingSteps.DaysAhead(10)));
        var previous = await host.Database.ScalarAsync<string>($"select name from meetings.invitations where meeting_id = '{scheduled}' and seat_key = '{MemberSeat}'");
        Assert.DoesNotContain("khuyết", previous, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await MeetingSteps.AskToBeExcusedAsync(_member, Province, scheduled, MemberSeat)).StatusCode);
        var request = await MeetingSteps.RequestIdAsync(host, scheduled, MemberSeat);
        Assert.Equal(HttpStatusCode.OK, (await MeetingSteps.DecideOnDecisionsPageAsync(_head, Province, request, approve: true)).StatusCode);
        var meetingUrl = $"/{Province}/meetings/{scheduled}";
        Assert.Contains(previous, NameCell(await Html.GetAsync(_secretariat, meetingUrl)), StringComparison.Ordinal);
        var statementsBefore = await CountAsync(meetingUrl);

        var today = VietnamTime.Today(TimeProvider.System);
        await ReplaceAsync(MemberSeat, today, today, NewHolder);

        // The scheduled meeting's page and its printable invitation name the new holder, not the old one.
        var page = await Html.GetAsync(_secretariat, meetingUrl);
        var row = SeatRow(page);
        var name = NameCell(page);
        Assert.Contains(NewHolder, name, StringComparison.Ordinal);
        Assert.DoesNotContain(previous, name, StringComparison.Ordinal);
        // The old holder's excuse does not pass to the new one: it no longer applies, saying why, and the register is open.
        Assert.Contains("Không còn hiệu lực", row, StringComparison.Ordinal);
        Assert.Contains("Sơn La, Điều 9.2c", row, StringComparison.Ordinal);
        Assert.Contains("Chưa ghi nhận", row, StringComparison.Ordinal);
        var invitation = (await Html.GetAsync(_secretariat, $"{meetingUrl}/invitation")).QuerySelector("article")!.Text();
        Assert.Contains(NewHolder, invitation, StringComparison.Ordinal);
        Assert.DoesNotContain(previous, invitation, StringComparison.Ordinal);
        Assert.Equal(statementsBefore, await CountAsync(meetingUrl));

        // The new holder may ask for themselves; the old request is no longer decided.
        var asked = await MeetingSteps.AskToBeExcusedAsync(_member, Province, scheduled, MemberSeat, substitute: "Trần Thị Phó (thử)");
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal(2L, await host.Database.ScalarAsync<long>($"select count(*) from meetings.absence_requests where meeting_id = '{scheduled}'"));
        Assert.Equal(NewHolder, await host.Database.ScalarAsync<string>(
            $"select holder_name from meetings.absence_requests where meeting_id = '{scheduled}' order by requested_at desc limit 1"));

        // What was issued stays as issued: the notice's recipients and the held meeting's register keep the old holder.
        var notice = (await Html.GetAsync(_secretariat, noticeUrl)).Text();
        Assert.Contains(previous, notice, StringComparison.Ordinal);
        Assert.DoesNotContain(NewHolder, notice, StringComparison.Ordinal);
        Assert.Contains(previous, NameCell(await Html.GetAsync(_secretariat, $"/{Province}/meetings/{held}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Holding_the_meeting_writes_the_holders_of_its_day_into_its_register()
    {
        var seat = host.Services.GetRequiredService<IProvinceCatalog>().Find(Province)!.Seats.Where(s => s.Role == SeatRole.Member).Skip(1).First().Key;
        var startsAt = MeetingSteps.DaysAhead(3);
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Phiên họp ghi tên người giữ vị trí", startsAt));
        var today = VietnamTime.Today(TimeProvider.System);
        await ReplaceAsync(seat, today.AddDays(1), today, "Phạm Thị Mai (thử)");

        host.Clock.Now = startsAt.AddHours(1);
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(_secretariat, $"/{Province}/meetings/{meeting}/status", "form[action$='handler=Held']")).StatusCode);
        }
        finally
        {
            host.Clock.Now = null;
        }

        // The register is a record from now on: it names the holder of the meeting's day, not the one of the scheduling day.
        Assert.Equal("Phạm Thị Mai (thử)", await host.Database.ScalarAsync<string>($"select name from meetings.invitations where meeting_id = '{meeting}' and seat_key = '{seat}'"));
    }

    private async Task ReplaceAsync(string seat, DateOnly from, DateOnly signed, string person)
    {
        var replaced = await FormPost.SubmitAsync(_secretariat, $"/{Province}/seats/{seat}/replace", new Dictionary<string, string>
        {
            ["Form.EffectiveFrom"] = VietnamTime.Format(from),
            ["Form.DecisionNumber"] = "512/QĐ-UBND",
            ["Form.DecisionDate"] = VietnamTime.Format(signed),
            ["Form.DecisionSigner"] = "Chủ tịch UBND tỉnh",
            ["Form.PersonName"] = person,
        });
        Assert.Contains("Đã lưu thay đổi.", (await Html.ParseAsync(replaced)).Text(), StringComparison.Ordinal);
    }

    private string SeatRow(AngleSharp.Dom.IDocument page) => Row(page).Text();

    private string NameCell(AngleSharp.Dom.IDocument page) => Row(page).QuerySelector("td")!.Text();

    private AngleSharp.Dom.IElement Row(AngleSharp.Dom.IDocument page)
    {
        var office = host.Services.GetRequiredService<IProvinceCatalog>().Find(Province)!.Seats.First(s => s.Key == MemberSeat).Office;
        return page.QuerySelectorAll("section[aria-labelledby=invitees] tbody tr").First(r => r.Text().Contains(office, StringComparison.Ordinal));
    }

    private async Task<int> CountAsync(string url)
    {
        await _secretariat.GetAsync(url);
        host.Sql.Reset();
        Assert.Equal(HttpStatusCode.OK, (await _secretariat.GetAsync(url)).StatusCode);
        return host.Sql.Count;
    }
}
