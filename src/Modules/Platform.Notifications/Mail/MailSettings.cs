using System.ComponentModel.DataAnnotations;
using Platform.Core.Settings;

namespace Platform.Notifications.Mail;

/// <summary>How the connection to the SMTP server is secured.</summary>
internal enum SmtpSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS, which must succeed (port 587).</summary>
    StartTls = 0,

    /// <summary>TLS from the first byte (port 465).</summary>
    Tls = 1,

    /// <summary>No encryption: only for a relay on the same machine or network.</summary>
    None = 2,
}

/// <summary>
/// The mail settings (<c>Mail:…</c>). Without <c>Mail:Smtp:Host</c> nothing is sent: each message is written as an
/// .eml file into <c>Mail:PickupFolder</c>, which the system administrator's mail page lists.
/// </summary>
internal sealed class MailSettings : ICheckedSettings
{
    public const string Section = "Mail";

    /// <summary>The SMTP server's settings; no host means the pickup folder.</summary>
    public SmtpSettings Smtp { get; init; } = new();

    /// <summary>The sender's address and name, as officials see it.</summary>
    [Required]
    public string From { get; init; } = "no-reply@localhost";

    [Required]
    public string FromName { get; init; } = "Nền tảng điều hành Ban Chỉ đạo";

    /// <summary>Where the .eml files go without an SMTP server.</summary>
    public string PickupFolder { get; init; } = Path.Combine(".data", "mail");

    /// <summary>Whether this instance runs the background sender (another instance may run it instead, or as well).</summary>
    public bool SenderEnabled { get; init; } = true;

    /// <summary>How often the sender looks for mail to send.</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; init; } = 15;

    /// <summary>The first wait after a failure; each further failure doubles it, up to an hour.</summary>
    [Range(1, 3600)]
    public int RetrySeconds { get; init; } = 60;

    /// <summary>After this many attempts a message is marked failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; init; } = 12;

    /// <summary>How long a sender holds a claimed message; one held longer was interrupted.</summary>
    [Range(1, 120)]
    public int ClaimMinutes { get; init; } = 5;

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    public IEnumerable<SettingProblem> Check(string section)
    {
        if (!MimeKit.MailboxAddress.TryParse(From, out _))
        {
            yield return new SettingProblem($"{section}:From", "không phải một địa chỉ email.", "is not an email address.");
        }

        if (!string.IsNullOrEmpty(Smtp.UserName) && Smtp.Password is null)
        {
            yield return new SettingProblem($"{section}:Smtp:Password", "cần mật khẩu khi đã có tên đăng nhập.", "is needed when a user name is set.");
        }
    }
}

/// <summary>The operator's SMTP server (<c>Mail:Smtp:…</c>).</summary>
internal sealed class SmtpSettings
{
    public string? Host { get; init; }

    [Range(1, 65535)]
    public int Port { get; init; } = 587;

    public SmtpSecurity Security { get; init; } = SmtpSecurity.StartTls;

    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>Seconds to wait for the server at each step.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; init; } = 60;
}
