using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Files;
using Platform.Core.Tenancy;
using Platform.Identity.Accounts;
using Platform.Meetings.Persistence;
using Platform.Meetings.Services;
using Platform.Tasks.Model;
using Platform.Tasks.Persistence;
using Platform.Tasks.Services;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Each use case's command decides who may act, whatever page (or none) calls it: called directly as a user without
/// the right it refuses with its rule and changes nothing; as a user with the right it does the work. The standing
/// agency's steps are decided through the secretariat policy of the current province, not a flag the page hands in.
/// </summary>
public sealed class UseCaseAuthorizationTests(PlatformFactory host) : IClassFixture<PlatformFactory>, IAsyncLifetime
{
    private const string Province = "son-la";
    private const string StandingAgencyOnly = "Chỉ Cơ quan thường trực thực hiện việc này.";

    private HttpClient _secretariat = null!;
    private HttpClient _head = null!;

    public async Task InitializeAsync()
    {
        _secretariat = await host.SignInAsync("son-la.secretariat");
        _head = await host.SignInAsync("son-la.leader");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Runs <paramref name="command"/> in a fresh scope of <paramref name="province"/> as the demo user <paramref name="userName"/>.</summary>
    private async Task<T> AsAsync<T>(string userName, Func<IServiceProvider, ClaimsPrincipal, Task<T>> command, string province = Province)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentProvince>().Set(services.GetRequiredService<IProvinceCatalog>().Find(province)!);
        var account = await services.GetRequiredService<UserManager<Account>>().FindByNameAsync(userName);
        var user = await services.GetRequiredService<IUserClaimsPrincipalFactory<Account>>().CreateAsync(account!);
        return await command(services, user);
    }

    private static void Refused(Outcome outcome, string message)
    {
        Assert.True(outcome.Forbidden, $"Expected a refusal, got {(outcome.Succeeded ? "success" : string.Join("; ", outcome.Errors.Values))}.");
        Assert.Contains(message, outcome.GeneralError!.Vietnamese, StringComparison.Ordinal);
    }

