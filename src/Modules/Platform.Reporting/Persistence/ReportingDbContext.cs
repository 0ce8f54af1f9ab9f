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
    public DbSet<IndicatorFigure> IndicatorFigures => Set<IndicatorFigure>();

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
            // Every section of every version, folded by the database in the same write (the archive's search).
            e.Property(s => s.SearchText).HasComputedColumnSql(
                "reporting.fold(coalesce(full_results, '') || ' ' || coalesce(full_shortcomings, '') || ' ' || coalesce(full_causes, '') || ' ' || coalesce(full_tasks_and_solutions, '') || ' ' || coalesce(full_proposals, '') || ' ' || coalesce(summary_results, '') || ' ' || coalesce(summary_shortcomings, '') || ' ' || coalesce(summary_causes, '') || ' ' || coalesce(summary_tasks_and_solutions, '') || ' ' || coalesce(summary_proposals, ''))", stored: true);
            e.HasIndex(s => s.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        });

        modelBuilder.Entity<ReportFile>(e =>
        {
            e.HasIndex(f => f.SubmissionId);
            e.HasIndex(f => f.ContentId);
            // The text first, so a position in the folded text is the same position in the text (the search's excerpt).
            e.Property(f => f.SearchText).HasComputedColumnSql("reporting.fold(coalesce(text, '') || ' ' || file_name)", stored: true);
            e.HasIndex(f => f.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
            e.HasOne<Submission>().WithMany().HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ReportFileContent>().WithMany().HasForeignKey(f => f.ContentId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ReportingSettings>(e =>
        {
            e.HasKey(x => x.Province);
            e.Property(x => x.Version).IsRowVersion().HasColumnName("xmin");
        });

        modelBuilder.Entity<IndicatorFigure>(e =>
        {
            e.HasIndex(f => new { f.SubmissionId, f.IndicatorKey }).IsUnique();
            e.HasIndex(f => f.IndicatorKey);
            e.Property(f => f.Value).HasPrecision(18, 4);
            e.HasOne<Submission>().WithMany().HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        });

        FilterEveryEntityByProvince(modelBuilder);
        modelBuilder.UseSnakeCaseNames();
    }
}
