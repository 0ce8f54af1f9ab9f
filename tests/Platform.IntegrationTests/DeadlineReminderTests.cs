using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Notifications.Reminders;
using Platform.Sdk.Structure;

namespace Platform.IntegrationTests;

/// <summary>
/// The daily reminder round: both regulations make the standing agency urge members on their deadlines (Đắk Lắk,
/// Art. 8.2; Sơn La, Art. 4.2); the round does it by the app and by mail. Each deadline is reminded three times, each
/// once — as it comes near, on the day, after it has passed — whichever instance of the host runs the round and however
/// often; a day is taken by one round only.
/// </summary>
public sealed class DeadlineReminderTests(MeetingHost host) : IClassFixture<MeetingHost>
{
    private const string Province = "son-la";

    private ProvinceDefinition SonLa => host.Services.GetRequiredService<IProvinceCatalog>().Find(Province)!;

    private ReminderRound Round => host.Services.GetRequiredService<ReminderRound>();

    private async Task<IReadOnlyList<string>> SubjectsAsync(string kind, string link) =>
        (await host.Database.ScalarAsync<string?>($"""
            select string_agg(subject, ' | ' order by created_at, subject) from notifications.outbox
            where province = 'son-la' and kind = '{kind}' and link = '{link}'
            """) ?? "").Split(" | ", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task A_task_reminds_its_lead_agencys_focal_point_as_it_comes_near_on_the_day_and_once_it_has_passed_each_once()
    {
        var head = await host.SignInAsync("son-la.leader");
        await host.SignInForAgencyAsync(Province, "so-noi-vu");
        var due = new DateOnly(2031, 3, 14);
        var task = await TaskSteps.AssignAsync(head, Province, new("Rà soát thủ tục hành chính cần nhắc hạn", "so-noi-vu", due));

        foreach (var day in new[] { due.AddDays(-3), due.AddDays(-2), due, due.AddDays(1), due.AddDays(2) })
        {
            Assert.NotNull(await Round.RunAsync(SonLa, day, CancellationToken.None));
        }

        var link = $"/son-la/tasks/{task}";
        Assert.Equal(
            [
                "Sắp đến hạn (còn 3 ngày): Nhiệm vụ: Rà soát thủ tục hành chính cần nhắc hạn",
                "Hôm nay đến hạn: Nhiệm vụ: Rà soát thủ tục hành chính cần nhắc hạn",
                "Đã quá hạn: Nhiệm vụ: Rà soát thủ tục hành chính cần nhắc hạn",
            ],
            await SubjectsAsync("reminder.task", link));
        // Each reached the focal point of Sở Nội vụ in the app (and as an email waiting to be sent).
        Assert.Equal(3L, await host.Database.ScalarAsync<long>($"""
            select count(*) from notifications.inbox i join notifications.outbox o on o.id = i.message_id
            join identity.accounts a on a.id = i.account_id
            where o.link = '{link}' and o.kind = 'reminder.task' and a.user_name = 'son-la.staff.so-noi-vu'
            """));
        Assert.Equal(3L, await host.Database.ScalarAsync<long>($"""
            select count(*) from notifications.deliveries d join notifications.outbox o on o.id = d.message_id
            join identity.accounts a on a.id = d.account_id
            where o.link = '{link}' and o.kind = 'reminder.task' and a.user_name = 'son-la.staff.so-noi-vu'
            """));
    }

    [Fact]
    public async Task A_day_is_taken_once_even_when_two_instances_run_the_round_at_the_same_time()
    {
        var head = await host.SignInAsync("son-la.leader");
        var due = new DateOnly(2032, 5, 20);
        var task = await TaskSteps.AssignAsync(head, Province, new("Nhiệm vụ nhắc hạn khi hai máy cùng chạy", "so-tai-chinh", due));

        var rounds = await Task.WhenAll(
            Round.RunAsync(SonLa, due.AddDays(-1), CancellationToken.None),
            Round.RunAsync(SonLa, due.AddDays(-1), CancellationToken.None));
        var again = await Round.RunAsync(SonLa, due.AddDays(-1), CancellationToken.None);

        Assert.Single(rounds, r => r is not null);
        Assert.Null(again);
        Assert.Single(await SubjectsAsync("reminder.task", $"/son-la/tasks/{task}"));
    }

    [Fact]
    public async Task An_approved_extension_moves_the_deadline_and_the_task_is_reminded_of_its_new_day()
    {
        var head = await host.SignInAsync("son-la.leader");
        var due = new DateOnly(2033, 9, 16);
        var task = await TaskSteps.AssignAsync(head, Province, new("Nhiệm vụ được gia hạn vẫn được nhắc", "so-noi-vu", due));
        Assert.NotNull(await Round.RunAsync(SonLa, due, CancellationToken.None));

        var focal = await host.SignInForAgencyAsync(Province, "so-noi-vu");
        var later = due.AddDays(14);
        await TaskSteps.AskExtensionAsync(focal, Province, task, TaskSteps.Day(later), "Chờ ý kiến của các sở liên quan.");
        await TaskSteps.DecideAsync(head, Province, task, approve: true);
        Assert.NotNull(await Round.RunAsync(SonLa, later, CancellationToken.None));

        Assert.Equal(
            ["Hôm nay đến hạn: Nhiệm vụ: Nhiệm vụ được gia hạn vẫn được nhắc", "Hôm nay đến hạn: Nhiệm vụ: Nhiệm vụ được gia hạn vẫn được nhắc"],
            await SubjectsAsync("reminder.task", $"/son-la/tasks/{task}"));
        Assert.Equal(2L, await host.Database.ScalarAsync<long>($"select count(distinct due) from notifications.reminders_sent where deadline_key = 'task:{task}'"));
    }

    [Fact]
    public async Task Son_La_a_members_quarterly_report_is_reminded_from_the_reminder_days_to_its_holder_and_agency()
    {
        await host.SignInForAgencyAsync(Province, "so-noi-vu");
        var days = SonLa.Reporting.RemindDaysBefore;
        // Every day from before the window to after the members' deadline of the first quarter of 2030: before the 10th
        // of the quarter's last month (Sơn La, Art. 12.4).
        for (var day = new DateOnly(2030, 2, 20); day <= new DateOnly(2030, 3, 20); day = day.AddDays(1))
        {
            Assert.NotNull(await Round.RunAsync(SonLa, day, CancellationToken.None));
        }

        var link = "/son-la/reports/write?ky=Q1-2030&buoc=thanh-vien&ai=giam-doc-so-noi-vu";
        var subjects = await SubjectsAsync("reminder.report", link);
        Assert.Equal(3, subjects.Count);
        Assert.StartsWith($"Sắp đến hạn (còn {days} ngày): ", subjects[0], StringComparison.Ordinal);
        Assert.StartsWith("Hôm nay đến hạn: ", subjects[1], StringComparison.Ordinal);
        Assert.StartsWith("Đã quá hạn: ", subjects[2], StringComparison.Ordinal);
        Assert.Contains("Giám đốc Sở Nội vụ", subjects[0], StringComparison.Ordinal);
        // The seat's holder (if an account is linked to it) and the agency's focal point hear of it.
        Assert.Equal(3L, await host.Database.ScalarAsync<long>($"""
            select count(*) from notifications.inbox i join notifications.outbox o on o.id = i.message_id
            join identity.accounts a on a.id = i.account_id
            where o.link = '{link}' and a.user_name = 'son-la.staff.so-noi-vu'
            """));
    }

    [Fact]
    public async Task A_member_who_chose_the_daily_digest_gets_invitations_at_once_and_the_rest_in_one_email_of_the_next_round()
    {
        var member = await host.SignInHoldingAsync(Province, "giam-doc-so-tai-chinh", ProvinceRole.Member);
        await host.Database.ExecuteAsync(
            "update identity.accounts set email = 'gd-stc@sonla.example.vn', normalized_email = 'GD-STC@SONLA.EXAMPLE.VN' where user_name = 'son-la.giam-doc-so-tai-chinh'");
        var chosen = await Forms.SubmitAsync(member, "/son-la/thong-bao", "input[name=digest]", new Dictionary<string, string> { ["digest"] = "true" });
        Assert.Contains("Từ nay thư được gộp thành một thư tổng hợp mỗi ngày làm việc.", (await Html.ParseAsync(chosen)).Text(), StringComparison.Ordinal);
        Assert.True(await host.Database.ScalarAsync<bool>("select daily_digest from notifications.mail_preferences p join identity.accounts a on a.id = p.account_id where a.user_name = 'son-la.giam-doc-so-tai-chinh'"));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>("select count(*) from audit.entries where province = 'son-la' and entity = 'notifications.MailPreference'"));

        // The invitation is mandatory (the regulations send it to every member): mailed at once.
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var meeting = await MeetingSteps.ScheduleAsync(secretariat, Province, new MeetingPlan("Phiên họp thử thư tổng hợp", MeetingSteps.DaysAhead(30)));
        const string mine = "d.account_id = (select id from identity.accounts where user_name = 'son-la.giam-doc-so-tai-chinh')";
        Assert.Equal(0, await host.Database.ScalarAsync<int>($"select d.state from notifications.deliveries d join notifications.outbox o on o.id = d.message_id where {mine} and o.link = '/son-la/meetings/{meeting}'"));

        // Anything else waits for the digest, and is in the app at once.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(SonLa);
            var db = scope.ServiceProvider.GetRequiredService<Platform.Meetings.Persistence.MeetingsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            scope.ServiceProvider.GetRequiredService<Platform.Core.Notifications.INotificationOutbox>().Add(db, new Platform.Core.Notifications.Notification
            {
                Kind = "test.digest", Subject = "Nhiệm vụ thử chờ thư tổng hợp", Body = "Nội dung thử", Link = "/son-la/tasks", Seats = ["giam-doc-so-tai-chinh"],
            });
            await transaction.CommitAsync();
        }

