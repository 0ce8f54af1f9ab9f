using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// A form the rules refuse saves nothing of what it carried, and a form opened before someone else's change is refused
/// rather than written over that change.
/// </summary>
public sealed class NothingHalfSavedTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Province = "son-la";
    private HttpClient _secretariat = null!;
    private HttpClient _otherSecretary = null!;

    public async Task InitializeAsync()
    {
        _secretariat = await host.SignInAsync("son-la.secretariat");
        _otherSecretary = await host.SignInAsync(DemoAccounts.MultiSecretariat);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private SeatDefinition MemberSeat =>
        host.Services.GetRequiredService<IProvinceCatalog>().Find(Province)!.Seats.First(s => s.Role == SeatRole.Member);

    [Fact]
    public async Task A_register_that_marks_someone_excused_without_an_approved_request_saves_no_row()
    {
        var meeting = await MeetingSteps.HeldAsync(_secretariat, Province, "Phiên họp thử điểm danh");
        var url = $"/son-la/meetings/{meeting}/attendance";
        var rows = (await Html.GetAsync(_secretariat, url)).QuerySelectorAll("table.register tbody tr").ToList();
        var typed = rows.ToDictionary(r => r.QuerySelector("select")!.GetAttribute("name")!, _ => "Present");
        var memberRow = rows.Single(r => r.Children[2].Text() == MemberSeat.Office);
        var member = memberRow.QuerySelector("select")!.GetAttribute("name")!;
        typed[member] = "Excused";

        var refused = await Forms.SubmitAsync(_secretariat, url, "table.register", typed);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Equal(
            $"{MemberSeat.Office}: chưa có đề nghị vắng mặt được chấp thuận; ghi \"vắng không phép\" hoặc chờ quyết định. (Sơn La, Điều 9.2c)",
            Assert.Single(page.QuerySelectorAll("table.register .field-error")).Text());
        Assert.Equal("Excused", ((IHtmlSelectElement)page.QuerySelector($"select[name='{member}']")!).Value);
        Assert.All(page.QuerySelectorAll("table.register select").Where(s => s.GetAttribute("name") != member),
            s => Assert.Equal("Present", ((IHtmlSelectElement)s).Value));
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from meetings.invitations where meeting_id = '{meeting}' and attendance <> 0"));

        typed[member] = "AbsentWithoutLeave";
        var saved = await Forms.SubmitAsync(_secretariat, url, "table.register", typed);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Đã lưu danh sách điểm danh.", (await Html.ParseAsync(saved)).Text(), StringComparison.Ordinal);
        Assert.Equal(rows.Count - 1, await host.Database.ScalarAsync<long>($"select count(*) from meetings.invitations where meeting_id = '{meeting}' and attendance = 1"));
        Assert.Equal(MemberSeat.Key, await host.Database.ScalarAsync<string>($"select seat_key from meetings.invitations where meeting_id = '{meeting}' and attendance = 4"));
    }

    [Fact]
    public async Task A_meeting_edited_on_a_form_opened_before_anothers_change_is_refused_with_409_and_changes_nothing()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Phiên họp thử sửa đồng thời", MeetingSteps.DaysAhead(30)));
        var edit = $"/son-la/meetings/edit/{meeting}";
        var first = await Forms.OpenAsync(_secretariat, edit, "[name='Form.Title']");
        var second = await Forms.OpenAsync(_otherSecretary, edit, "[name='Form.Title']");

        var saved = await first.SendAsync(_secretariat, new Dictionary<string, string> { ["Form.Title"] = "Phiên họp dời sang buổi sáng", ["Form.Time"] = "08:00" });
        var refused = await second.SendAsync(_otherSecretary, new Dictionary<string, string> { ["Form.Title"] = "Phiên họp đổi địa điểm", ["Form.Location"] = "Hội trường B" });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("Bản ghi vừa được người khác thay đổi; thay đổi của bạn chưa được lưu.", page.QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Phiên họp đổi địa điểm", page.QuerySelector("#Form_Title")!.GetAttribute("value"));
        Assert.Equal("Phiên họp dời sang buổi sáng|Phòng họp số 1, UBND tỉnh|08:00", await host.Database.ScalarAsync<string>(
            $"select title || '|' || location || '|' || to_char(starts_at at time zone 'Asia/Ho_Chi_Minh', 'HH24:MI') from meetings.meetings where id = '{meeting}'"));
    }

    [Fact]
    public async Task A_notice_edited_on_a_form_opened_before_anothers_change_is_refused_with_409_and_changes_nothing()
    {
        var meeting = await MeetingSteps.HeldAsync(_secretariat, Province, "Phiên họp thử sửa thông báo đồng thời");
        await MeetingSteps.DraftNoticeAsync(_secretariat, Province, meeting, ("Sở Khoa học và Công nghệ hoàn thành nền tảng số dùng chung.", "so-khcn"));
        var url = $"/son-la/meetings/{meeting}/notice";
        var first = await Forms.OpenAsync(_secretariat, url, "[name='Form.Number']");
        var second = await Forms.OpenAsync(_otherSecretary, url, "[name='Form.Number']");

        var saved = await first.SendAsync(_secretariat, new Dictionary<string, string> { ["Form.Items[0].Text"] = "Sở Khoa học và Công nghệ hoàn thành nền tảng số trước 31/12." });
        var refused = await second.SendAsync(_otherSecretary, new Dictionary<string, string> { ["Form.Items[0].Text"] = "Giao Sở Nội vụ chủ trì." });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Bản ghi vừa được người khác thay đổi", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        Assert.Equal("1|Sở Khoa học và Công nghệ hoàn thành nền tảng số trước 31/12.", await host.Database.ScalarAsync<string>($"""
            select count(*) || '|' || min(i.text) from meetings.notice_items i join meetings.notices n on n.id = i.notice_id
            where n.meeting_id = '{meeting}'
            """));
    }
}
