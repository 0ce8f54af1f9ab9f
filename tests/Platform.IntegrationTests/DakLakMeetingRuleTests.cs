using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Dates;
using Platform.Core.Tenancy;
using Platform.Meetings.Rules;
using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Structure;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// What the Đắk Lắk regulation says about meetings, through the pages: the head approves absences and must be told a
/// day before (Art. 9.3), a deputy is sent only with the head's agreement before the meeting (Art. 2.4), the chair
/// decides who attends (Art. 9.2), and a deputy chairs by the head's delegation (Art. 4.3).
/// </summary>
public sealed class DakLakMeetingRuleTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Province = "dak-lak";
    private HttpClient _secretariat = null!;
    private HttpClient _head = null!;
    private HttpClient _member = null!;

    public async Task InitializeAsync()
    {
        host.Clock.Now = null;
        _secretariat = await host.SignInAsync("dak-lak.secretariat");
        _head = await host.SignInAsync("dak-lak.leader");
        _member = await host.SignInAsync("dak-lak.member");
    }

    public Task DisposeAsync()
    {
        host.Clock.Now = null;
        return Task.CompletedTask;
    }

    /// <summary>The first member seat, which the demo member holds.</summary>
    private SeatDefinition MemberSeat =>
        host.Services.GetRequiredService<IProvinceCatalog>().Find(Province)!.Seats.First(s => s.Role == SeatRole.Member);

    private static IElement InviteeRow(IDocument meetingPage, string office) =>
        meetingPage.QuerySelectorAll("section[aria-labelledby=invitees] tbody tr").Single(r => r.Children[1].Text() == office);

    [Fact]
    public async Task Dak_Lak_demo_holds_the_quarterly_six_month_and_year_end_meetings_of_Art_9_1_so_none_shows_overdue()
    {
        var page = await Html.GetAsync(_secretariat, "/dak-lak/meetings");

        var rows = page.QuerySelectorAll("section[aria-labelledby=regular] tbody tr");
        Assert.Empty(rows.Where(r => r.ClassList.Contains("regular-overdue")).Select(r => r.Text()));
        Assert.Equal(3, rows.Where(r => r.ClassList.Contains("regular-held")).Select(r => r.Children[1].Text()).Distinct().Count());
    }

    [Fact]
    public void Dak_Lak_in_December_expects_the_quarterly_meeting_and_the_year_end_review_not_a_second_half_review_Art_9_1()
    {
        // Art. 9.1: a meeting each quarter, a six-month review (sơ kết 6 tháng: the first half) and a year-end review.
        // The second half is the year-end review's, so December 2026 owes two meetings, not three.
        var rules = new MeetingRulebook(host.Services.GetRequiredService<IProvinceCatalog>().Find(Province)!);
        var december = new DateOnly(2026, 12, 15);

        var due = rules.Regular([], rules.FollowedSince(december), december, VietnameseWorkingCalendar.Default)
            .Where(r => r.Period.End == new DateOnly(2026, 12, 31)).ToList();

        Assert.Equal(
            [(MeetingKind.Periodic, PeriodKind.Quarter), (MeetingKind.AnnualReview, PeriodKind.Year)],
            due.Select(r => (r.Rule.Kind, r.Period.Kind)).OrderBy(k => k.Item1).ToList());
        Assert.All(due, r => Assert.Equal(RegularState.Due, r.State));
    }

    [Fact]
    public void Dak_Lak_expects_no_regular_meeting_for_a_period_before_the_committee_was_founded_on_18_04_2025()
    {
        var rules = new MeetingRulebook(host.Services.GetRequiredService<IProvinceCatalog>().Find(Province)!);
        var today = new DateOnly(2025, 6, 10);

        var expected = rules.Regular([], rules.FollowedSince(today), today, VietnameseWorkingCalendar.Default);

        Assert.Equal(new DateOnly(2025, 4, 18), rules.FollowedSince(today));
        Assert.DoesNotContain(expected, r => r.Period.Year == 2024);
        Assert.DoesNotContain(expected, r => r.Period.End < new DateOnly(2025, 4, 18));
    }

    [Fact]
    public async Task Dak_Lak_an_absence_asked_12_hours_before_the_meeting_is_flagged_late_under_Art_9_3()
    {
        var startsAt = MeetingSteps.DaysAhead(20);
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Phiên họp thử báo vắng muộn", startsAt));
        host.Clock.Now = startsAt.AddHours(-12);

        var form = await Html.GetAsync(_member, $"/dak-lak/meetings/{meeting}/absence?ghe={MemberSeat.Key}");
        var sent = await MeetingSteps.AskToBeExcusedAsync(_member, Province, meeting, MemberSeat.Key);

        const string late = "Báo vắng muộn: phải thông báo cho Cơ quan thường trực ít nhất 1 ngày trước giờ họp. (Đắk Lắk, Điều 9.3)";
        Assert.Contains(late, form.QuerySelector("p.alert")!.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(late, InviteeRow(await Html.ParseAsync(sent), MemberSeat.Office).QuerySelector(".late")!.Text());
        var decisions = await Html.GetAsync(_head, "/dak-lak/meetings/decisions");
        Assert.Equal(late, Assert.Single(decisions.QuerySelectorAll("article.request .late")).Text());
        Assert.Equal(startsAt.AddHours(-12).UtcDateTime, await host.Database.ScalarAsync<DateTime>(
            $"select requested_at from meetings.absence_requests where meeting_id = '{meeting}'"));
    }

    [Fact]
    public async Task Dak_Lak_an_absence_asked_2_days_before_the_meeting_is_not_flagged()
    {
        var startsAt = MeetingSteps.DaysAhead(20);
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Phiên họp thử báo vắng đúng hạn", startsAt));
        host.Clock.Now = startsAt.AddDays(-2);

        var form = await Html.GetAsync(_member, $"/dak-lak/meetings/{meeting}/absence?ghe={MemberSeat.Key}");
        var sent = await MeetingSteps.AskToBeExcusedAsync(_member, Province, meeting, MemberSeat.Key);

        Assert.Null(form.QuerySelector("p.alert"));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var row = InviteeRow(await Html.ParseAsync(sent), MemberSeat.Office);
        Assert.Contains("Chờ quyết định", row.Text(), StringComparison.Ordinal);
        Assert.Null(row.QuerySelector(".late"));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from meetings.absence_requests where meeting_id = '{meeting}' and late_rule is null"));
    }

    [Theory]
    [InlineData(24 * 60, false)]
    [InlineData((24 * 60) - 1, true)]
    public async Task Dak_Lak_one_day_before_the_meeting_is_the_last_moment_to_ask_in_time(int minutesBefore, bool late)
    {
        var startsAt = MeetingSteps.DaysAhead(20, hour: 8);
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new($"Phiên họp thử hạn báo vắng {minutesBefore}", startsAt));
        host.Clock.Now = startsAt.AddMinutes(-minutesBefore);

        var sent = await MeetingSteps.AskToBeExcusedAsync(_member, Province, meeting, MemberSeat.Key);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(late, InviteeRow(await Html.ParseAsync(sent), MemberSeat.Office).QuerySelector(".late") is not null);
    }

    [Fact]
    public async Task Dak_Lak_only_the_head_approves_an_absence_under_Art_9_3()
    {
        // A deputy chairs this meeting by delegation: chairing it still does not let him excuse a member.
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Phiên họp do Phó Trưởng Ban Thường trực chủ trì", MeetingSteps.DaysAhead(21))
        {
            Chair = "pho-truong-ban-thuong-truc",
            Delegation = "Văn bản số 15/UBND-KGVX ngày 01/12/2026",
        });
        Assert.Equal(HttpStatusCode.OK, (await MeetingSteps.AskToBeExcusedAsync(_member, Province, meeting, MemberSeat.Key)).StatusCode);
        var request = await MeetingSteps.RequestIdAsync(host, meeting, MemberSeat.Key);
        var chair = await host.SignInHoldingAsync(Province, "pho-truong-ban-thuong-truc");

        // The head, who decides, hears of the request at once (in the app and by mail) — not the deputy who chairs.
        var told = $"""
            select string_agg(a.user_name, ',' order by a.user_name) from notifications.inbox i
            join notifications.outbox o on o.id = i.message_id join identity.accounts a on a.id = i.account_id
            where o.kind = 'meeting.absence-requested' and o.province = 'dak-lak' and o.subject like '%Phó Trưởng Ban Thường trực chủ trì%'
            """;
        var recipients = await host.Database.ScalarAsync<string>(told);
        Assert.Contains("dak-lak.leader", recipients, StringComparison.Ordinal);
        Assert.DoesNotContain("dak-lak.pho-truong-ban-thuong-truc", recipients, StringComparison.Ordinal);

        foreach (var other in new[] { chair, _secretariat })
        {
            Assert.False(await Forms.OffersAsync(other, "/dak-lak/meetings/decisions", $"input[name=requestId][value='{request}']"));
            var refused = await MeetingSteps.DecideWithoutFormAsync(host, other, Province, request, approve: true);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("Chỉ Trưởng Ban đồng ý cho thành viên vắng mặt. (Đắk Lắk, Điều 9.3)", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        }

        Assert.Equal(0, await host.Database.ScalarAsync<int>($"select status from meetings.absence_requests where id = '{request}'"));

        var approved = await MeetingSteps.DecideOnDecisionsPageAsync(_head, Province, request, approve: true);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Contains("Đã đồng ý cho vắng mặt.", (await Html.ParseAsync(approved)).Text(), StringComparison.Ordinal);
        Assert.Equal("dak-lak.leader", await host.Database.ScalarAsync<string>(
            $"select decided_by from meetings.absence_requests where id = '{request}' and status = 1"));
        var row = InviteeRow(await Html.GetAsync(_secretariat, $"/dak-lak/meetings/{meeting}"), MemberSeat.Office).Text();
        Assert.Contains("Đồng ý", row, StringComparison.Ordinal);
        Assert.Contains("Vắng có phép", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dak_Lak_a_substitute_cannot_be_approved_after_the_meeting_has_begun_under_Art_2_4()
    {
        var startsAt = MeetingSteps.DaysAhead(22);
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Phiên họp thử cử cấp phó", startsAt));
        host.Clock.Now = startsAt.AddDays(-2);
        Assert.Equal(HttpStatusCode.OK, (await MeetingSteps.AskToBeExcusedAsync(_member, Province, meeting, MemberSeat.Key, substitute: "Nguyễn Văn Phó")).StatusCode);
        var request = await MeetingSteps.RequestIdAsync(host, meeting, MemberSeat.Key);

        host.Clock.Now = startsAt;
        var refused = await MeetingSteps.DecideOnDecisionsPageAsync(_head, Province, request, approve: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(
            "Việc cử cấp phó dự họp thay phải được Trưởng Ban đồng ý trước khi họp; cuộc họp đã bắt đầu. (Đắk Lắk, Điều 2.4)",
            await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        Assert.Equal(0, await host.Database.ScalarAsync<int>($"select status from meetings.absence_requests where id = '{request}'"));
        Assert.Equal(0, await host.Database.ScalarAsync<int>($"select attendance from meetings.invitations where meeting_id = '{meeting}' and seat_key = '{MemberSeat.Key}'"));

        // A minute before the meeting the same agreement is in time.
        host.Clock.Now = startsAt.AddMinutes(-1);
        var approved = await MeetingSteps.DecideOnDecisionsPageAsync(_head, Province, request, approve: true);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Nguyễn Văn Phó, Phó Giám đốc Sở", await host.Database.ScalarAsync<string>(
            $"select substitute_name from meetings.invitations where meeting_id = '{meeting}' and seat_key = '{MemberSeat.Key}' and attendance = 3"));
    }

    [Fact]
    public async Task Dak_Lak_the_chair_decides_who_attends_under_Art_9_2()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Phiên họp thử mời đại biểu", MeetingSteps.DaysAhead(23))
        {
            Chair = "pho-truong-ban-1",
            Delegation = "Văn bản số 16/UBND-KGVX ngày 02/12/2026",
        });
        var url = $"/dak-lak/meetings/{meeting}";
        var chair = await host.SignInHoldingAsync(Province, "pho-truong-ban-1");
        var guest = new Dictionary<string, string> { ["GuestName"] = "Trần Văn Khách", ["GuestOrganisation"] = "Giám đốc Viễn thông Đắk Lắk" };

        var headsView = await Html.GetAsync(_head, url);
        var refused = await Forms.PostAsync(_head, url, url + "/invitees", guest);

        Assert.Null(headsView.QuerySelector("#GuestName"));
        var invitees = headsView.QuerySelector("section[aria-labelledby=invitees]")!.Text();
        Assert.Contains("Người chủ trì quyết định thành phần dự họp.", invitees, StringComparison.Ordinal);
        Assert.Contains("Đắk Lắk, Điều 9.2", invitees, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Thành phần dự họp do người chủ trì quyết định. (Đắk Lắk, Điều 9.2)", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from meetings.invitations where meeting_id = '{meeting}' and seat_key is null"));

        var invited = await Forms.SubmitAsync(chair, url + "/invitees", "#GuestName", guest);

        Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
        Assert.Contains("Khách mời", InviteeRow(await Html.ParseAsync(invited), "Giám đốc Viễn thông Đắk Lắk").Text(), StringComparison.Ordinal);
        Assert.Equal("dak-lak.pho-truong-ban-1", await host.Database.ScalarAsync<string>(
            $"select invited_by from meetings.invitations where meeting_id = '{meeting}' and seat_key is null and name = 'Trần Văn Khách'"));
    }

    [Fact]
    public async Task Dak_Lak_an_extraordinary_meeting_is_scheduled_at_once_as_the_regulation_has_no_proposal_step()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Họp đột xuất về sự cố hệ thống", MeetingSteps.DaysAhead(3)) { Kind = "Extraordinary" });

        var page = await Html.GetAsync(_secretariat, $"/dak-lak/meetings/{meeting}");

        Assert.Equal("Đã lên lịch", page.QuerySelector("h1 + p .badge")!.Text());
        Assert.Null(page.QuerySelector("#decide"));
        Assert.Equal(1, await host.Database.ScalarAsync<int>($"select status from meetings.meetings where id = '{meeting}'"));
    }

    [Fact]
    public async Task Dak_Lak_a_deputy_chairs_only_by_the_heads_delegation_under_Art_4_3()
    {
        var plan = new MeetingPlan("Phiên họp Phó Trưởng Ban chủ trì không ủy quyền", MeetingSteps.DaysAhead(24)) { Chair = "pho-truong-ban-thuong-truc" };

        var refused = await MeetingSteps.SendScheduleAsync(_secretariat, Province, plan);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Equal(
            "Phó Trưởng Ban chủ trì theo ủy quyền của Trưởng Ban: hãy ghi văn bản ủy quyền. (Đắk Lắk, Điều 4.3)",
            page.QuerySelector("#Form_Delegation-error")!.Text());
        Assert.Equal(plan.Title, page.QuerySelector("#Form_Title")!.GetAttribute("value"));
        Assert.Equal(MeetingSteps.Form(plan)["Form.Date"], page.QuerySelector("#Form_Date")!.GetAttribute("value"));
        Assert.Equal("pho-truong-ban-thuong-truc", ((IHtmlSelectElement)page.QuerySelector("#Form_ChairSeatKey")!).Value);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from meetings.meetings where title = '{plan.Title}'"));

        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, plan with { Delegation = "Văn bản số 17/UBND-KGVX ngày 03/12/2026" });

        Assert.Contains("theo ủy quyền của Trưởng Ban: Văn bản số 17/UBND-KGVX ngày 03/12/2026",
            (await Html.GetAsync(_head, $"/dak-lak/meetings/{meeting}")).QuerySelector("section[aria-labelledby=when]")!.Text(), StringComparison.Ordinal);
    }
}
