using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Core.Links;
using Platform.Core.Tenancy;

namespace Platform.Notifications.Mail;

/// <summary>
/// Sends what is due, province by province: claims one message (committed as being sent), hands it to the SMTP server
/// or the pickup folder, and marks it sent, to be retried (doubling waits, up to an hour) or failed with the reason.
/// Several instances of the host may run it at once: a claim is taken with <c>SKIP LOCKED</c> and committed before the
/// hand-over, so no two take the same message. One that stops between the hand-over and the mark leaves its message
/// claimed; when the claim runs out, the next round marks it uncertain — it is not sent a second time by itself.
/// </summary>
internal sealed class MailSender(
    MailQueue queue, IProvinceCatalog catalog, IOptions<MailSettings> options, PublicSite site, TimeProvider clock, ILogger<MailSender> log)
{
    private MailSettings Settings => options.Value;

    /// <summary>Where mail goes: the SMTP server, or the pickup folder's full path.</summary>
    public string Destination => Settings.UsesSmtp ? $"smtp://{Settings.Smtp.Host}:{Settings.Smtp.Port}" : PickupFolder;

    public string PickupFolder => Path.GetFullPath(Settings.PickupFolder);

    /// <summary>One round over every province; returns how many messages were handed over.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var sent = 0;
        await using var transport = Transport();
        foreach (var province in catalog.Provinces.Select(p => p.Code.Value))
        {
            if (await queue.RecoverAsync(province, clock.GetUtcNow(), ct) is > 0 and var interrupted)
            {
                log.LogWarning("{Count} message(s) of {Province} were being sent when a sender stopped; marked uncertain for the administrator.", interrupted, province);
            }

            while (!ct.IsCancellationRequested && await queue.ClaimAsync(province, clock.GetUtcNow(), TimeSpan.FromMinutes(Settings.ClaimMinutes), ct) is { } mail)
            {
                // A message claimed is seen through even when the host is stopping (SIGTERM): cut off half-way it would stay
                // claimed, then be marked uncertain and wait for the administrator. The host waits for it within its
                // shutdown timeout (Host:ShutdownSeconds); each step with the server is bounded by Mail:Smtp:TimeoutSeconds.
                if (await SendAsync(transport, mail, CancellationToken.None))
                {
                    sent++;
                }
            }
        }

        return sent;
    }

    /// <summary>Hands one claimed message over and records what became of it. Exposed for the tests that stop half-way.</summary>
    internal async Task<bool> SendAsync(IMailTransport transport, OutgoingMail mail, CancellationToken ct)
    {
        var (result, reason) = await transport.SendAsync(MailComposer.Compose(mail, Settings, site), ct);
        var now = clock.GetUtcNow();
        switch (result)
        {
            case SendResult.Sent:
                await queue.MarkSentAsync(mail.Province, mail.Id, now, ct);
                return true;
            case SendResult.Refused:
                log.LogWarning("Mail {MessageId} to {Address} refused: {Reason}", mail.MailMessageId, mail.Address, reason);
                await queue.MarkFailedAsync(mail.Province, mail.Id, MailTexts.Refused(reason ?? ""), ct);
                return false;
            default:
                if (mail.Attempts >= Settings.MaxAttempts)
                {
                    log.LogWarning("Mail {MessageId} to {Address} given up after {Attempts} attempts: {Reason}", mail.MailMessageId, mail.Address, mail.Attempts, reason);
                    await queue.MarkFailedAsync(mail.Province, mail.Id, MailTexts.GaveUp(mail.Attempts, reason ?? ""), ct);
                }
                else
                {
                    var wait = TimeSpan.FromSeconds(Math.Min(3600, Settings.RetrySeconds * Math.Pow(2, mail.Attempts - 1)));
                    log.LogInformation("Mail {MessageId} not sent ({Reason}); next attempt in {Wait}.", mail.MailMessageId, reason, wait);
                    await queue.MarkRetryAsync(mail.Province, mail.Id, now + wait, MailTexts.Retrying(reason ?? ""), ct);
                }

                return false;
        }
    }

    /// <summary>The transport the settings name, for a test that hands messages over itself.</summary>
    internal IMailTransport Transport() => Settings.UsesSmtp ? new SmtpTransport(Settings.Smtp) : new PickupFolderTransport(PickupFolder);
}

/// <summary>Runs the sender in the host every few seconds (<c>Mail:PollSeconds</c>) unless <c>Mail:SenderEnabled</c> is false.</summary>
internal sealed class MailSenderService(MailSender sender, IOptions<MailSettings> options, ILogger<MailSenderService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SenderEnabled)
        {
            return;
        }

        log.LogInformation("Mail sender started: {Destination}.", sender.Destination);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds));
        do
        {
            try
            {
                await sender.RunOnceAsync(stoppingToken);
            }
#pragma warning disable CA1031 // Whatever stops a round, the sender must live to run the next one.
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                // The database restarting, say: nothing is lost, the next round takes up where this one stopped.
                log.LogWarning("Mail sender round failed, will try again: {Reason}", e.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
