using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// An instance stopped (SIGTERM, a rolling restart behind the proxy) while its mail sender is handing a message to a
/// slow SMTP server finishes that message — sent once, marked sent — and claims no more: the rest wait for another
/// instance, none is left claimed to turn uncertain.
/// </summary>
public sealed class GracefulStopTests(GracefulStopTests.SlowServerHost host) : IClassFixture<GracefulStopTests.SlowServerHost>
{
    /// <summary>The host sending (every second) to an SMTP server that takes seconds to accept each message.</summary>
    public sealed class SlowServerHost : PlatformFactory
    {
        public SmtpSink Smtp { get; } = new() { DelaySeconds = 3 };

        protected override bool SenderEnabled => true;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Mail:Smtp:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("Mail:Smtp:Security", "None");
            builder.UseSetting("Mail:Smtp:TimeoutSeconds", "20");
            builder.UseSetting("Mail:From", "bcd@sonla.example.vn");
            builder.UseSetting("Mail:PollSeconds", "1");
        }

        /// <summary>What the server had accepted once the host had stopped (its folder goes with it).</summary>
        public IReadOnlyList<MimeKit.MimeMessage> ReceivedByStop { get; private set; } = [];

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (Directory.Exists(Smtp.Folder))
            {
                ReceivedByStop = Smtp.Received();
            }

            Smtp.Dispose();
        }
    }

    private Task<long> CountAsync(string sql) => host.Database.ScalarAsync<long>(sql);

    [Fact]
    public async Task A_stopping_instance_finishes_the_message_it_is_handing_over_and_claims_no_more()
    {
        host.Smtp.Start();
        var secretariat = await host.SignInAsync("son-la.secretariat");
        await host.Database.ExecuteAsync("""
            update identity.accounts set email = replace(user_name, '.', '-') || '@sonla.example.vn', normalized_email = upper(replace(user_name, '.', '-') || '@sonla.example.vn')
            where user_name like 'son-la.%'
            """);
        var meeting = await MeetingSteps.ScheduleAsync(secretariat, "son-la", new MeetingPlan("Phiên họp thử dừng máy chủ khi đang gửi thư", MeetingSteps.DaysAhead(25)));
        var ours = $"from notifications.deliveries d join notifications.outbox o on o.id = d.message_id where o.link = '/son-la/meetings/{meeting}' and d.address is not null";
        Assert.True(await CountAsync($"select count(*) {ours}") >= 2);

        // Wait for the sender to claim one and hand it over; the server holds it for three seconds.
        var until = DateTime.UtcNow.AddSeconds(20);
        while (await CountAsync($"select count(*) {ours} and d.state = 1") == 0 && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }

        var inHand = await host.Database.ScalarAsync<string>($"select d.mail_message_id {ours} and d.state = 1");
        Assert.NotNull(inHand);

        // The host stops as on SIGTERM.
        await host.DisposeAsync();

        Assert.Equal(2L, await CountAsync($"select d.state::bigint {ours} and d.mail_message_id = '{inHand}'"));
        Assert.Single(host.ReceivedByStop, m => m.MessageId == inHand);
        Assert.Equal(0L, await CountAsync($"select count(*) {ours} and d.state not in (0, 2)"));
        Assert.True(await CountAsync($"select count(*) {ours} and d.state = 0") >= 1, "the other invitations wait for another instance");
    }
}
