using Microsoft.EntityFrameworkCore;
using Platform.Api.Clients;
using Platform.Core.Auditing;
using Platform.Core.Persistence;

namespace Platform.Api.Persistence;

/// <summary>
/// The api schema: the clients national systems read through. National, not a province's: no province filter and no
/// row-level security; only the system administrator's pages write it.
/// </summary>
internal sealed class ApiDbContext(DbContextOptions<ApiDbContext> options) : DbContext(options)
{
    public const string Schema = "api";

    public DbSet<ApiClient> Clients => Set<ApiClient>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<ApiClient>(e =>
        {
            e.ToTable("clients");
            e.Property(c => c.Name).HasMaxLength(200);
            e.Property(c => c.TokenHash).HasMaxLength(64).KeptOutOfAudit();
            e.Property(c => c.TokenPrefix).HasMaxLength(12);
            e.Property(c => c.CreatedBy).HasMaxLength(256);
            e.Property(c => c.RevokedBy).HasMaxLength(256);
            e.HasIndex(c => c.TokenHash).IsUnique();
            e.HasIndex(c => c.Name).IsUnique();
        });
        modelBuilder.UseSnakeCaseNames();
    }
}
