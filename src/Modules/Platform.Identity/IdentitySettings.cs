using System.ComponentModel.DataAnnotations;
using Platform.Identity.SignIn;

namespace Platform.Identity;

/// <summary>The Identity module's part of configuration section <c>Security</c>: sessions and the sign-in's limits.</summary>
internal sealed class SessionSettings
{
    public const string Section = "Security";

    /// <summary>A session ends after this long without a request.</summary>
    [Range(1, int.MaxValue)]
    public int IdleTimeoutMinutes { get; init; } = 30;

    /// <summary>A session ends after this long however active.</summary>
    [Range(1, int.MaxValue)]
    public int AbsoluteTimeoutHours { get; init; } = 8;

    /// <summary>Requests to the sign-in and password pages per client address per minute.</summary>
    [Range(1, int.MaxValue)]
    public int LoginPermitsPerMinute { get; init; } = 20;

    /// <summary>Identity's own lockout count.</summary>
    [Range(1, 1000)]
    public int MaxFailedLogins { get; init; } = 5;

    /// <summary>How long a sign-in or a confirmed password counts as recent for sensitive actions.</summary>
    [Range(1, 1440)]
    public int ReauthenticationMinutes { get; init; } = 5;

    public SignInThrottleRules SignInThrottle { get; init; } = new();
}

/// <summary>Configuration section <c>Identity</c> (the roles that need a second factor are read by <see cref="TwoFactor.TwoFactorRule"/>).</summary>
internal sealed class AccountSettings
{
    public const string Section = "Identity";

    /// <summary>The name an authenticator app shows beside the code.</summary>
    [Required]
    public string AuthenticatorIssuer { get; init; } = "Platform";
}
