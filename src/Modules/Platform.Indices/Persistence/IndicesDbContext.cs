using Microsoft.EntityFrameworkCore;
using Platform.Core.Persistence;
using Platform.Core.Tenancy;
using Platform.Indices.Model;

namespace Platform.Indices.Persistence;

/// <summary>The indices schema. Every query sees the current province's rows only.</summary>
internal sealed class IndicesDbContext(DbContextOptions<IndicesDbContext> options, CurrentProvince province)
    : ProvinceDbContext(options, province)
{
    public const string Schema = "indices";

    public DbSet<IndexResult> Results => Set<IndexResult>();
    public DbSet<PillarScore> Pillars => Set<PillarScore>();
    public DbSet<IndexTarget> Targets => Set<IndexTarget>();
    public DbSet<Methodology> Methodologies => Set<Methodology>();
    public DbSet<MethodologyPillar> MethodologyPillars => Set<MethodologyPillar>();
    public DbSet<UnitRanking> UnitRankings => Set<UnitRanking>();
    public DbSet<UnitScore> UnitScores => Set<UnitScore>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);

        modelBuilder.Entity<IndexResult>(e =>
        {
            e.Property(r => r.IndexKey).HasMaxLength(100);
            e.Property(r => r.Score).HasPrecision(9, 3);
            e.Property(r => r.SourceBody).HasMaxLength(300);
            e.Property(r => r.SourceDocument).HasMaxLength(500);
            e.Property(r => r.Version).IsRowVersion().HasColumnName("xmin");
            // One result per index and year: a year entered twice is refused.
            e.HasIndex(r => new { r.Province, r.IndexKey, r.Year }).IsUnique();
            e.HasMany(r => r.Pillars).WithOne().HasForeignKey(p => p.ResultId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PillarScore>(e =>
        {
            e.Property(p => p.Name).HasMaxLength(300);
            e.Property(p => p.Score).HasPrecision(9, 3);
            e.HasIndex(p => new { p.ResultId, p.Order });
        });

        modelBuilder.Entity<IndexTarget>(e =>
        {
            e.Property(t => t.IndexKey).HasMaxLength(100);
            e.Property(t => t.Score).HasPrecision(9, 3);
            e.Property(t => t.SourceDocument).HasMaxLength(500);
            e.Property(t => t.Version).IsRowVersion().HasColumnName("xmin");
            e.HasIndex(t => new { t.Province, t.IndexKey, t.Year }).IsUnique();
        });

        modelBuilder.Entity<Methodology>(e =>
        {
            e.Property(m => m.IndexKey).HasMaxLength(100);
            e.Property(m => m.ScaleMax).HasPrecision(9, 3);
            e.Property(m => m.SourceDocument).HasMaxLength(500);
            e.Property(m => m.Version).IsRowVersion().HasColumnName("xmin");
            // One version per index and first year.
            e.HasIndex(m => new { m.Province, m.IndexKey, m.FromYear }).IsUnique();
            e.HasMany(m => m.Pillars).WithOne().HasForeignKey(p => p.MethodologyId).OnDelete(DeleteBehavior.Cascade);
            e.ToTable(t => t.HasCheckConstraint("ck_methodologies_scale_positive", "scale_max > 0"));
        });

        modelBuilder.Entity<MethodologyPillar>(e =>
        {
            e.Property(p => p.Name).HasMaxLength(300);
            e.Property(p => p.ScaleMax).HasPrecision(9, 3);
            e.HasIndex(p => new { p.MethodologyId, p.Order });
        });

        UnitRankingModel.Configure(modelBuilder);
        FilterEveryEntityByProvince(modelBuilder);
        modelBuilder.UseSnakeCaseNames();
    }
}
