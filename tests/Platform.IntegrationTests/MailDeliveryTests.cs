using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Platform.Notifications.Mail;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// A real SMTP server (Debian's python3-aiosmtpd, saving what it accepts into a folder) that the test can stop and
/// start again on the same port.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private Process? _server;

    public int Port { get; } = FreePort();

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "platform-tests", "smtp-" + Guid.NewGuid().ToString("N"));

    /// <summary>How long the server takes to accept each message (a slow server); none unless a test says so.</summary>
    public int DelaySeconds { get; init; }

    public void Start()
    {
        Directory.CreateDirectory(Folder);
        // Debian's interpreter, which the package installs the module for, ahead of any other python3 on the PATH.
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "smtp_sink.Sink", Folder])
        {
            RedirectStandardError = true,
        };
        if (DelaySeconds > 0)
        {
            start.ArgumentList.Add(DelaySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        start.Environment["PYTHONPATH"] = Path.Combine(Repository.Root, "tests", "Platform.IntegrationTests");
        _server = Process.Start(start)!;
        var until = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < until)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                if (_server.HasExited)
                {
                    throw new InvalidOperationException("The SMTP server did not start (is python3-aiosmtpd installed?): " + _server.StandardError.ReadToEnd());
                }

                Thread.Sleep(100);
            }
        }

        throw new TimeoutException("The SMTP server did not listen in time.");
    }

    public void Stop()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill();
            _server.WaitForExit();
        }
    }

    /// <summary>Every message the server accepted, as received.</summary>
    public List<MimeMessage> Received() =>
        [.. Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.eml").Select(f => MimeMessage.Load(f)) : []];

    public void Dispose()
    {
        Stop();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The host with the operator's SMTP server configured (plain, on this machine) and quick retries.</summary>
public sealed class SmtpHost : PlatformFactory
{
    public SmtpSink Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Mail:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Smtp:Security", "None");
        builder.UseSetting("Mail:Smtp:TimeoutSeconds", "10");
        builder.UseSetting("Mail:From", "bcd@sonla.example.vn");
    }

    protected override void Dispose(bool disposing)
    {
        Smtp.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>
/// Mail through a real SMTP server: what arrives has the stored Message-Id, the Vietnamese subject and text intact
/// (UTF-8) and the invitation's .ics; two senders at once send each message once; a sender stopped between sending
/// and marking leaves its message marked uncertain, never sent twice; a server that is down leaves messages waiting,
/// with the reason, to be sent when it is back.
/// </summary>
public sealed class MailDeliveryTests(SmtpHost host) : IClassFixture<SmtpHost>
{
    private async Task<HttpClient> ReadyAsync()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");
        await host.Database.ExecuteAsync("""
            update identity.accounts set email = replace(user_name, '.', '-') || '@sonla.example.vn', normalized_email = upper(replace(user_name, '.', '-') || '@sonla.example.vn')
            where user_name like 'son-la.%'
            """);
        return secretariat;
    }

    private Task<long> CountAsync(string sql) => host.Database.ScalarAsync<long>(sql);

    private MailSender Sender => host.Services.GetRequiredService<MailSender>();

    [Fact]
    public async Task Invitations_arrive_once_each_with_vietnamese_text_and_the_ics_even_with_two_senders_and_a_server_down_for_a_while()
    {
        var secretariat = await ReadyAsync();

        // The server is down: the invitations wait, with the reason, and nothing is lost.
        host.Smtp.Stop();
        var first = await MeetingSteps.ScheduleAsync(secretariat, "son-la", new MeetingPlan("Phiên họp Ban Chỉ đạo chuyển đổi số quý IV", MeetingSteps.DaysAhead(30)));
        Assert.Equal(0, await Sender.RunOnceAsync(CancellationToken.None));
        Assert.Equal(2, await CountAsync($"""
            select count(*) from notifications.deliveries d join notifications.outbox o on o.id = d.message_id
            where o.link = '/son-la/meetings/{first}' and d.state = 0 and d.attempts = 1 and d.next_attempt_at > now() and d.last_error like 'Chưa gửi được, sẽ thử lại:%'
            """));
        // Not due yet: a round sends nothing even with the server back.
        host.Smtp.Start();
        Assert.Equal(0, await Sender.RunOnceAsync(CancellationToken.None));

        // More invitations, and the wait over: two senders (two instances of the host) work the queue at once.
        for (var i = 0; i < 4; i++)
        {
            await MeetingSteps.ScheduleAsync(secretariat, "son-la", new MeetingPlan($"Phiên họp thử gửi đồng thời số {i}", MeetingSteps.DaysAhead(31 + i)));
        }

        await host.Database.ExecuteAsync("update notifications.deliveries set next_attempt_at = now() where state = 0");
        var due = await CountAsync("select count(*) from notifications.deliveries where state = 0");
        Assert.True(due >= 10, $"{due} due");
        var other = ActivatorUtilities.CreateInstance<MailSender>(host.Services);
        var sent = await Task.WhenAll(Sender.RunOnceAsync(CancellationToken.None), other.RunOnceAsync(CancellationToken.None));
        Assert.Equal(due, sent.Sum());
        Assert.Equal(0, await CountAsync("select count(*) from notifications.deliveries where state in (0, 1)"));

        var received = host.Smtp.Received();
        Assert.Equal(due, received.Count);
        Assert.Equal(received.Count, received.Select(m => m.MessageId).Distinct().Count());

        var invitation = received.Single(m => m.To.Mailboxes.Single().Address == "son-la-member@sonla.example.vn" && (m.Subject ?? "").Contains("chuyển đổi số quý IV", StringComparison.Ordinal));
        Assert.StartsWith("Giấy mời họp: Phiên họp Ban Chỉ đạo chuyển đổi số quý IV (", invitation.Subject, StringComparison.Ordinal);
        Assert.Equal("bcd@sonla.example.vn", invitation.From.Mailboxes.Single().Address);
        Assert.Equal("auto-generated", invitation.Headers["Auto-Submitted"]);
        Assert.Equal(await host.Database.ScalarAsync<string>($"""
            select d.mail_message_id from notifications.deliveries d join notifications.outbox o on o.id = d.message_id
            where o.link = '/son-la/meetings/{first}' and d.address = 'son-la-member@sonla.example.vn'
            """), invitation.MessageId);
        Assert.Contains("Kính mời đồng chí dự: Phiên họp Ban Chỉ đạo chuyển đổi số quý IV.", invitation.TextBody, StringComparison.Ordinal);
        Assert.Contains("Địa điểm: Phòng họp số 1, UBND tỉnh.", invitation.TextBody, StringComparison.Ordinal);
        var ics = invitation.Attachments.OfType<MimePart>().Single();
        Assert.EndsWith(".ics", ics.FileName, StringComparison.Ordinal);
        Assert.Equal("text/calendar", ics.ContentType.MimeType);
        using var content = new MemoryStream();
        await ics.Content!.DecodeToAsync(content);
        var calendar = System.Text.Encoding.UTF8.GetString(content.ToArray());
        Assert.StartsWith("BEGIN:VCALENDAR", calendar, StringComparison.Ordinal);
        Assert.Contains($"UID:{first}@platform", calendar, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Phiên họp Ban Chỉ đạo chuyển đổi số quý IV", calendar.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sender_stopped_between_sending_and_marking_never_sends_that_message_twice()
    {
        var secretariat = await ReadyAsync();
        host.Smtp.Start();
        await Sender.RunOnceAsync(CancellationToken.None); // whatever earlier tests left due
        var before = host.Smtp.Received().Count;
        var meeting = await MeetingSteps.ScheduleAsync(secretariat, "son-la", new MeetingPlan("Phiên họp thử dừng giữa chừng", MeetingSteps.DaysAhead(40)));

        // A sender claims one message and hands it over, then stops before marking it sent.
        var queue = host.Services.GetRequiredService<MailQueue>();
        var claimed = await queue.ClaimAsync("son-la", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5), CancellationToken.None)
            ?? throw new InvalidOperationException("nothing to claim");
        await using (var transport = Sender.Transport())
        {
            var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MailSettings>>().Value;
            var (result, _) = await transport.SendAsync(MailComposer.Compose(claimed, options, host.Services.GetRequiredService<Platform.Core.Links.PublicSite>()), CancellationToken.None);
            Assert.Equal(SendResult.Sent, result);
        }

        // While its claim lasts, no other round takes it; the rest of the meeting's invitations go.
        await Sender.RunOnceAsync(CancellationToken.None);
        Assert.Equal(1, await CountAsync($"select count(*) from notifications.deliveries where id = '{claimed.Id}' and state = 1"));

        // The claim runs out: the message is marked uncertain for the administrator, not sent again.
        await host.Database.ExecuteAsync($"update notifications.deliveries set claimed_until = now() - interval '1 minute' where id = '{claimed.Id}'");
        await Sender.RunOnceAsync(CancellationToken.None);
        Assert.Equal(1, await CountAsync($"select count(*) from notifications.deliveries where id = '{claimed.Id}' and state = 5 and last_error like 'Việc gửi bị gián đoạn%'"));
        var received = host.Smtp.Received();
        Assert.Single(received, m => m.MessageId == claimed.MailMessageId);
        Assert.Equal(received.Count, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(before + 2, received.Count);
        Assert.Equal(0, await CountAsync($"select count(*) from notifications.deliveries d join notifications.outbox o on o.id = d.message_id where o.link = '/son-la/meetings/{meeting}' and d.state <> 2 and d.id <> '{claimed.Id}'"));

        // The administrator sees it with the reason and may send it again.
        var admin = await host.SignInAsync("admin");
        var page = await Html.GetAsync(admin, "/admin/mail");
        Assert.Contains(claimed.MailMessageId, page.Text(), StringComparison.Ordinal);
        Assert.Contains("Việc gửi bị gián đoạn", page.Text(), StringComparison.Ordinal);
    }
}
