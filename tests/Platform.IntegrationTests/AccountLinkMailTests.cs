using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Platform.Notifications.Mail;

namespace Platform.IntegrationTests;

/// <summary>
/// The links that give an official a password reach their own mailbox: the activation link of a new account, and the
/// link an official asks for on "forgot password". Each goes by mail only, to that account alone, works once and for a
/// limited time; the outbox keeps it only until the email has gone. "Forgot password" answers the same whatever was
/// typed, so it tells no one which accounts exist.
/// </summary>
public sealed class AccountLinkMailTests(ProvinceAdministrationTests.AdministrationHost host) : IClassFixture<ProvinceAdministrationTests.AdministrationHost>
{
    private const string Forgot = "/account/forgot-password";

    private Task<long> CountAsync(string sql) => host.Database.ScalarAsync<long>(sql);

    private static string Notice(AngleSharp.Dom.IDocument page) => page.QuerySelector("[role=status]")!.TextContent.Trim();

    [Fact]
    public async Task A_new_officials_activation_link_is_mailed_to_their_address_alone_and_leaves_the_outbox_once_sent()
    {
        host.Clock.Now = DateTimeOffset.UtcNow;
        var admin = await host.SignInAsync("son-la.province-admin");
        var created = await Forms.SubmitAsync(admin, "/son-la/quan-tri/tai-khoan", "#Form_FullName", new Dictionary<string, string>
        {
            ["Form.FullName"] = "Quàng Thị Thư",
            ["Form.UserName"] = "sl.thu-kich-hoat",
            ["Form.Email"] = "quang-thi-thu@sonla.example.vn",
            ["Form.Role"] = "member",
            ["Form.Seat"] = "",
            ["Form.Agency"] = "so-noi-vu",
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var shown = new Uri(Assert.Single((await Html.ParseAsync(created)).QuerySelectorAll("code.activation-link")).TextContent.Trim()).AbsolutePath;

        const string message = "(select id from notifications.outbox where kind = 'account.activation' and province = 'son-la')";
        Assert.Equal(shown, await host.Database.ScalarAsync<string>($"select link from notifications.outbox where id = {message}"));
        Assert.True(await host.Database.ScalarAsync<bool>($"select mail_only from notifications.outbox where id = {message}"));
        Assert.Equal(0L, await CountAsync($"select count(*) from notifications.inbox where message_id = {message}"));
        Assert.Equal("quang-thi-thu@sonla.example.vn", await host.Database.ScalarAsync<string>($"select address from notifications.deliveries where message_id = {message} and state = 0"));

        await host.Services.GetRequiredService<MailSender>().RunOnceAsync(CancellationToken.None);
        var mailId = await host.Database.ScalarAsync<string>($"select mail_message_id from notifications.deliveries where message_id = {message}");
        var mail = await MimeMessage.LoadAsync(Path.Combine(host.MailFolder, PickupFolderTransport.FileName(mailId)));
        Assert.Equal("Kích hoạt tài khoản trên Nền tảng điều hành Ban Chỉ đạo", mail.Subject);
        Assert.Contains("sl.thu-kich-hoat", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(shown, mail.TextBody, StringComparison.Ordinal);
        // Gone from the outbox once mailed: the database no longer holds a usable link.
        Assert.Null(await host.Database.ScalarAsync<string?>($"select link from notifications.outbox where id = {message}"));

        const string password = "Mật-khẩu-từ-thư-2026";
        var activated = await Forms.SubmitAsync(host.CreateClient(), shown, "#password", new Dictionary<string, string> { ["password"] = password, ["repeat"] = password });
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await host.SignInAsync("sl.thu-kich-hoat", password)).GetAsync("/son-la")).StatusCode);
    }

    [Fact]
    public async Task Forgot_password_mails_a_one_time_link_that_sets_a_new_password_and_answers_alike_for_unknown_names()
    {
        host.Clock.Now = DateTimeOffset.UtcNow;
        _ = host.Services;
        await host.Database.ExecuteAsync(
            "update identity.accounts set email = 'thanh-vien@sonla.example.vn', normalized_email = 'THANH-VIEN@SONLA.EXAMPLE.VN' where user_name = 'son-la.member'");
        const string resets = "select count(*) from notifications.outbox where kind = 'account.password-reset'";
        var anonymous = host.CreateClient();

        var unknown = await Forms.SubmitAsync(anonymous, Forgot, "#Name", new Dictionary<string, string> { ["Name"] = "khong-co-tai-khoan-nay" });
        Assert.Equal(0L, await CountAsync(resets));
        var asked = await Forms.SubmitAsync(anonymous, Forgot, "#Name", new Dictionary<string, string> { ["Name"] = "THANH-VIEN@sonla.example.vn" });
        Assert.Equal(Notice(await Html.ParseAsync(unknown)), Notice(await Html.ParseAsync(asked)));
        Assert.Equal(1L, await CountAsync(resets));
        Assert.Equal(0L, await CountAsync("select count(*) from notifications.inbox i join notifications.outbox o on o.id = i.message_id where o.kind = 'account.password-reset'"));

        // Asked again at once: no second email floods the mailbox.
        await Forms.SubmitAsync(anonymous, Forgot, "#Name", new Dictionary<string, string> { ["Name"] = "son-la.member" });
        Assert.Equal(1L, await CountAsync(resets));

        var link = await host.Database.ScalarAsync<string>("select link from notifications.outbox where kind = 'account.password-reset'");
        var page = await Html.GetAsync(anonymous, link);
        Assert.Equal("Đặt lại mật khẩu", page.QuerySelector("h1")!.TextContent.Trim());
        const string password = "Mật-khẩu-mới-sau-khi-quên-2026";
        var set = await Forms.SubmitAsync(anonymous, link, "#password", new Dictionary<string, string> { ["password"] = password, ["repeat"] = password });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await host.SignInAsync("son-la.member", password)).GetAsync("/son-la")).StatusCode);

        // Spent: the link does not work twice.
        var again = await Forms.PostAsync(anonymous, "/account/login", link, new Dictionary<string, string> { ["password"] = "Mật-khẩu-khác-nữa-2026", ["repeat"] = "Mật-khẩu-khác-nữa-2026" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);

        // After the pause, an expired link is refused and a new request works.
        host.Clock.Now = DateTimeOffset.UtcNow.AddHours(2);
        await Forms.SubmitAsync(anonymous, Forgot, "#Name", new Dictionary<string, string> { ["Name"] = "son-la.member" });
        Assert.Equal(2L, await CountAsync(resets));
        var second = await host.Database.ScalarAsync<string>("select link from notifications.outbox where kind = 'account.password-reset' order by created_at desc limit 1");
        host.Clock.Now = DateTimeOffset.UtcNow.AddHours(3).AddMinutes(5);
        Assert.NotNull((await Html.GetAsync(anonymous, second)).QuerySelector("[role=alert]"));
        host.Clock.Now = DateTimeOffset.UtcNow;
    }
}
