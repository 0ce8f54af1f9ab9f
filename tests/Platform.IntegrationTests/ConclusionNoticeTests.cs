using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Dates;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;

namespace Platform.IntegrationTests;

/// <summary>
/// The conclusion notice (Sơn La, Art. 11.1): the standing agency drafts it, the meeting's chair approves it, it is
/// issued to every member and to the agencies it gives work to, each opening is recorded, and once issued it stays.
/// </summary>
public sealed class ConclusionNoticeTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Province = "son-la";

    // Districts were abolished on 01/07/2025: no member sits for them any more, yet a conclusion may still give them work.
    private const string AgencyWithoutMember = "ubnd-cap-huyen";
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

    private SeatDefinition MemberSeat =>
        host.Services.GetRequiredService<IProvinceCatalog>().Find(Province)!.Seats.First(s => s.Role == SeatRole.Member);

    private async Task<Guid> DraftedAsync(string title)
    {
        var meeting = await MeetingSteps.HeldAsync(_secretariat, Province, title);
        await MeetingSteps.DraftNoticeAsync(_secretariat, Province, meeting,
            ("Sở Khoa học và Công nghệ hoàn thành nền tảng số dùng chung của tỉnh.", "so-khcn"),
            ("Các huyện bàn giao hồ sơ, dữ liệu chuyển đổi số cho UBND cấp xã.", AgencyWithoutMember));
        return meeting;
    }

    private async Task<Guid> IssuedAsync(string title)
    {
        var meeting = await DraftedAsync(title);
        var url = $"/son-la/meetings/{meeting}/notice";
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(_head, url, "form[action$='handler=Approve']")).StatusCode);
        var issued = await Forms.SubmitAsync(_secretariat, url, "form[action$='handler=Issue']");
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Contains("Đã ban hành thông báo kết luận đến các thành viên và cơ quan liên quan.", (await Html.ParseAsync(issued)).Text(), StringComparison.Ordinal);
        return meeting;
    }

    private Task<string> NoticeVersionAsync(Guid meeting) =>
        host.Database.ScalarAsync<string>($"select xmin::text from meetings.notices where meeting_id = '{meeting}'");

    private Task<int> StatusAsync(Guid meeting) =>
        host.Database.ScalarAsync<int>($"select status from meetings.notices where meeting_id = '{meeting}'");

    [Fact]
    public async Task A_conclusion_notice_is_approved_only_by_the_meetings_chair()
    {
        var meeting = await DraftedAsync("Phiên họp thử duyệt thông báo");
        var url = $"/son-la/meetings/{meeting}/notice";

        foreach (var other in new[] { _secretariat, _member })
        {
            Assert.False(await Forms.OffersAsync(other, url, "form[action$='handler=Approve']"));
            var refused = await Forms.PostAsync(other, url, url + "?handler=Approve", new Dictionary<string, string> { ["Form.Version"] = await NoticeVersionAsync(meeting) });
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("Chỉ người chủ trì cuộc họp duyệt thông báo kết luận.", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        }

        Assert.Equal(0, await StatusAsync(meeting));

        var approved = await Forms.SubmitAsync(_head, url, "form[action$='handler=Approve']");

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Contains("Đã duyệt thông báo kết luận.", (await Html.ParseAsync(approved)).Text(), StringComparison.Ordinal);
        Assert.Equal("son-la.leader", await host.Database.ScalarAsync<string>($"select approved_by from meetings.notices where meeting_id = '{meeting}' and status = 1"));
    }

    [Fact]
    public async Task An_approved_draft_edited_again_keeps_only_the_new_items_and_goes_back_to_the_chair()
    {
        var meeting = await DraftedAsync("Phiên họp thử sửa dự thảo đã duyệt");
        var url = $"/son-la/meetings/{meeting}/notice";
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(_head, url, "form[action$='handler=Approve']")).StatusCode);

        var edited = await Forms.SubmitAsync(_secretariat, url, "[name='Form.Number']", new Dictionary<string, string>
        {
            ["Form.Items[0].Text"] = "Sở Nội vụ trình phương án sắp xếp Tổ giúp việc.",
            ["Form.Items[0].LeadAgencyKey"] = "so-noi-vu",
            ["Form.Items[1].Text"] = "",
            ["Form.Items[1].LeadAgencyKey"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Contains("Đã lưu dự thảo thông báo kết luận.", (await Html.ParseAsync(edited)).Text(), StringComparison.Ordinal);
        Assert.Equal(0, await StatusAsync(meeting));
        Assert.Equal("1|Sở Nội vụ trình phương án sắp xếp Tổ giúp việc.|so-noi-vu", await host.Database.ScalarAsync<string>(
            $"select count(*) || '|' || min(i.text) || '|' || min(i.lead_agency_key) from meetings.notice_items i join meetings.notices n on n.id = i.notice_id where n.meeting_id = '{meeting}'"));
        Assert.True(await Forms.OffersAsync(_head, url, "form[action$='handler=Approve']"));
    }

    [Fact]
    public async Task A_conclusion_notice_cannot_be_issued_before_the_chair_approves_it()
    {
        var meeting = await DraftedAsync("Phiên họp thử ban hành sớm");
        var url = $"/son-la/meetings/{meeting}/notice";

        Assert.False(await Forms.OffersAsync(_secretariat, url, "form[action$='handler=Issue']"));
        var refused = await Forms.PostAsync(_secretariat, url, url + "?handler=Issue", new Dictionary<string, string> { ["Form.Version"] = await NoticeVersionAsync(meeting) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Thông báo phải được người chủ trì duyệt trước khi ban hành. (Sơn La, Điều 11.1)", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        Assert.Equal(0, await StatusAsync(meeting));
        Assert.Equal(0L, await host.Database.ScalarAsync<long>(
            $"select count(*) from meetings.notice_recipients r join meetings.notices n on n.id = r.notice_id where n.meeting_id = '{meeting}'"));
    }

    [Fact]
    public async Task Issuing_sends_the_notice_to_every_member_seat_and_to_each_lead_agency_no_member_sits_for()
    {
        var meeting = await IssuedAsync("Phiên họp thử nơi nhận");

        var recipients = $"from meetings.notice_recipients r join meetings.notices n on n.id = r.notice_id where n.meeting_id = '{meeting}'";
        var seats = await host.Database.ScalarAsync<string>($"select string_agg(r.seat_key, ',' order by r.seat_key) {recipients} and r.seat_key is not null");
        var agencies = await host.Database.ScalarAsync<string>($"select string_agg(r.agency_key, ',') {recipients} and r.seat_key is null");
        var invited = await host.Database.ScalarAsync<string>(
            $"select string_agg(seat_key, ',' order by seat_key) from meetings.invitations where meeting_id = '{meeting}' and seat_key is not null");
        Assert.Equal(invited, seats);
        Assert.Contains(MemberSeat.Key, seats.Split(','));
        Assert.Contains("truong-ban", seats.Split(','));
        Assert.Equal(AgencyWithoutMember, agencies); // so-khcn has a member: it receives the notice through that seat
        var total = seats.Split(',').Length + 1;

        var notice = await Html.GetAsync(_secretariat, $"/son-la/meetings/{meeting}/notice");
        var rows = notice.QuerySelectorAll("section[aria-labelledby=recipients] tbody tr").Select(r => r.Text()).ToList();
        Assert.Equal(total, rows.Count);
        Assert.Contains(rows, r => r.StartsWith("UBND các huyện, thị xã, thành phố", StringComparison.Ordinal) && r.EndsWith("Chưa xem", StringComparison.Ordinal));
        Assert.Contains($"Đã gửi {total} nơi nhận; 0 đã xem.", (await Html.GetAsync(_secretariat, $"/son-la/meetings/{meeting}")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_opening_the_issued_notice_is_recorded_as_having_read_it()
    {
        var meeting = await IssuedAsync("Phiên họp thử ghi nhận đã xem");
        var url = $"/son-la/meetings/{meeting}/notice";
        Assert.Contains($"/son-la/meetings/{meeting}/notice", (await Html.GetAsync(_member, "/son-la")).QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var opened = MeetingSteps.DaysAhead(1, hour: 9);
        host.Clock.Now = opened;

        await Html.GetAsync(_member, url);
        host.Clock.Now = opened.AddHours(1);
        await Html.GetAsync(_member, url); // a second opening keeps the first

        var read = $"from meetings.notice_recipients r join meetings.notices n on n.id = r.notice_id where n.meeting_id = '{meeting}'";
        Assert.Equal(opened.UtcDateTime, await host.Database.ScalarAsync<DateTime>($"select r.read_at {read} and r.seat_key = '{MemberSeat.Key}'"));
        Assert.Equal("son-la.member", await host.Database.ScalarAsync<string>($"select r.read_by {read} and r.seat_key = '{MemberSeat.Key}'"));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>($"select count(*) {read} and r.read_at is not null"));
        var row = (await Html.GetAsync(_secretariat, url)).QuerySelectorAll("section[aria-labelledby=recipients] tbody tr")
            .Single(r => r.Text().Contains(MemberSeat.Office, StringComparison.Ordinal)).Text();
        Assert.EndsWith($"{VietnamTime.Format(opened)} — son-la.member", row, StringComparison.Ordinal);
        Assert.DoesNotContain($"/son-la/meetings/{meeting}/notice", (await Html.GetAsync(_member, "/son-la")).QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task An_issued_notice_can_no_longer_be_edited()
    {
        var meeting = await IssuedAsync("Phiên họp thử sửa thông báo đã ban hành");
        var url = $"/son-la/meetings/{meeting}/notice";

        var page = await Html.GetAsync(_secretariat, url);
        var refused = await Forms.PostAsync(_secretariat, url, url + "?handler=Save", new Dictionary<string, string>
        {
            ["Form.Version"] = await NoticeVersionAsync(meeting),
            ["Form.Number"] = "15/TB-BCĐ",
            ["Form.Signer"] = "Trưởng Ban Chỉ đạo",
            ["Form.Items[0].Text"] = "Nội dung sửa sau khi ban hành.",
        });

        Assert.Null(page.QuerySelector("[name='Form.Number']"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Thông báo đã ban hành: không sửa được nữa.", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        Assert.Equal(2, await StatusAsync(meeting));
        Assert.Equal("2|Sở Khoa học và Công nghệ hoàn thành nền tảng số dùng chung của tỉnh.", await host.Database.ScalarAsync<string>(
            $"select count(*) || '|' || min(i.text) filter (where i.number = 1) from meetings.notice_items i join meetings.notices n on n.id = i.notice_id where n.meeting_id = '{meeting}'"));
    }
}
