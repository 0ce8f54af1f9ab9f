namespace Platform.Identity.Sessions;

/// <summary>
/// One signed-in browser, recorded on the server so that signing out ends it there too: a copy of the cookie taken
/// before is refused from then on. The cookie carries the session's id as a claim.
/// </summary>
internal sealed class Session
{
    /// <summary>The claim that carries the session's id in the sign-in cookie.</summary>
    public const string ClaimType = "platform:session";

    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the session was ended (sign-out, a new sign-in in the same browser, a password reset, a disabled account).</summary>
    public DateTimeOffset? EndedAt { get; set; }
}
