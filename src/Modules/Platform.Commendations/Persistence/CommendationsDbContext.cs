using Microsoft.EntityFrameworkCore;
using Platform.Commendations.Model;
using Platform.Core.Persistence;
using Platform.Core.Tenancy;

namespace Platform.Commendations.Persistence;

/// <summary>The commendations schema. Every query sees the current province's rows only.</summary>
internal sealed class CommendationsDbContext(DbContextOptions<CommendationsDbContext> options, CurrentProvince province)
    : ProvinceDbContext(options, province)
{
    public const string Schema = "commendations";

    public DbSet<CommendationProposal> Proposals => Set<CommendationProposal>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<CommendationProposal>(e =>
        {
            e.ToTable("nominations");
            e.Property(p => p.Grounds).HasMaxLength(4000);
            e.Property(p => p.PersonName).HasMaxLength(200);
            e.Property(p => p.PersonPosition).HasMaxLength(300);
            e.Property(p => p.AgencyName).HasMaxLength(300);
            e.Property(p => p.DecisionNote).HasMaxLength(4000);
            e.Property(p => p.ForwardReference).HasMaxLength(300);
            e.Property(p => p.InspectionFindings).HasMaxLength(20000);
            e.Property(p => p.Version).IsRowVersion().HasColumnName("xmin");
            // Two proposals numbered at once claim the same number: one is refused and sent again.
            e.HasIndex(p => new { p.Province, p.Year, p.Number }).IsUnique();
            e.HasIndex(p => new { p.Province, p.State });
        });

        FilterEveryEntityByProvince(modelBuilder);
        modelBuilder.UseSnakeCaseNames();
    }
}
