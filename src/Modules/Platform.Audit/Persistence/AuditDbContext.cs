using Microsoft.EntityFrameworkCore;
using Platform.Audit.Trail;
using Platform.Core.Persistence;
using Platform.Core.Tenancy;

namespace Platform.Audit.Persistence;

/// <summary>
/// The audit schema. Queries see the scope's province's entries only (national events when no province is set);
/// the verifier alone reads every chain. Rows are appended by <see cref="AuditAppender"/>, never saved through here.
/// </summary>
internal sealed class AuditDbContext(DbContextOptions<AuditDbContext> options, CurrentProvince province) : DbContext(options)
{
    public const string Schema = "audit";

    public DbSet<AuditEntry> Entries => Set<AuditEntry>();

    /// <summary>Read by the query filter on every query, so each query is bound to this scope's province.</summary>
    private string? ProvinceCode => province.Code;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("entries");
            e.Property(x => x.Id).UseIdentityAlwaysColumn();
            e.Property(x => x.Before).HasColumnType("jsonb");
            e.Property(x => x.After).HasColumnType("jsonb");
            // One chain per province and one for national events (null): NULLS NOT DISTINCT makes those one chain too.
            e.HasIndex(x => new { x.Province, x.Sequence }).IsUnique().AreNullsDistinct(false);
            e.HasQueryFilter(x => x.Province == ProvinceCode);
        });

        modelBuilder.UseSnakeCaseNames();
    }
}
