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
    public DbSet<ReportFile> Files => Set<ReportFile>();
    public DbSet<ReportFileContent> FileContents => Set<ReportFileContent>();
    public DbSet<ReportingSettings> Settings => Set<ReportingSettings>();

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

        modelBuilder.Entity<ReportFile>(e =>
        {
            e.HasIndex(f => f.SubmissionId);
            e.HasIndex(f => f.ContentId);
            e.HasOne<Submission>().WithMany().HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ReportFileContent>().WithMany().HasForeignKey(f => f.ContentId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ReportingSettings>(e =>
        {
            e.HasKey(x => x.Province);
            e.Property(x => x.Version).IsRowVersion().HasColumnName("xmin");
        });

        FilterEveryEntityByProvince(modelBuilder);
        modelBuilder.UseSnakeCaseNames();
    }
}