        const string waiting = "select count(*) from notifications.deliveries d join notifications.outbox o on o.id = d.message_id where o.kind = 'test.digest' and d.state = 6 and " + mine;
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(waiting));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>($"select count(*) from notifications.inbox i join notifications.outbox o on o.id = i.message_id where o.kind = 'test.digest' and i.account_id = (select id from identity.accounts where user_name = 'son-la.giam-doc-so-tai-chinh')"));

        Assert.NotNull(await Round.RunAsync(SonLa, new DateOnly(2032, 6, 1), CancellationToken.None));
        Assert.Equal(0L, await host.Database.ScalarAsync<long>(waiting));
        var digest = $"select o.body from notifications.outbox o join notifications.deliveries d on d.message_id = o.id where o.kind = 'digest' and o.mail_only and d.state = 0 and {mine}";
        Assert.Contains("Nhiệm vụ thử chờ thư tổng hợp", await host.Database.ScalarAsync<string>(digest), StringComparison.Ordinal);
        Assert.DoesNotContain("Phiên họp thử thư tổng hợp", await host.Database.ScalarAsync<string>(digest), StringComparison.Ordinal);
        // A second round (another day) has nothing left to gather.
        Assert.NotNull(await Round.RunAsync(SonLa, new DateOnly(2032, 6, 2), CancellationToken.None));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>($"select count(*) from notifications.outbox o join notifications.deliveries d on d.message_id = o.id where o.kind = 'digest' and {mine}"));
    }
}
