using Microsoft.EntityFrameworkCore;
using Platform.Core.Persistence;
using Platform.Core.Tenancy;
using Platform.Inspections.Model;

namespace Platform.Inspections.Persistence;

/// <summary>The inspections schema. Every query sees the current province's rows only.</summary>
internal sealed class InspectionsDbContext(DbContextOptions<InspectionsDbContext> options, CurrentProvince province)
    : ProvinceDbContext(options, province)
{
    public const string Schema = "inspections";

    public DbSet<InspectionPlan> Plans => Set<InspectionPlan>();
    public DbSet<Mission> Missions => Set<Mission>();
    public DbSet<InspectedAgency> InspectedAgencies => Set<InspectedAgency>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<MissionFile> Files => Set<MissionFile>();
    public DbSet<MissionFileContent> FileContents => Set<MissionFileContent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);

        modelBuilder.Entity<InspectionPlan>(e =>
        {
            e.Property(p => p.Version).IsRowVersion().HasColumnName("xmin");
            e.Property(p => p.DocumentNumber).HasMaxLength(100);
            // One plan per province and year.
            e.HasIndex(p => new { p.Province, p.Year }).IsUnique();
        });

        modelBuilder.Entity<Mission>(e =>
        {
            e.Property(m => m.Subject).HasMaxLength(1000);
            e.Property(m => m.Version).IsRowVersion().HasColumnName("xmin");
            e.HasIndex(m => new { m.Province, m.Year });
            e.Property(m => m.SearchText).HasComputedColumnSql("inspections.fold(subject || ' ' || coalesce(notice_text, ''))", stored: true);
            e.HasIndex(m => m.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
            e.HasOne<InspectionPlan>().WithMany().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(m => m.Agencies).WithOne().HasForeignKey(a => a.MissionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(m => m.Members).WithOne().HasForeignKey(t => t.MissionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(m => m.Recommendations).WithOne().HasForeignKey(r => r.MissionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<InspectedAgency>(e =>
        {
            e.HasIndex(a => new { a.MissionId, a.AgencyKey }).IsUnique();
            e.Property(a => a.SearchText).HasComputedColumnSql("inspections.fold(coalesce(findings, ''))", stored: true);
            e.HasIndex(a => a.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        });
        modelBuilder.Entity<TeamMember>(e => e.HasIndex(t => new { t.MissionId, t.Order }).IsUnique());
        modelBuilder.Entity<Recommendation>(e =>
        {
            e.HasIndex(r => new { r.MissionId, r.Number }).IsUnique();
            e.Property(r => r.SearchText).HasComputedColumnSql("inspections.fold(text)", stored: true);
            e.HasIndex(r => r.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        });

        modelBuilder.Entity<MissionFile>(e =>
        {
            e.Property(f => f.FileName).HasMaxLength(255);
            e.HasIndex(f => f.MissionId);
            // The text first, so a position in the folded text is the same position in the text (the search's excerpt).
            e.Property(f => f.SearchText).HasComputedColumnSql("inspections.fold(coalesce(text, '') || ' ' || file_name)", stored: true);
            e.HasIndex(f => f.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
            e.HasOne<Mission>().WithMany().HasForeignKey(f => f.MissionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<MissionFileContent>().WithOne().HasForeignKey<MissionFileContent>(c => c.Id).OnDelete(DeleteBehavior.Cascade);
        });

        FilterEveryEntityByProvince(modelBuilder);
        modelBuilder.UseSnakeCaseNames();
    }
}
