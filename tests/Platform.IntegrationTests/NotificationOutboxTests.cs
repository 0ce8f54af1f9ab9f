using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Platform.Core.Notifications;
using Platform.Core.Tenancy;
using Platform.Meetings.Persistence;
using Platform.Notifications.Mail;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The outbox is written in the transaction of the change that causes it: a change rolled back (or a save that
/// fails) leaves no message, a committed one leaves exactly one, with an item in each recipient's list and an email
/// for each — marked at once for a person without an address, the change itself unharmed. Without an SMTP server the
/// sender writes .eml files, which the system administrator's page lists. The member sees the notification in the app,
/// with the unread count in the header, and marks it read.
/// </summary>
public sealed class NotificationOutboxTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    private async Task GiveAddressesAsync()
    {
        _ = host.Services; // the host started: migrated, demo accounts made
        // Every demo account of Sơn La has an address except the viewer's.
        await host.Database.ExecuteAsync("""
            update identity.accounts set email = replace(user_name, '.', '-') || '@sonla.example.vn', normalized_email = upper(replace(user_name, '.', '-') || '@sonla.example.vn')
            where user_name like 'son-la.%' and user_name <> 'son-la.viewer'
            """);
    }

    private Task<long> CountAsync(string sql) => host.Database.ScalarAsync<long>(sql);

    [Fact]
    public async Task Scheduling_a_meeting_writes_one_invitation_with_its_ics_to_each_invited_member()
    {
        await GiveAddressesAsync();
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var meeting = await MeetingSteps.ScheduleAsync(secretariat, "son-la", new MeetingPlan("Phiên họp thử thông báo mời họp", MeetingSteps.DaysAhead(20)));

        var where = $"kind = 'meeting.invitation' and link = '/son-la/meetings/{meeting}'";
        Assert.Equal(1, await CountAsync($"select count(*) from notifications.outbox where {where}"));
        var message = await host.Database.ScalarAsync<Guid>($"select id from notifications.outbox where {where}");
        Assert.StartsWith("BEGIN:VCALENDAR", await host.Database.ScalarAsync<string>($"select convert_from(attachment, 'UTF8') from notifications.outbox where id = '{message}'"), StringComparison.Ordinal);
        Assert.StartsWith("Giấy mời họp: Phiên họp thử thông báo mời họp (", await host.Database.ScalarAsync<string>($"select subject from notifications.outbox where id = '{message}'"), StringComparison.Ordinal);

        // The head's and the member's seats are linked to the demo leader's and member's accounts: one item and one email each.
        var accounts = $"select id from identity.accounts where user_name in ('son-la.leader', 'son-la.member')";
        Assert.Equal(2, await CountAsync($"select count(*) from notifications.inbox where message_id = '{message}' and account_id in ({accounts})"));
        Assert.Equal(2, await CountAsync($"select count(*) from notifications.deliveries where message_id = '{message}' and state = 0 and address like '%@sonla.example.vn'"));
        Assert.Equal(2, await CountAsync($"select count(distinct mail_message_id) from notifications.deliveries where message_id = '{message}'"));
    }

    [Fact]
    public async Task A_rolled_back_or_failed_change_leaves_no_message_and_a_later_commit_only_its_own()
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!);
        var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<INotificationOutbox>();
        var run = Guid.NewGuid().ToString("N")[..8];
        Notification Named(string what) => new() { Kind = "test", Subject = $"{what} {run}", Body = "Nội dung thử", Roles = ["secretariat"] };

        // Rolled back by the caller.
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            outbox.Add(db, Named("rolled back"));
            await transaction.RollbackAsync();
        }

        // A save that fails in the database (a meeting's id taken twice): EF Core's own transaction never commits.
        var existing = await db.Meetings.AsNoTracking().FirstAsync();
        db.Meetings.Add(existing);
        outbox.Add(db, Named("failed save"));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        // A later commit on the same context carries its own notification only.
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            outbox.Add(db, Named("committed"));
            await transaction.CommitAsync();
        }

        Assert.Equal(0, await CountAsync($"select count(*) from notifications.outbox where subject = 'rolled back {run}'"));
        Assert.Equal(0, await CountAsync($"select count(*) from notifications.outbox where subject = 'failed save {run}'"));
        Assert.Equal(1, await CountAsync($"select count(*) from notifications.outbox where subject = 'committed {run}'"));
        Assert.True(await CountAsync($"select count(*) from notifications.inbox i join notifications.outbox o on o.id = i.message_id where o.subject = 'committed {run}'") >= 1);
    }

    [Fact]
    public async Task Without_an_smtp_server_mail_becomes_eml_files_the_administrator_sees_and_a_person_without_address_is_marked()
    {
        await GiveAddressesAsync();
        // The absence decision goes to the secretariat's role holders, the viewer among no one: give a notice to every role instead.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!);
            var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            scope.ServiceProvider.GetRequiredService<INotificationOutbox>().Add(db, new Notification
            {
                Kind = "test.everyone",
                Subject = "Thông báo kết luận số 12-TB/BCĐ: Phiên họp quý IV — đầy đủ dấu tiếng Việt",
                Body = "Đồng chí Trưởng Ban kết luận: đẩy mạnh chuyển đổi số, hoàn thành trước ngày 31/12/2026.",
                Link = "/son-la/thong-bao",
                Roles = ["viewer", "member"],
            });
            await transaction.CommitAsync();
        }

        Assert.Equal(1, await CountAsync("""
            select count(*) from notifications.deliveries d join notifications.outbox o on o.id = d.message_id
            where o.kind = 'test.everyone' and d.state = 4 and d.address is null and d.last_error like 'Tài khoản chưa có địa chỉ email%'
            """));

        var sender = host.Services.GetRequiredService<MailSender>();
        await sender.RunOnceAsync(CancellationToken.None);
        Assert.Equal(0, await CountAsync("select count(*) from notifications.deliveries where state in (0, 1)"));

        var member = await host.Database.ScalarAsync<string>("""
            select d.mail_message_id from notifications.deliveries d join notifications.outbox o on o.id = d.message_id
            where o.kind = 'test.everyone' and d.address = 'son-la-member@sonla.example.vn'
            """);
        var file = Path.Combine(host.MailFolder, PickupFolderTransport.FileName(member));
        Assert.True(File.Exists(file), $"no {file}");
        var mail = await MimeMessage.LoadAsync(file);
        Assert.Equal("Thông báo kết luận số 12-TB/BCĐ: Phiên họp quý IV — đầy đủ dấu tiếng Việt", mail.Subject);
        Assert.Equal(member, mail.MessageId);
        Assert.Contains("hoàn thành trước ngày 31/12/2026", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("/son-la/thong-bao", mail.TextBody, StringComparison.Ordinal);

        // A second round sends nothing again.
        Assert.Equal(0, await sender.RunOnceAsync(CancellationToken.None));

        var admin = await host.SignInAsync("admin");
        var page = await Html.GetAsync(admin, "/admin/mail");
        Assert.Contains(PickupFolderTransport.FileName(member), page.Text(), StringComparison.Ordinal);
        Assert.Contains("Tài khoản chưa có địa chỉ email", page.Text(), StringComparison.Ordinal);
        var download = await admin.GetAsync($"/admin/mail?handler=File&name={PickupFolderTransport.FileName(member)}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/mail?handler=File&name=..%2Faudit.key")).StatusCode);

        // A message that failed is sent again at the administrator's request, and the request is in the audit trail.
        var delivery = await host.Database.ScalarAsync<Guid>($"select id from notifications.deliveries where mail_message_id = '{member}'");
        await host.Database.ExecuteAsync($"update notifications.deliveries set state = 3, last_error = 'Máy chủ thư từ chối (550)' where id = '{delivery}'");
        var requeued = await Forms.SubmitAsync(admin, "/admin/mail", $"form[action*='{delivery}'] button");
        Assert.Equal(HttpStatusCode.OK, requeued.StatusCode);
        Assert.Equal(0, await CountAsync($"select count(*) from notifications.deliveries where id = '{delivery}' and state <> 0"));
        Assert.Equal(1, await CountAsync($"select count(*) from audit.entries where action = 'mail.requeued' and entity_id = '{delivery}' and actor_name = 'admin'"));

        // Not the page of anyone else.
        Assert.NotEqual(HttpStatusCode.OK, (await (await host.SignInAsync("son-la.secretariat")).GetAsync("/admin/mail")).StatusCode);
    }

    [Fact]
    public async Task The_member_reads_notifications_in_the_app_with_the_unread_count_in_the_header()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");
        await MeetingSteps.ScheduleAsync(secretariat, "son-la", new MeetingPlan("Phiên họp thử danh sách thông báo", MeetingSteps.DaysAhead(25)));

        var member = await host.SignInAsync("son-la.member");
        var page = await Html.GetAsync(member, "/son-la/thong-bao");
        Assert.Contains("Giấy mời họp: Phiên họp thử danh sách thông báo", page.Text(), StringComparison.Ordinal);
        var count = page.QuerySelector(".notifications-link .unread-count");
        Assert.NotNull(count);
        Assert.True(int.Parse(count.TextContent, System.Globalization.CultureInfo.InvariantCulture) >= 1);

        var read = await Forms.SubmitAsync(member, "/son-la/thong-bao", "form[action*='handler=ReadAll'] button");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var after = await Html.ParseAsync(read);
        Assert.Null(after.QuerySelector(".notifications-link .unread-count"));
        Assert.Null(after.QuerySelector(".notification.unread"));

        // Another person's list does not hold the member's items, and their ids cannot be marked by someone else.
        var viewerPage = await Html.GetAsync(await host.SignInAsync("son-la.viewer"), "/son-la/thong-bao");
        Assert.DoesNotContain("Phiên họp thử danh sách thông báo", viewerPage.Text(), StringComparison.Ordinal);
    }
}
