using Microsoft.EntityFrameworkCore;
using Platform.Core.Persistence;

namespace Platform.Core.Submissions;

/// <summary>
/// Owns the <c>submissions</c> schema and its migrations. Only migrations use it: claims are taken and settled by
/// <see cref="SubmissionClaims"/> in plain SQL, outside the modules' units of work and their interceptors.
/// </summary>
internal sealed class SubmissionsDbContext(DbContextOptions<SubmissionsDbContext> options) : DbContext(options)
{
    public const string Schema = "submissions";

    public DbSet<SubmissionClaim> Claims => Set<SubmissionClaim>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<SubmissionClaim>(e =>
        {
            e.ToTable(SubmissionClaims.Table);
            // A key counts for the account that sent it only: another account's claim of the same key is another row.
            e.HasKey(c => new { c.UserId, c.Key });
            e.Property(c => c.ClaimedAt).HasDefaultValueSql("now()");
            // The purge of old claims reads by age.
            e.HasIndex(c => c.ClaimedAt);
        });
        modelBuilder.UseSnakeCaseNames();
    }
}

/// <summary>
/// One sent form, claimed by the account that sent it: in progress while its handler runs (no location), then the
/// address its redirect pointed to, which a repeat of the same form is sent to instead of running the handler again.
/// </summary>
internal sealed class SubmissionClaim
{
    /// <summary>The account's identifier (its <c>NameIdentifier</c> claim).</summary>
    public string UserId { get; set; } = "";

    /// <summary>The one-time key the form was rendered with.</summary>
    public Guid Key { get; set; }

    /// <summary>When the key was claimed (or taken over from a claim left behind).</summary>
    public DateTimeOffset ClaimedAt { get; set; }

    /// <summary>Where the first post's redirect pointed; null while it runs.</summary>
    public string? Location { get; set; }

    /// <summary>The notice the first post left for the page it led to ("Đã giao nhiệm vụ."), shown again to a repeat.</summary>
    public string? Notice { get; set; }
}
