namespace Platform.Api.Clients;

/// <summary>
/// A national system allowed to read through the API: its name, the provinces and scopes granted, until when, and its
/// token, kept only as the SHA-256 hash of the secret shown once when it was issued.
/// </summary>
internal sealed class ApiClient
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The province codes it may read.</summary>
    public List<string> Provinces { get; set; } = [];

    /// <summary>Its scopes (<see cref="Core.Api.ApiScopes"/>).</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>Hex SHA-256 of the token; the token itself is never stored.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The token's first characters, so the administrator can tell tokens apart; not enough to use one.</summary>
    public required string TokenPrefix { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    /// <summary>When it last called (updated at most once a minute, without the change tracker).</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsUsable(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}
