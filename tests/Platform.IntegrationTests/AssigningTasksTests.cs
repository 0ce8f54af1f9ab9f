using System.Net;
using Platform.Core.Dates;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Where tasks come from: an item of an issued conclusion notice, followed once, with the meeting's chair as the
/// task's issuer; or a leader's direct assignment, with the leader's seat as the issuer. Members do not assign.
/// </summary>
public sealed class AssigningTasksTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Province = "son-la";
    private const string StandingDeputy = "pho-truong-ban-thuong-truc";
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

    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    [Fact]
    public async Task A_conclusion_item_becomes_a_task_once_linked_to_its_notice_with_the_meetings_chair_as_issuer()
    {
        const string conclusion = "Văn phòng UBND tỉnh tổng hợp kiến nghị của các xã về hạ tầng số, báo cáo Ban Chỉ đạo.";
        var due = Today.AddDays(45);
        var chair = await host.SignInHoldingAsync(Province, StandingDeputy);
        var meeting = await TaskSteps.ConcludedAsync(_secretariat, chair, Province,
            new MeetingPlan("Phiên họp chuyên đề hạ tầng số cấp xã", MeetingSteps.DaysAhead(-1))
            {
                Chair = StandingDeputy,
                Delegation = "Văn bản số 30/UBND-KT ngày 02/11/2026",
            },
            (conclusion, "van-phong-ubnd", due));

        var item = TaskSteps.ConclusionItems(await Html.GetAsync(_secretariat, "/son-la/tasks/new"), Province, meeting).Single();
        var follow = item.QuerySelector("a[href*='/tasks/new?muc=']")!.GetAttribute("href")!;
        var itemId = Guid.Parse(follow[(follow.IndexOf('=', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var form = await Html.GetAsync(_secretariat, follow);
        Assert.Equal(conclusion, form.QuerySelector("textarea[name='Form.Title']")!.TextContent);
        Assert.Equal("van-phong-ubnd", form.QuerySelector("select[name='Form.LeadAgencyKey'] option[selected]")!.GetAttribute("value"));
        Assert.Equal(VietnamTime.Format(due), form.QuerySelector("input[name='Form.Due']")!.GetAttribute("value"));

        var assigned = await Forms.SubmitAsync(_secretariat, follow, "[name='Form.Title']");

        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var task = TaskSteps.TaskId(assigned, Province);
        var page = await Html.ParseAsync(assigned);
        Assert.Equal("Đã giao nhiệm vụ.", page.QuerySelector("[role=status]")!.Text());
        var source = page.QuerySelectorAll("section[aria-labelledby=assignment] dt").Single(dt => dt.Text() == "Nguồn").NextElementSibling!;
        Assert.Equal($"Kết luận cuộc họp: Thông báo kết luận 15/TB-BCĐ ngày {VietnamTime.Format(Today)}, mục 1", source.Text());
        Assert.Equal($"/son-la/meetings/{meeting}/notice", source.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal($"0|{itemId}|{StandingDeputy}|{due:yyyy-MM-dd}", await host.Database.ScalarAsync<string>(
            $"select source || '|' || source_id || '|' || issuer_seat_key || '|' || due from tasks.tasks where id = '{task}'"));

        // The chair who concluded decides on more time, not the head.
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.AskExtensionAsync(_member, Province, task, VietnamTime.Format(due.AddDays(30)), "Chờ số liệu của các xã.")).StatusCode);
        Assert.False(await Forms.OffersAsync(_head, $"/son-la/tasks/{task}", "input[name=requestId]"));
        Assert.True(await Forms.OffersAsync(chair, $"/son-la/tasks/{task}", "input[name=requestId]"));

        // Once followed, the item is marked so and cannot be followed again.
        var listed = TaskSteps.ConclusionItems(await Html.GetAsync(_secretariat, "/son-la/tasks/new"), Province, meeting).Single();
        Assert.Equal("Đã theo dõi", listed.QuerySelector(".badge")!.Text());
        Assert.Null(listed.QuerySelector("a[href*='muc=']"));
        Assert.Contains("Mục kết luận này đã được theo dõi thành nhiệm vụ.", (await Html.GetAsync(_secretariat, follow)).Text(), StringComparison.Ordinal);

        var again = await Forms.SubmitAsync(_secretariat, follow, "[name='Form.Title']");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("Mục kết luận này đã được theo dõi thành nhiệm vụ.", await MeetingSteps.AlertAsync(again), StringComparison.Ordinal);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>($"select count(*) from tasks.tasks where source_id = '{itemId}'"));
    }

    [Fact]
    public async Task A_leader_assigns_a_task_directly_under_their_own_seat()
    {
        var deputy = await host.SignInHoldingAsync(Province, "pho-truong-ban-pct-1");
        var due = Today.AddDays(20);

        var byHead = await TaskSteps.AssignAsync(_head, Province, new("Chuẩn bị báo cáo chuyên đề về chữ ký số", "so-khcn", due) { CoAgencies = ["van-phong-ubnd"] });
        var byDeputy = await TaskSteps.AssignAsync(deputy, Province, new("Rà soát hồ sơ công việc trên hệ thống quản lý văn bản", "so-noi-vu", due));

        var page = await Html.GetAsync(_head, $"/son-la/tasks/{byHead}");
        var source = page.QuerySelectorAll("section[aria-labelledby=assignment] dt").Single(dt => dt.Text() == "Nguồn").NextElementSibling!;
        Assert.Equal("Giao trực tiếp: Nguyễn Thành An (demo), Chủ tịch UBND tỉnh", source.Text());
        Assert.Equal("2|truong-ban|so-khcn|van-phong-ubnd", await host.Database.ScalarAsync<string>(
            $"select source || '|' || issuer_seat_key || '|' || lead_agency_key || '|' || array_to_string(co_agency_keys, ',') from tasks.tasks where id = '{byHead}'"));
        Assert.Equal("2|pho-truong-ban-pct-1", await host.Database.ScalarAsync<string>(
            $"select source || '|' || issuer_seat_key from tasks.tasks where id = '{byDeputy}'"));
    }

    [Fact]
    public async Task A_member_cannot_assign_a_task_directly()
    {
        const string title = "Nhiệm vụ do thành viên tự giao";
        var before = await host.Database.ScalarAsync<long>("select count(*) from tasks.tasks");

        Assert.Equal(HttpStatusCode.Forbidden, (await _member.GetAsync("/son-la/tasks/new")).StatusCode);
        var token = FormPost.Hidden(await _member.GetStringAsync("/son-la/tasks"), "__RequestVerificationToken");
        var refused = await _member.PostAsync("/son-la/tasks/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.Title"] = title,
            ["Form.LeadAgencyKey"] = "van-phong-ubnd",
            ["Form.Due"] = VietnamTime.Format(Today.AddDays(10)),
        }));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(before, await host.Database.ScalarAsync<long>("select count(*) from tasks.tasks"));
    }

    [Fact]
    public async Task The_secretariat_follows_conclusions_but_does_not_assign_directly()
    {
        var page = await Html.GetAsync(_secretariat, "/son-la/tasks/new");
        Assert.Null(page.QuerySelector("[name='Form.Title']"));

        var refused = await Forms.PostAsync(_secretariat, "/son-la/tasks/new", "/son-la/tasks/new", new Dictionary<string, string>
        {
            ["Form.Title"] = "Nhiệm vụ do thư ký tự giao",
            ["Form.LeadAgencyKey"] = "van-phong-ubnd",
            ["Form.Due"] = VietnamTime.Format(Today.AddDays(10)),
        });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Chỉ Trưởng Ban, Phó Trưởng Ban giao nhiệm vụ trực tiếp.", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("select count(*) from tasks.tasks where title = 'Nhiệm vụ do thư ký tự giao'"));
    }
}
