using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Text;
using Platform.Core.Links;

namespace Platform.Notifications.Mail;

/// <summary>One email as claimed from the queue.</summary>
internal sealed record OutgoingMail(
    Guid Id, string Province, string MailMessageId, string RecipientName, string Address, int Attempts, string Kind,
    string Subject, string Body, string? Link, string? AttachmentName, string? AttachmentType, byte[]? Attachment, DateTimeOffset CreatedAt);

/// <summary>What became of one hand-over.</summary>
internal enum SendResult
{
    Sent,
    TryAgain,
    Refused,
}

/// <summary>Builds the MIME message: UTF-8 subject and text, the stored Message-Id, the attachment (an invitation's .ics).</summary>
internal static class MailComposer
{
    public static MimeMessage Compose(OutgoingMail mail, MailSettings settings, PublicSite site)
    {
        var message = new MimeMessage
        {
            MessageId = mail.MailMessageId,
            Subject = mail.Subject,
            Date = mail.CreatedAt,
        };
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(new MailboxAddress(mail.RecipientName, mail.Address));
        // An automatic message: no out-of-office answers (RFC 3834).
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Platform-Kind", mail.Kind);

        var text = mail.Body + (mail.Link is null ? "" : $"\n\nXem trên Nền tảng / Open in the platform: {site.Link(mail.Link)}") +
            "\n\n-- \nThư gửi tự động, xin không trả lời. / This message was sent automatically; please do not reply.";
        var body = new TextPart(TextFormat.Plain) { Text = text };
        body.ContentType.Charset = "utf-8";
        body.ContentTransferEncoding = ContentEncoding.QuotedPrintable;
        if (mail.Attachment is null)
        {
            message.Body = body;
            return message;
        }

        var type = ContentType.Parse(mail.AttachmentType ?? "application/octet-stream");
        var attachment = new MimePart(type)
        {
            Content = new MimeContent(new MemoryStream(mail.Attachment)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = mail.AttachmentName,
        };
        message.Body = new Multipart("mixed") { body, attachment };
        return message;
    }
}

/// <summary>Hands messages to the operator's SMTP server, or writes them into the pickup folder when none is configured.</summary>
internal interface IMailTransport : IAsyncDisposable
{
    /// <summary>Where the messages go, for the logs and the administrator's page.</summary>
    string Describe { get; }

    Task<(SendResult Result, string? Reason)> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>The operator's SMTP server through MailKit; one connection for a round of sending, opened when first needed.</summary>
internal sealed class SmtpTransport(SmtpSettings settings) : IMailTransport
{
    private readonly SmtpClient _client = new() { Timeout = settings.TimeoutSeconds * 1000 };

    public string Describe => $"smtp://{settings.Host}:{settings.Port} ({settings.Security})";

    public async Task<(SendResult, string?)> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (!_client.IsConnected)
            {
                var security = settings.Security switch
                {
                    SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
                    SmtpSecurity.None => SecureSocketOptions.None,
                    _ => SecureSocketOptions.StartTls,
                };
                await _client.ConnectAsync(settings.Host!, settings.Port, security, cancellationToken);
                if (!string.IsNullOrEmpty(settings.UserName))
                {
                    await _client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
                }
            }

            await _client.SendAsync(message, cancellationToken);
            return (SendResult.Sent, null);
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500 && e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted)
        {
            // A permanent refusal of this message or address (5xx): trying again would get the same answer.
            await ResetAsync();
            return (SendResult.Refused, $"{(int)e.StatusCode} {e.Message}");
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException
                                     or AuthenticationException or SslHandshakeException or SocketException or IOException or TimeoutException)
        {
            await ResetAsync();
            return (SendResult.TryAgain, e is SmtpCommandException c ? $"{(int)c.StatusCode} {c.Message}" : $"{e.GetType().Name}: {e.Message}");
        }
    }

    private async Task ResetAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(quit: false);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or MailKit.ProtocolException)
        {
            // The connection is gone either way.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            try
            {
                await _client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or SocketException or MailKit.ProtocolException)
            {
                // Already closed by the server.
            }
        }

        _client.Dispose();
    }
}

/// <summary>
/// Without an SMTP server: each message becomes an .eml file named by its Message-Id in the pickup folder, written
/// under a temporary name and then renamed, so the folder never holds half a message and a message written twice
/// replaces itself.
/// </summary>
internal sealed class PickupFolderTransport(string folder) : IMailTransport
{
    public string Describe => folder;

    public static string FileName(string mailMessageId) => new string([.. mailMessageId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '@' ? c : '_')]) + ".eml";

    public async Task<(SendResult, string?)> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, FileName(message.MessageId ?? Guid.NewGuid().ToString("N")));
            var temporary = path + ".part";
            await message.WriteToAsync(temporary, cancellationToken);
            File.Move(temporary, path, overwrite: true);
            return (SendResult.Sent, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (SendResult.TryAgain, $"{e.GetType().Name}: {e.Message}");
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
