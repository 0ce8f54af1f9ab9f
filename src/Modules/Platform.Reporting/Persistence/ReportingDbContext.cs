using Microsoft.EntityFrameworkCore;
using Platform.Core.Persistence;
using Platform.Core.Tenancy;
using Platform.Reporting.Model;

namespace Platform.Reporting.Persistence;

/// <summary>The reporting schema. Every query sees the current province's rows only.</summary>
internal sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options, CurrentProvince province)
    : ProvinceDbContext(options, province)
{
    public const string Schema = "reporting";

    public DbSet<Submission> Submissions => Set<Submission>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Submission>(e =>
        {
            e.HasIndex(s => new { s.Province, s.PeriodKind, s.Year, s.Number, s.StageKey, s.SubmitterKey, s.Edition }).IsUnique();
            e.OwnsOne(s => s.Full);
            e.OwnsOne(s => s.Summary);
            e.OwnsMany(s => s.CompiledFrom, c => c.ToJson("compiled_from"));
            e.Property(s => s.Version).IsRowVersion().HasColumnName("xmin");
        });

        FilterEveryEntityByProvince(modelBuilder);
        modelBuilder.UseSnakeCaseNames();
    }
}
