using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// What the Sơn La regulation says about meetings, through the pages: the meeting's chair excuses members
/// (Art. 9.2c), a department head sending a substitute to a meeting that takes opinions gives a written opinion
/// (Art. 9.2c–d), the standing agency proposes an extraordinary meeting and the head decides, and only the head
/// invites non-members (Art. 12.3), and a deputy chairs by the head's delegation (Art. 5.3).
/// </summary>
public sealed class SonLaMeetingRuleTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Province = "son-la";
    private const string StandingDeputy = "pho-truong-ban-thuong-truc";
    private const string DepartmentHead = "thu-truong-so-ban-nganh";
    private const string DeputyDirector = "pho-giam-doc-so-khcn";
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

    private SeatDefinition Seat(string key) =>
        host.Services.GetRequiredService<IProvinceCatalog>().Find(Province)!.Seats.Single(s => s.Key == key);

    /// <summary>The first member seat, which the demo member holds.</summary>
    private SeatDefinition MemberSeat =>
        host.Services.GetRequiredService<IProvinceCatalog>().Find(Province)!.Seats.First(s => s.Role == SeatRole.Member);

    private static IElement InviteeRow(IDocument meetingPage, string office) =>
        meetingPage.QuerySelectorAll("section[aria-labelledby=invitees] tbody tr").Single(r => r.Children[1].Text() == office);

    private Task<Guid> ChairedByTheStandingDeputyAsync(string title, bool takesOpinions = false) =>
        MeetingSteps.ScheduleAsync(_secretariat, Province, new(title, MeetingSteps.DaysAhead(20))
        {
            Chair = StandingDeputy,
            Delegation = "Văn bản số 21/UBND-KT ngày 01/12/2026",
            TakesOpinions = takesOpinions,
        });

    [Fact]
    public async Task Son_La_the_meetings_chair_approves_absences_under_Art_9_2c()
    {
        var meeting = await ChairedByTheStandingDeputyAsync("Phiên họp do Phó Trưởng Ban Thường trực chủ trì");
        Assert.Equal(HttpStatusCode.OK, (await MeetingSteps.AskToBeExcusedAsync(_member, Province, meeting, MemberSeat.Key)).StatusCode);
        var request = await MeetingSteps.RequestIdAsync(host, meeting, MemberSeat.Key);
        var chair = await host.SignInHoldingAsync(Province, StandingDeputy);

        Assert.False(await Forms.OffersAsync(_head, "/son-la/meetings/decisions", $"input[name=requestId][value='{request}']"));
        var refused = await MeetingSteps.DecideWithoutFormAsync(host, _head, Province, request, approve: true);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Chỉ người chủ trì cuộc họp đồng ý cho thành viên vắng mặt. (Sơn La, Điều 9.2c)", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        Assert.Equal(0, await host.Database.ScalarAsync<int>($"select status from meetings.absence_requests where id = '{request}'"));

        var approved = await MeetingSteps.DecideOnDecisionsPageAsync(chair, Province, request, approve: true);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Contains("Đã đồng ý cho vắng mặt.", (await Html.ParseAsync(approved)).Text(), StringComparison.Ordinal);
        Assert.Equal($"son-la.{StandingDeputy}", await host.Database.ScalarAsync<string>(
            $"select decided_by from meetings.absence_requests where id = '{request}' and status = 1"));
        Assert.Contains("Vắng có phép", InviteeRow(await Html.GetAsync(_secretariat, $"/son-la/meetings/{meeting}"), MemberSeat.Office).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Son_La_when_the_head_chairs_the_head_approves_absences()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Phiên họp do Trưởng Ban chủ trì", MeetingSteps.DaysAhead(20)));
        Assert.Equal(HttpStatusCode.OK, (await MeetingSteps.AskToBeExcusedAsync(_member, Province, meeting, MemberSeat.Key)).StatusCode);
        var request = await MeetingSteps.RequestIdAsync(host, meeting, MemberSeat.Key);

        var approved = await MeetingSteps.DecideOnDecisionsPageAsync(_head, Province, request, approve: true);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(1, await host.Database.ScalarAsync<int>($"select status from meetings.absence_requests where id = '{request}'"));
    }

    [Fact]
    public async Task Son_La_a_member_under_Art_9_2c_sending_a_substitute_to_a_meeting_that_takes_opinions_must_give_a_written_opinion()
    {
        var meeting = await ChairedByTheStandingDeputyAsync("Phiên họp lấy ý kiến dự thảo báo cáo Chính phủ", takesOpinions: true);
        var departmentHead = await host.SignInHoldingAsync(Province, DepartmentHead, ProvinceRole.Member);
        var absence = $"/son-la/meetings/{meeting}/absence?ghe={DepartmentHead}";
        Assert.NotNull((await Html.GetAsync(departmentHead, absence)).QuerySelector("#Form_WrittenOpinion"));

        var refused = await MeetingSteps.AskToBeExcusedAsync(departmentHead, Province, meeting, DepartmentHead, substitute: "Lò Văn Phó");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Equal(
            "Cuộc họp lấy ý kiến về vấn đề lớn hoặc dự thảo văn bản báo cáo cấp trên: thành viên cử người dự họp thay phải tham gia ý kiến bằng văn bản. (Sơn La, Điều 9.2c)",
            page.QuerySelector("#Form_WrittenOpinion-error")!.Text());
        Assert.Equal("Lò Văn Phó", page.QuerySelector("#Form_SubstituteName")!.GetAttribute("value"));
        Assert.True(((IHtmlInputElement)page.QuerySelector("input[type=checkbox][name='Form.SendsSubstitute']")!).IsChecked);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from meetings.absence_requests where meeting_id = '{meeting}'"));

        var accepted = await MeetingSteps.AskToBeExcusedAsync(departmentHead, Province, meeting, DepartmentHead, substitute: "Lò Văn Phó",
            writtenOpinion: "Nhất trí với dự thảo; đề nghị bổ sung chỉ tiêu dịch vụ công trực tuyến toàn trình.");

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Nhất trí với dự thảo; đề nghị bổ sung chỉ tiêu dịch vụ công trực tuyến toàn trình.", await host.Database.ScalarAsync<string>(
            $"select written_opinion from meetings.absence_requests where meeting_id = '{meeting}' and seat_key = '{DepartmentHead}' and substitute_name = 'Lò Văn Phó'"));

        // The opinion lands in the meeting's record, and in the member's own history of opinions beside their consultations.
        var record = (await Html.GetAsync(_secretariat, $"/son-la/meetings/{meeting}")).QuerySelector("section[aria-labelledby=written-opinions]")!;
        Assert.Contains("Sơn La, Điều 9.2c", record.QuerySelector("h2")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Nhất trí với dự thảo; đề nghị bổ sung chỉ tiêu dịch vụ công trực tuyến toàn trình.", record.Text(), StringComparison.Ordinal);
        var history = (await Html.GetAsync(departmentHead, "/son-la/y-kien")).QuerySelectorAll("li.meeting-opinion")
            .Single(li => li.Text().Contains("Phiên họp lấy ý kiến dự thảo báo cáo Chính phủ", StringComparison.Ordinal));
        Assert.Contains("Nhất trí với dự thảo", history.Text(), StringComparison.Ordinal);
        Assert.Equal($"/son-la/meetings/{meeting}", history.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Son_La_a_deputy_director_under_Art_9_2e_sending_a_substitute_is_not_bound_to_a_written_opinion()
    {
        var meeting = await ChairedByTheStandingDeputyAsync("Phiên họp lấy ý kiến về kế hoạch chuyển đổi số", takesOpinions: true);
        var deputyDirector = await host.SignInHoldingAsync(Province, DeputyDirector, ProvinceRole.Member);

        var form = await Html.GetAsync(deputyDirector, $"/son-la/meetings/{meeting}/absence?ghe={DeputyDirector}");
        var accepted = await MeetingSteps.AskToBeExcusedAsync(deputyDirector, Province, meeting, DeputyDirector, substitute: "Cầm Thị Thay");

        Assert.Null(form.QuerySelector("#Form_WrittenOpinion"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from meetings.absence_requests where meeting_id = '{meeting}' and seat_key = '{DeputyDirector}' and written_opinion is null"));
        Assert.Contains("Cầm Thị Thay", InviteeRow(await Html.ParseAsync(accepted), Seat(DeputyDirector).Office).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Son_La_an_extraordinary_meeting_proposed_by_the_standing_agency_waits_for_the_heads_decision_under_Art_12_3()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Họp đột xuất về sự cố mất kết nối dịch vụ công", MeetingSteps.DaysAhead(4))
        {
            Kind = "Extraordinary",
        });
        var url = $"/son-la/meetings/{meeting}";

        var proposal = await Html.GetAsync(_secretariat, url);
        var refused = await Forms.PostAsync(_secretariat, url, url + "/status?handler=Decide", new Dictionary<string, string> { ["approve"] = "true", ["Note"] = "" });

        Assert.Equal("Chờ Trưởng Ban quyết định", proposal.QuerySelector("h1 + p .badge")!.Text());
        Assert.Contains("Chờ Trưởng Ban quyết định.", proposal.QuerySelector("section[aria-labelledby=decide]")!.Text(), StringComparison.Ordinal);
        Assert.Null(proposal.QuerySelector("section[aria-labelledby=decide] form"));
        Assert.DoesNotContain(url, (await Html.GetAsync(_member, "/son-la/meetings/mine")).QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Chỉ Trưởng Ban quyết định họp đột xuất theo đề xuất của Cơ quan thường trực. (Sơn La, Điều 12.3)",
            await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        Assert.Equal(0, await host.Database.ScalarAsync<int>($"select status from meetings.meetings where id = '{meeting}'"));
        Assert.Contains(url, (await Html.GetAsync(_head, "/son-la/meetings/decisions")).QuerySelectorAll("#proposed ~ ul a").Select(a => a.GetAttribute("href")));

        var decided = await Forms.SubmitAsync(_head, url + "/status", "section[aria-labelledby=decide] form", new Dictionary<string, string>
        {
            ["approve"] = "true",
            ["Note"] = "Đồng ý họp; mời Viễn thông Sơn La báo cáo.",
        });

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var page = await Html.ParseAsync(decided);
        Assert.Equal("Đã lên lịch", page.QuerySelector("h1 + p .badge")!.Text());
        Assert.Contains("son-la.leader", page.QuerySelector("section[aria-labelledby=when]")!.Text(), StringComparison.Ordinal);
        Assert.Equal("son-la.leader", await host.Database.ScalarAsync<string>($"select decided_by from meetings.meetings where id = '{meeting}' and status = 1"));
        Assert.Contains(url, (await Html.GetAsync(_member, "/son-la/meetings/mine")).QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Son_La_only_the_head_invites_non_members_under_Art_12_3()
    {
        // The standing deputy chairs, yet the regulation leaves inviting people from outside the committee to the head.
        var meeting = await ChairedByTheStandingDeputyAsync("Phiên họp có đại biểu ngoài Ban Chỉ đạo");
        var url = $"/son-la/meetings/{meeting}";
        var chair = await host.SignInHoldingAsync(Province, StandingDeputy);
        var guest = new Dictionary<string, string> { ["GuestName"] = "Hà Văn Khách", ["GuestOrganisation"] = "Giám đốc Viễn thông Sơn La" };

        foreach (var other in new[] { chair, _secretariat })
        {
            var page = await Html.GetAsync(other, url);
            Assert.Null(page.QuerySelector("#GuestName"));
            Assert.Contains("Chỉ Trưởng Ban quyết định mời đại biểu không thuộc Ban Chỉ đạo.", page.QuerySelector("section[aria-labelledby=invitees]")!.Text(), StringComparison.Ordinal);
            var refused = await Forms.PostAsync(other, url, url + "/invitees", guest);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("Chỉ Trưởng Ban quyết định việc mời đại biểu không thuộc Ban Chỉ đạo. (Sơn La, Điều 12.3)", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        }

        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from meetings.invitations where meeting_id = '{meeting}' and seat_key is null"));

        var invited = await Forms.SubmitAsync(_head, url + "/invitees", "#GuestName", guest);

        Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
        Assert.Contains("Khách mời", InviteeRow(await Html.ParseAsync(invited), "Giám đốc Viễn thông Sơn La").Text(), StringComparison.Ordinal);
        Assert.Equal("son-la.leader", await host.Database.ScalarAsync<string>(
            $"select invited_by from meetings.invitations where meeting_id = '{meeting}' and seat_key is null and name = 'Hà Văn Khách'"));
    }

    [Fact]
    public async Task Son_La_a_deputy_chairs_only_by_the_heads_delegation_under_Art_5_3()
    {
        var plan = new MeetingPlan("Phiên họp Phó Trưởng Ban chủ trì chưa có ủy quyền", MeetingSteps.DaysAhead(26)) { Chair = "pho-truong-ban-pct-1", TakesOpinions = true };

        var refused = await MeetingSteps.SendScheduleAsync(_secretariat, Province, plan);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Equal(
            "Phó Trưởng Ban chủ trì theo ủy quyền của Trưởng Ban: hãy ghi văn bản ủy quyền. (Sơn La, Điều 5.3)",
            page.QuerySelector("#Form_Delegation-error")!.Text());
        Assert.Equal(plan.Title, page.QuerySelector("#Form_Title")!.GetAttribute("value"));
        Assert.Equal("pho-truong-ban-pct-1", ((IHtmlSelectElement)page.QuerySelector("#Form_ChairSeatKey")!).Value);
        Assert.True(((IHtmlInputElement)page.QuerySelector("input[type=checkbox][name='Form.TakesOpinions']")!).IsChecked);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from meetings.meetings where title = '{plan.Title}'"));

        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, plan with { Delegation = "Văn bản số 22/UBND-KT ngày 02/12/2026" });

        Assert.Equal("Văn bản số 22/UBND-KT ngày 02/12/2026", await host.Database.ScalarAsync<string>(
            $"select delegation from meetings.meetings where id = '{meeting}' and chair_seat_key = 'pho-truong-ban-pct-1'"));
    }
}