    private static void Accepted(Outcome outcome) =>
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Values.Select(m => m.Vietnamese)));

    private Task<long> CountAsync(string sql) => host.Database.ScalarAsync<long>(sql);

    [Fact]
    public async Task Only_the_standing_agency_changes_a_meetings_agenda()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Họp thử quyền sửa chương trình", MeetingSteps.DaysAhead(12)));
        Task<Outcome> Add(string user) => AsAsync(user, (s, u) => s.GetRequiredService<MeetingCommands>().AddAgendaItemAsync(meeting, "Báo cáo tiến độ", null, "20", u, default));

        Refused(await Add("son-la.member"), StandingAgencyOnly);
        Refused(await Add("son-la.leader"), StandingAgencyOnly);
        Assert.Equal(0L, await CountAsync($"select count(*) from meetings.agenda_items where meeting_id = '{meeting}'"));

        Accepted(await Add("son-la.secretariat"));
        var item = await host.Database.ScalarAsync<Guid>($"select id from meetings.agenda_items where meeting_id = '{meeting}'");
        Task<Outcome> Remove(string user) => AsAsync(user, (s, u) => s.GetRequiredService<MeetingCommands>().RemoveAgendaItemAsync(meeting, item, u, default));

        Refused(await Remove("son-la.member"), StandingAgencyOnly);
        Assert.Equal(1L, await CountAsync($"select count(*) from meetings.agenda_items where meeting_id = '{meeting}'"));
        Accepted(await Remove("son-la.secretariat"));
        Assert.Equal(0L, await CountAsync($"select count(*) from meetings.agenda_items where meeting_id = '{meeting}'"));
    }

    [Fact]
    public async Task Only_the_standing_agency_uploads_and_removes_a_meetings_documents()
    {
        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Họp thử quyền tài liệu", MeetingSteps.DaysAhead(13)));
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        Task<Outcome> Add(string user) => AsAsync(user, async (s, u) =>
        {
            await using var content = new MemoryStream(pdf);
            return await s.GetRequiredService<DocumentStore>().AddAsync(meeting, "Báo cáo.pdf", pdf.Length, content, Platform.Meetings.Model.DocumentClassification.Normal, u, default);
        });

        Refused(await Add("son-la.member"), StandingAgencyOnly);
        Assert.Equal(0L, await CountAsync($"select count(*) from meetings.documents where meeting_id = '{meeting}'"));
        Accepted(await Add("son-la.secretariat"));
        var document = await host.Database.ScalarAsync<Guid>($"select id from meetings.documents where meeting_id = '{meeting}'");
        Task<Outcome> Remove(string user) => AsAsync(user, (s, u) => s.GetRequiredService<DocumentStore>().RemoveAsync(meeting, document, u, default));

        Refused(await Remove("son-la.leader"), StandingAgencyOnly);
        Assert.Equal(1L, await CountAsync($"select count(*) from meetings.documents where meeting_id = '{meeting}'"));
        Accepted(await Remove("son-la.secretariat"));
        Assert.Equal(0L, await CountAsync($"select count(*) from meetings.documents where meeting_id = '{meeting}'"));
    }

    [Fact]
    public async Task Only_the_standing_agency_records_a_meeting_as_held_keeps_its_minutes_and_register_or_cancels_it()
    {
        var held = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Họp thử quyền ghi nhận đã họp", MeetingSteps.DaysAhead(-1)));
        Task<Outcome> Hold(string user) => AsAsync(user, (s, u) => s.GetRequiredService<MeetingCommands>().MarkHeldAsync(held, u, default));

        Refused(await Hold("son-la.member"), StandingAgencyOnly);
        Assert.Equal(1, await host.Database.ScalarAsync<int>($"select status from meetings.meetings where id = '{held}'"));
        Accepted(await Hold("son-la.secretariat"));
        Assert.Equal(2, await host.Database.ScalarAsync<int>($"select status from meetings.meetings where id = '{held}'"));

        Task<Outcome> Minutes(string user) => AsAsync(user, async (s, u) =>
        {
            var version = await s.GetRequiredService<MeetingsDbContext>().Meetings.Where(m => m.Id == held).Select(m => m.Version).SingleAsync();
            return await s.GetRequiredService<MeetingCommands>().SaveMinutesAsync(held, "Biên bản thử.", version, u, default);
        });
        Refused(await Minutes("son-la.leader"), StandingAgencyOnly);
        Assert.Equal(0L, await CountAsync($"select count(*) from meetings.meetings where id = '{held}' and minutes is not null"));
        Accepted(await Minutes("son-la.secretariat"));
        Assert.Equal(1L, await CountAsync($"select count(*) from meetings.meetings where id = '{held}' and minutes = 'Biên bản thử.'"));

        Task<Outcome> Register(string user) => AsAsync(user, async (s, u) =>
        {
            var version = await s.GetRequiredService<MeetingsDbContext>().Meetings.Where(m => m.Id == held).Select(m => m.Version).SingleAsync();
            return await s.GetRequiredService<AttendanceCommands>().RecordAsync(held, [], version, u, default);
        });
        Refused(await Register("son-la.member"), StandingAgencyOnly);
        Accepted(await Register("son-la.secretariat"));

        var cancelled = await MeetingSteps.ScheduleAsync(_secretariat, Province, new("Họp thử quyền hủy", MeetingSteps.DaysAhead(14)));
        Task<Outcome> Cancel(string user) => AsAsync(user, (s, u) => s.GetRequiredService<MeetingCommands>().CancelAsync(cancelled, "Trùng lịch.", u, default));
        Refused(await Cancel("son-la.leader"), StandingAgencyOnly);
        Assert.Equal(1, await host.Database.ScalarAsync<int>($"select status from meetings.meetings where id = '{cancelled}'"));
        Accepted(await Cancel("son-la.secretariat"));
        Assert.Equal(3, await host.Database.ScalarAsync<int>($"select status from meetings.meetings where id = '{cancelled}'"));
    }

    [Fact]
    public async Task Only_the_standing_agency_drafts_and_issues_a_conclusion_notice()
    {
        var meeting = await MeetingSteps.HeldAsync(_secretariat, Province, "Họp thử quyền lập thông báo kết luận");
        var form = new NoticeForm
        {
            Number = "99/TB-BCĐ",
            Date = VietnamTime.Format(VietnamTime.Today(TimeProvider.System)),
            Signer = "Trưởng Ban",
            Items = [new NoticeItemForm { Text = "Hoàn thành rà soát thủ tục.", LeadAgencyKey = "van-phong-ubnd" }],
        };
        Task<Outcome> Draft(string user) => AsAsync(user, (s, u) => s.GetRequiredService<NoticeCommands>().SaveDraftAsync(meeting, form, u, default));

        Refused(await Draft("son-la.member"), StandingAgencyOnly);
        Refused(await Draft("son-la.leader"), StandingAgencyOnly);
        Assert.Equal(0L, await CountAsync($"select count(*) from meetings.notices where meeting_id = '{meeting}'"));
        Accepted(await Draft("son-la.secretariat"));
        Assert.Equal(1L, await CountAsync($"select count(*) from meetings.notices where meeting_id = '{meeting}'"));

        Task<Outcome> Issue(string user) => AsAsync(user, async (s, u) =>
        {
            var version = await s.GetRequiredService<MeetingsDbContext>().Notices.Where(n => n.MeetingId == meeting).Select(n => n.Version).SingleAsync();
            return await s.GetRequiredService<NoticeCommands>().IssueAsync(meeting, version, u, default);
        });
        Refused(await Issue("son-la.member"), StandingAgencyOnly);
        // With the right, the command goes on to its state rule: the chair has not approved the draft yet.
        var unapproved = await Issue("son-la.secretariat");
        Assert.False(unapproved.Forbidden);
        Assert.Contains("Thông báo phải được người chủ trì duyệt trước khi ban hành.", unapproved.GeneralError!.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_reads_every_members_briefing_is_decided_by_the_briefing_desk_not_by_the_page()
    {
        Assert.True(await AsAsync("dak-lak.secretariat", (s, u) => s.GetRequiredService<BriefingDesk>().ReadsAllAsync(u), "dak-lak"));
        Assert.False(await AsAsync("dak-lak.member", (s, u) => s.GetRequiredService<BriefingDesk>().ReadsAllAsync(u), "dak-lak"));
    }

    /// <summary>A task Văn phòng UBND tỉnh (the demo member's agency) leads, assigned by the head.</summary>
    private Task<Guid> TaskAsync(string title) =>
        TaskSteps.AssignAsync(_head, Province, new(title, "van-phong-ubnd", VietnamTime.Today(TimeProvider.System).AddDays(30)));

    private Task<uint> TaskVersionAsync(IServiceProvider services, Guid task) =>
        services.GetRequiredService<TasksDbContext>().Tasks.Where(t => t.Id == task).Select(t => t.Version).SingleAsync();

    [Fact]
    public async Task The_task_commands_decide_who_reports_comments_and_asks_for_time_the_standing_agency_included()
    {
        var task = await TaskAsync("Nhiệm vụ thử quyền báo cáo tiến độ");
        Task<Outcome> Report(string user) => AsAsync(user, async (s, u) =>
            await s.GetRequiredService<TaskCommands>().ReportAsync(task, "Đã triển khai.", TaskProgress.InProgress, "20", Array.Empty<Upload>(), await TaskVersionAsync(s, task), u, default));

        Refused(await Report("son-la.viewer"), "Chỉ đầu mối của cơ quan chủ trì (hoặc Cơ quan thường trực) báo cáo tiến độ nhiệm vụ.");
        Assert.Equal(0L, await CountAsync($"select count(*) from tasks.updates where task_id = '{task}' and text = 'Đã triển khai.'"));
        // The standing agency reports on the lead agency's behalf: decided by the command through the policy.
        Accepted(await Report("son-la.secretariat"));
        Accepted(await Report("son-la.member"));

        Task<Outcome> Comment(string user) => AsAsync(user, (s, u) => s.GetRequiredService<TaskCommands>().CommentAsync(task, "Đề nghị bổ sung số liệu.", u, default));
        Refused(await Comment("son-la.viewer"), "Chỉ cơ quan chủ trì, cơ quan phối hợp, lãnh đạo Ban Chỉ đạo và Cơ quan thường trực trao đổi về nhiệm vụ.");
        Accepted(await Comment("son-la.secretariat"));

        var due = VietnamTime.Format(VietnamTime.Today(TimeProvider.System).AddDays(60));
        Task<Outcome> Ask(string user) => AsAsync(user, (s, u) => s.GetRequiredService<TaskCommands>().AskExtensionAsync(task, due, "Chờ số liệu.", u, default));
        Refused(await Ask("son-la.viewer"), "Chỉ cơ quan chủ trì đề nghị gia hạn nhiệm vụ.");
        Assert.Equal(0L, await CountAsync($"select count(*) from tasks.extensions where task_id = '{task}'"));
        Accepted(await Ask("son-la.secretariat"));
        Assert.Equal(1L, await CountAsync($"select count(*) from tasks.extensions where task_id = '{task}'"));
    }

    [Fact]
    public async Task Only_the_standing_agency_closes_a_task_or_enters_a_paper_decision_on_an_extension()
    {
        var task = await TaskAsync("Nhiệm vụ thử quyền đóng nhiệm vụ");
        Task<Outcome> Close(string user) => AsAsync(user, async (s, u) =>
            await s.GetRequiredService<TaskCommands>().SetAsync(task, UpdateKind.MarkedDone, null, await TaskVersionAsync(s, task), u, default));

        Refused(await Close("son-la.member"), StandingAgencyOnly);
        Refused(await Close("son-la.leader"), StandingAgencyOnly);
        Assert.Equal(0L, await CountAsync($"select count(*) from tasks.tasks where id = '{task}' and progress = {(int)TaskProgress.Done}"));
        Accepted(await Close("son-la.secretariat"));
        Assert.Equal(1L, await CountAsync($"select count(*) from tasks.tasks where id = '{task}' and progress = {(int)TaskProgress.Done}"));

        var today = VietnamTime.Format(VietnamTime.Today(TimeProvider.System));
        var onBehalf = await AsAsync("son-la.member", (s, u) =>
            s.GetRequiredService<TaskCommands>().EnterExtensionOnBehalfAsync(Guid.NewGuid(), true, null, "25/TB-BCĐ", today, 0, u, default));
        Refused(onBehalf, StandingAgencyOnly);
        // With the right, the command goes on to look for the request (here none): past the refusal.
        Assert.True((await AsAsync("son-la.secretariat", (s, u) =>
            s.GetRequiredService<TaskCommands>().EnterExtensionOnBehalfAsync(Guid.NewGuid(), true, null, "25/TB-BCĐ", today, 0, u, default))).NotFound);
    }

    [Fact]
    public async Task Only_the_standing_agency_adds_and_removes_the_items_of_a_draft_plan()
    {
        var year = VietnamTime.Today(TimeProvider.System).Year + 3;
        await AsAsync("son-la.secretariat", (s, _) => s.GetRequiredService<PlanCommands>().StartAsync(year, default));
        var portfolio = host.Services.GetRequiredService<IProvinceCatalog>().Find(Province)!.Portfolios.FirstOrDefault()?.Key;
        Task<Outcome> Add(string user) => AsAsync(user, (s, u) => s.GetRequiredService<PlanCommands>().AddItemAsync(year, new TaskForm
        {
            Title = "Mục kế hoạch thử quyền",
            LeadAgencyKey = "van-phong-ubnd",
            PortfolioKey = portfolio,
            Due = VietnamTime.Format(new DateOnly(year, 6, 30)),
        }, u, default));

        Refused(await Add("son-la.leader"), StandingAgencyOnly);
        Refused(await Add("son-la.member"), StandingAgencyOnly);
        Assert.Equal(0L, await CountAsync($"select count(*) from tasks.plan_items i join tasks.plans p on p.id = i.plan_id where p.year = {year}"));
        Accepted(await Add("son-la.secretariat"));
        var item = await host.Database.ScalarAsync<Guid>($"select i.id from tasks.plan_items i join tasks.plans p on p.id = i.plan_id where p.year = {year} and p.province = '{Province}'");

        Task<Outcome> Remove(string user) => AsAsync(user, (s, u) => s.GetRequiredService<PlanCommands>().RemoveItemAsync(year, item, u, default));
        Refused(await Remove("son-la.member"), StandingAgencyOnly);
        Assert.Equal(1L, await CountAsync($"select count(*) from tasks.plan_items where id = '{item}'"));
        Accepted(await Remove("son-la.secretariat"));
        Assert.Equal(0L, await CountAsync($"select count(*) from tasks.plan_items where id = '{item}'"));
    }
}
