using System.Net;
using Platform.Core.Dates;

namespace Platform.IntegrationTests;

/// <summary>
/// More time: the lead agency asks for a later deadline with a reason; whoever assigned the task decides; an approved
/// extension moves the deadline in force and keeps the original; one request waits at a time.
/// </summary>
public sealed class TaskExtensionTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string Province = "son-la";
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

    private static DateOnly Due => VietnamTime.Today(TimeProvider.System).AddDays(20);

    /// <summary>A task the head assigns to Văn phòng UBND tỉnh, the demo member's agency.</summary>
    private Task<Guid> AssignedAsync(string title) => TaskSteps.AssignAsync(_head, Province, new(title, "van-phong-ubnd", Due));

    private Task<long> RequestsAsync(Guid task) =>
        host.Database.ScalarAsync<long>($"select count(*) from tasks.extensions where task_id = '{task}'");

    [Fact]
    public async Task An_extension_must_ask_for_a_later_date_with_a_reason_and_a_refused_request_keeps_what_was_typed()
    {
        var task = await AssignedAsync("Tổng hợp số liệu chỉ số chuyển đổi số cấp xã");
        const string reason = "Chờ số liệu của 75 xã, phường.";

        var sameDay = await TaskSteps.AskExtensionAsync(_member, Province, task, VietnamTime.Format(Due), reason);
        var noReason = await TaskSteps.AskExtensionAsync(_member, Province, task, VietnamTime.Format(Due.AddDays(15)), "  ");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, sameDay.StatusCode);
        Assert.Contains($"Thời hạn mới phải sau thời hạn hiện tại ({VietnamTime.Format(Due)}).", await MeetingSteps.AlertAsync(sameDay), StringComparison.Ordinal);
        var page = await Html.ParseAsync(sameDay);
        Assert.Equal(VietnamTime.Format(Due), page.QuerySelector("input[name=NewDue]")!.GetAttribute("value"));
        Assert.Equal(reason, page.QuerySelector("textarea[name=ExtensionReason]")!.TextContent);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("Hãy nêu lý do đề nghị gia hạn.", await MeetingSteps.AlertAsync(noReason), StringComparison.Ordinal);
        Assert.Equal(VietnamTime.Format(Due.AddDays(15)), (await Html.ParseAsync(noReason)).QuerySelector("input[name=NewDue]")!.GetAttribute("value"));
        Assert.Equal(0L, await RequestsAsync(task));
    }

    [Fact]
    public async Task The_standing_agency_enters_the_assigners_paper_decision_naming_both_people_and_the_document()
    {
        var task = await AssignedAsync("Số hóa hồ sơ lưu trữ của Văn phòng UBND tỉnh");
        var url = $"/son-la/tasks/{task}";
        var later = Due.AddDays(30);
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.AskExtensionAsync(_member, Province, task, VietnamTime.Format(later), "Chờ phần mềm số hóa.")).StatusCode);
        var request = await host.Database.ScalarAsync<Guid>($"select id from tasks.extensions where task_id = '{task}'");
        var version = await host.Database.ScalarAsync<string>($"select xmin::text from tasks.extensions where id = '{request}'");
        var today = VietnamTime.Format(VietnamTime.Today(TimeProvider.System));
        Dictionary<string, string> Paper(string number, string date) => new()
        {
            ["paperRequestId"] = request.ToString(),
            ["paperRequestVersion"] = version,
            ["approve"] = "true",
            ["DocumentNumber"] = number,
            ["DocumentDate"] = date,
            ["Note"] = "",
        };

        // Only the standing agency is offered it; the lead agency is refused.
        Assert.True(await Forms.OffersAsync(_secretariat, url, "[name=DocumentNumber]"));
        Assert.False(await Forms.OffersAsync(_member, url, "[name=DocumentNumber]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostAsync(_member, url, url + "?handler=DecideOnBehalf", Paper("25/TB-BCĐ", today))).StatusCode);

        // Without the document's number nothing is decided, and the date typed stays.
        var noNumber = await Forms.PostAsync(_secretariat, url, url + "?handler=DecideOnBehalf", Paper(" ", today));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noNumber.StatusCode);
        Assert.Contains("Hãy nhập số văn bản của người đã giao nhiệm vụ", await MeetingSteps.AlertAsync(noNumber), StringComparison.Ordinal);
        Assert.Equal(today, (await Html.ParseAsync(noNumber)).QuerySelector("input[name=DocumentDate]")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Forms.PostAsync(_secretariat, url, url + "?handler=DecideOnBehalf", Paper("25/TB-BCĐ", VietnamTime.Format(Due)))).StatusCode);

        var entered = await Forms.PostAsync(_secretariat, url, url + "?handler=DecideOnBehalf", Paper("25/TB-BCĐ", today));

        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);
        var page = await Html.ParseAsync(entered);
        Assert.Equal("Đã đồng ý gia hạn.", page.QuerySelector("[role=status]")!.Text());
        var decision = page.QuerySelectorAll("ol.history > li").Select(li => li.Text()).Single(h => h.StartsWith("Đồng ý gia hạn — ", StringComparison.Ordinal));
        Assert.Contains($"(nhập thay, theo văn bản số 25/TB-BCĐ ({today}); người nhập: son-la.secretariat)", decision, StringComparison.Ordinal);
        Assert.Equal($"{later:yyyy-MM-dd}|1|son-la.secretariat|25/TB-BCĐ ({today})", await host.Database.ScalarAsync<string>(
            $"""
            select t.due || '|' || x.status || '|' || u.author || '|' || u.paper_document
            from tasks.tasks t join tasks.extensions x on x.task_id = t.id join tasks.updates u on u.task_id = t.id and u.kind = 7
            where t.id = '{task}' and u.entered_for is not null
            """));
    }

    [Fact]
    public async Task Only_the_lead_agency_asks_for_an_extension()
    {
        var task = await AssignedAsync("Báo cáo tình hình triển khai nền tảng họp trực tuyến");
        var url = $"/son-la/tasks/{task}";
        var uninvolved = await host.SignInHoldingAsync(Province, "pho-giam-doc-so-noi-vu", Platform.Core.Security.ProvinceRole.Member);

        Assert.False(await Forms.OffersAsync(uninvolved, url, "[name=NewDue]"));
        var refused = await Forms.PostAsync(uninvolved, url, url + "?handler=Extension", new Dictionary<string, string>
        {
            ["NewDue"] = VietnamTime.Format(Due.AddDays(10)),
            ["ExtensionReason"] = "Sở Nội vụ đề nghị thay.",
        });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Chỉ cơ quan chủ trì đề nghị gia hạn nhiệm vụ.", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        Assert.Equal(0L, await RequestsAsync(task));
    }

    [Fact]
    public async Task Only_whoever_assigned_the_task_decides_its_extension()
    {
        var task = await AssignedAsync("Rà soát quy trình nội bộ giải quyết thủ tục hành chính");
        var url = $"/son-la/tasks/{task}";
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.AskExtensionAsync(_member, Province, task, VietnamTime.Format(Due.AddDays(10)), "Quy trình mới chưa được ban hành.")).StatusCode);
        var request = await host.Database.ScalarAsync<Guid>($"select id from tasks.extensions where task_id = '{task}'");
        var version = await host.Database.ScalarAsync<string>($"select xmin::text from tasks.extensions where id = '{request}'");
        var standingDeputy = await host.SignInHoldingAsync(Province, "pho-truong-ban-thuong-truc");

        foreach (var other in new[] { _member, _secretariat, standingDeputy })
        {
            var page = await Html.GetAsync(other, url);
            Assert.Null(page.QuerySelector("input[name=requestId]"));
            Assert.Contains("Người đã giao nhiệm vụ quyết định việc gia hạn.", page.Text(), StringComparison.Ordinal);
            var refused = await Forms.PostAsync(other, url, url + "?handler=Decide", new Dictionary<string, string>
            {
                ["requestId"] = request.ToString(),
                ["requestVersion"] = version,
                ["approve"] = "true",
                ["Note"] = "",
            });

            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("Chỉ người đã giao nhiệm vụ quyết định gia hạn.", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        }

        Assert.Equal($"0|{Due:yyyy-MM-dd}", await host.Database.ScalarAsync<string>(
            $"select x.status || '|' || t.due from tasks.extensions x join tasks.tasks t on t.id = x.task_id where x.id = '{request}'"));
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.DecideAsync(_head, Province, task, approve: true)).StatusCode);
    }

    [Fact]
    public async Task Approving_an_extension_moves_the_deadline_and_keeps_the_original_both_shown_in_the_history()
    {
        var task = await AssignedAsync("Hoàn thiện cơ sở dữ liệu văn bản quy phạm pháp luật của tỉnh");
        var later = Due.AddDays(31);
        var (original, extended) = (VietnamTime.Format(Due), VietnamTime.Format(later));
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.AskExtensionAsync(_member, Province, task, extended, "Chờ Bộ Tư pháp hướng dẫn.")).StatusCode);

        var pending = await Html.GetAsync(_head, $"/son-la/tasks/{task}");
        Assert.Contains($"Từ {original} đến {extended} — Chờ Bộ Tư pháp hướng dẫn.", pending.QuerySelector("section[aria-labelledby=extension-pending]")!.Text(), StringComparison.Ordinal);
        var approved = await TaskSteps.DecideAsync(_head, Province, task, approve: true, note: "Đồng ý, không gia hạn thêm.");

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var page = await Html.ParseAsync(approved);
        Assert.Equal("Đã đồng ý gia hạn.", page.QuerySelector("[role=status]")!.Text());
        var deadline = page.QuerySelectorAll("section[aria-labelledby=assignment] dt").Single(dt => dt.Text() == "Thời hạn").NextElementSibling!;
        Assert.Equal($"{extended} (ban đầu: {original}; đã gia hạn)", deadline.Text());
        Assert.Null(page.QuerySelector("section[aria-labelledby=extension-pending]"));
        var history = page.QuerySelectorAll("ol.history > li").Select(li => li.Text()).ToList();
        Assert.Contains(history, h => h.StartsWith("Đề nghị gia hạn — son-la.member (Văn phòng UBND tỉnh)", StringComparison.Ordinal) && h.Contains($"· thời hạn {original} → {extended}", StringComparison.Ordinal));
        Assert.Contains(history, h => h.StartsWith("Đồng ý gia hạn — son-la.leader", StringComparison.Ordinal) && h.Contains($"· thời hạn {original} → {extended} Đồng ý, không gia hạn thêm.", StringComparison.Ordinal));
        Assert.Equal($"{Due:yyyy-MM-dd}|{later:yyyy-MM-dd}|1|son-la.leader", await host.Database.ScalarAsync<string>(
            $"select t.original_due || '|' || t.due || '|' || x.status || '|' || x.decided_by from tasks.tasks t join tasks.extensions x on x.task_id = t.id where t.id = '{task}'"));

        // The list shows the deadline in force with the original beside it.
        var list = await Html.GetAsync(_head, "/son-la/tasks?tim=co so du lieu van ban quy pham");
        var row = list.QuerySelectorAll("table.tasks tbody tr").Single(r => r.Text().Contains("Hoàn thiện cơ sở dữ liệu văn bản quy phạm", StringComparison.Ordinal));
        Assert.Equal($"{extended} ({original})", row.Children[2].Text());
    }

    [Fact]
    public async Task Refusing_an_extension_needs_a_reason_and_leaves_the_deadline()
    {
        var task = await AssignedAsync("Đánh giá mức độ hài lòng của người dân với dịch vụ công");
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.AskExtensionAsync(_member, Province, task, VietnamTime.Format(Due.AddDays(7)), "Khảo sát kéo dài.")).StatusCode);

        var withoutReason = await TaskSteps.DecideAsync(_head, Province, task, approve: false);
        var refused = await TaskSteps.DecideAsync(_head, Province, task, approve: false, note: "Nhiệm vụ cần kết quả đúng hạn để tổng hợp báo cáo quý.");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutReason.StatusCode);
        Assert.Contains("Hãy ghi lý do không đồng ý.", await MeetingSteps.AlertAsync(withoutReason), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Đã không đồng ý gia hạn.", (await Html.ParseAsync(refused)).QuerySelector("[role=status]")!.Text());
        Assert.Equal($"{Due:yyyy-MM-dd}|{Due:yyyy-MM-dd}|2", await host.Database.ScalarAsync<string>(
            $"select t.original_due || '|' || t.due || '|' || x.status from tasks.tasks t join tasks.extensions x on x.task_id = t.id where t.id = '{task}'"));
        // Refused, the lead agency may ask again.
        Assert.True(await Forms.OffersAsync(_member, $"/son-la/tasks/{task}", "[name=NewDue]"));
    }

    [Fact]
    public async Task A_second_request_is_refused_while_the_first_waits_for_a_decision()
    {
        var task = await AssignedAsync("Triển khai ứng dụng định danh điện tử tại Bộ phận một cửa");
        var url = $"/son-la/tasks/{task}";
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.AskExtensionAsync(_member, Province, task, VietnamTime.Format(Due.AddDays(10)), "Thiết bị chưa về.")).StatusCode);

        Assert.False(await Forms.OffersAsync(_member, url, "[name=NewDue]"));
        var second = await Forms.PostAsync(_member, url, url + "?handler=Extension", new Dictionary<string, string>
        {
            ["NewDue"] = VietnamTime.Format(Due.AddDays(40)),
            ["ExtensionReason"] = "Thêm thời gian lần nữa.",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains("Đã có đề nghị gia hạn đang chờ quyết định.", await MeetingSteps.AlertAsync(second), StringComparison.Ordinal);
        Assert.Equal(1L, await RequestsAsync(task));
    }

    /// <summary>How many of the <paramref name="kind"/> notifications about the task reached <paramref name="userName"/>'s list.</summary>
    private Task<long> ReceivedAsync(string kind, Guid task, string userName) =>
        host.Database.ScalarAsync<long>($"""
            select count(*) from notifications.inbox i join notifications.outbox o on o.id = i.message_id
            join identity.accounts a on a.id = i.account_id
            where o.kind = '{kind}' and o.link = '/son-la/tasks/{task}' and a.user_name = '{userName}'
            """);

    private Task<string> SubjectsAsync(string kind, Guid task) =>
        host.Database.ScalarAsync<string>($"select coalesce(string_agg(subject, ' | ' order by created_at), '') from notifications.outbox where kind = '{kind}' and link = '/son-la/tasks/{task}'");

    [Fact]
    public async Task A_request_tells_whoever_assigned_the_task_and_the_decision_tells_the_agencies_doing_it_each_once()
    {
        await host.SignInForAgencyAsync(Province, "van-phong-ubnd");
        await host.SignInForAgencyAsync(Province, "so-noi-vu");
        await host.SignInForAgencyAsync(Province, "so-tai-chinh");
        var task = await TaskSteps.AssignAsync(_head, Province, new("Thông báo gia hạn: chuẩn hóa dữ liệu dân cư", "van-phong-ubnd", Due) { CoAgencies = ["so-noi-vu"] });
        var later = VietnamTime.Format(Due.AddDays(21));

        // A request the page refuses (no reason) tells no one.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await TaskSteps.AskExtensionAsync(_member, Province, task, later, " ")).StatusCode);
        Assert.Equal("", await SubjectsAsync("task.extension-requested", task));

        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.AskExtensionAsync(_member, Province, task, later, "Chờ dữ liệu của Bộ Công an.")).StatusCode);

        Assert.Equal($"Đề nghị gia hạn nhiệm vụ: Thông báo gia hạn: chuẩn hóa dữ liệu dân cư (đến {later})", await SubjectsAsync("task.extension-requested", task));
        Assert.Contains("Lý do: Chờ dữ liệu của Bộ Công an.", await host.Database.ScalarAsync<string>(
            $"select body from notifications.outbox where kind = 'task.extension-requested' and link = '/son-la/tasks/{task}'"), StringComparison.Ordinal);
        // The head assigned it and decides; the standing agency (which enters a paper decision) hears of it too.
        Assert.Equal(1L, await ReceivedAsync("task.extension-requested", task, "son-la.leader"));
        Assert.Equal(1L, await ReceivedAsync("task.extension-requested", task, "son-la.secretariat"));
        Assert.Equal(0L, await ReceivedAsync("task.extension-requested", task, "son-la.member"));
        Assert.Equal(0L, await ReceivedAsync("task.extension-requested", task, "son-la.staff.so-tai-chinh"));
        Assert.Equal(0L, await ReceivedAsync("task.extension-requested", task, "son-la.viewer"));

        // A refusal without its reason is not saved, and tells no one.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await TaskSteps.DecideAsync(_head, Province, task, approve: false)).StatusCode);
        Assert.Equal("", await SubjectsAsync("task.extension-decided", task));

        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.DecideAsync(_head, Province, task, approve: true, note: "Đồng ý, lần cuối.")).StatusCode);

        Assert.Equal($"Đồng ý gia hạn nhiệm vụ: Thông báo gia hạn: chuẩn hóa dữ liệu dân cư — thời hạn mới {later}", await SubjectsAsync("task.extension-decided", task));
        // The lead and the co-operating agencies' focal points, as for the assignment; not the head, not an agency uninvolved.
        Assert.Equal(1L, await ReceivedAsync("task.extension-decided", task, "son-la.staff.van-phong-ubnd"));
        Assert.Equal(1L, await ReceivedAsync("task.extension-decided", task, "son-la.staff.so-noi-vu"));
        Assert.Equal(0L, await ReceivedAsync("task.extension-decided", task, "son-la.staff.so-tai-chinh"));
        Assert.Equal(0L, await ReceivedAsync("task.extension-decided", task, "son-la.leader"));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>($"""
            select count(*) from notifications.deliveries d join notifications.outbox o on o.id = d.message_id
            join identity.accounts a on a.id = d.account_id
            where o.kind = 'task.extension-decided' and o.link = '/son-la/tasks/{task}' and a.user_name = 'son-la.staff.van-phong-ubnd'
            """));
    }

    [Fact]
    public async Task A_refusal_entered_from_the_assigners_paper_tells_the_lead_agency_with_the_document_and_the_deadline_kept()
    {
        await host.SignInForAgencyAsync(Province, "van-phong-ubnd");
        var task = await AssignedAsync("Thông báo gia hạn: số hóa sổ hộ tịch");
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.AskExtensionAsync(_member, Province, task, VietnamTime.Format(Due.AddDays(14)), "Thiếu nhân lực nhập liệu.")).StatusCode);
        var request = await host.Database.ScalarAsync<Guid>($"select id from tasks.extensions where task_id = '{task}'");
        var version = await host.Database.ScalarAsync<string>($"select xmin::text from tasks.extensions where id = '{request}'");
        var today = VietnamTime.Format(VietnamTime.Today(TimeProvider.System));
        var url = $"/son-la/tasks/{task}";

        var entered = await Forms.PostAsync(_secretariat, url, url + "?handler=DecideOnBehalf", new Dictionary<string, string>
        {
            ["paperRequestId"] = request.ToString(),
            ["paperRequestVersion"] = version,
            ["approve"] = "false",
            ["DocumentNumber"] = "31/TB-BCĐ",
            ["DocumentDate"] = today,
            ["Note"] = "Cần hoàn thành đúng hạn để tổng hợp báo cáo quý.",
        });

        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);
        Assert.Equal($"Không đồng ý gia hạn nhiệm vụ: Thông báo gia hạn: số hóa sổ hộ tịch — thời hạn vẫn là {VietnamTime.Format(Due)}", await SubjectsAsync("task.extension-decided", task));
        var body = await host.Database.ScalarAsync<string>($"select body from notifications.outbox where kind = 'task.extension-decided' and link = '{url}'");
        Assert.Contains($"Quyết định theo văn bản số 31/TB-BCĐ ({today})", body, StringComparison.Ordinal);
        Assert.Contains("Ý kiến: Cần hoàn thành đúng hạn để tổng hợp báo cáo quý.", body, StringComparison.Ordinal);
        Assert.Equal(1L, await ReceivedAsync("task.extension-decided", task, "son-la.staff.van-phong-ubnd"));
        Assert.Equal(0L, await ReceivedAsync("task.extension-decided", task, "son-la.secretariat"));
    }
}
