using Microsoft.EntityFrameworkCore;
using Platform.Core.Persistence;
using Platform.Core.Tenancy;
using Platform.Tasks.Model;

namespace Platform.Tasks.Persistence;

/// <summary>The tasks schema. Every query sees the current province's rows only.</summary>
internal sealed class TasksDbContext(DbContextOptions<TasksDbContext> options, CurrentProvince province)
    : ProvinceDbContext(options, province)
{
    public const string Schema = "tasks";

    public DbSet<TaskItem> Tasks => Set<TaskItem>();
    public DbSet<TaskUpdate> Updates => Set<TaskUpdate>();
    public DbSet<TaskFile> Files => Set<TaskFile>();
    public DbSet<TaskFileContent> FileContents => Set<TaskFileContent>();
    public DbSet<ExtensionRequest> Extensions => Set<ExtensionRequest>();
    public DbSet<WorkPlan> Plans => Set<WorkPlan>();
    public DbSet<PlanItem> PlanItems => Set<PlanItem>();
    public DbSet<TaskTally> Tallies => Set<TaskTally>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);

        modelBuilder.Entity<TaskItem>(e =>
        {
            e.Property(t => t.Title).HasMaxLength(1000);
            // The province's search (and the task list's) look for words anywhere in the folded text: a trigram index.
            e.HasIndex(t => t.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
            e.Property(t => t.Version).IsRowVersion().HasColumnName("xmin");
            e.HasIndex(t => new { t.Province, t.Due });
            e.HasIndex(t => new { t.Province, t.LeadAgencyKey, t.Due });
            e.HasIndex(t => new { t.Province, t.Source, t.SourceId });
            e.HasIndex(t => t.SeriesId);
            e.Property(t => t.AimIndexKey).HasMaxLength(100);
            e.Property(t => t.AimPillar).HasMaxLength(300);
            e.HasIndex(t => new { t.Province, t.AimIndexKey });
            // Open tasks are the ones whose state moves with the calendar: the dashboard and the home page count them
            // live, from this index alone (closed ones are tallied, see TaskTally).
            e.HasIndex(t => new { t.Province, t.Due }, "ix_tasks_open_by_due")
                .HasFilter("progress IN (0, 1)")
                .IncludeProperties(t => new { t.LeadAgencyKey, t.PortfolioKey });
            // Done tasks by the day they were completed: the national roll-up's on-time share of a quarter's completions,
            // and the tasks completed after a past quarter's last day, which were still open (overdue or not) on it. It
            // holds every column those statements read, so they never read the table.
            e.HasIndex(t => new { t.Province, t.CompletedOn }, "ix_tasks_done_by_completion")
                .HasFilter("progress = 2")
                .IncludeProperties(t => new { t.Due, t.Progress });
        });

        modelBuilder.Entity<TaskTally>(e =>
        {
            e.ToTable("closed_tallies");
            e.HasKey(t => new { t.Province, t.LeadAgencyKey, t.PortfolioKey, t.DueQuarter });
        });

        modelBuilder.Entity<TaskUpdate>(e =>
        {
            e.HasIndex(u => new { u.TaskId, u.At });
            // Progress reports are searched as the tasks are (Đắk Lắk, Art. 8.5; Sơn La, Art. 8.1–8.3: the records kept).
            e.Property(u => u.SearchText).HasComputedColumnSql("tasks.fold(coalesce(text, ''))", stored: true);
            e.HasIndex(u => u.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
            e.HasOne<TaskItem>().WithMany().HasForeignKey(u => u.TaskId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<TaskFile>(e =>
        {
            e.HasIndex(f => f.TaskId);
            // The text first, so a position in the folded text is the same position in the text (the search's excerpt).
            e.Property(f => f.SearchText).HasComputedColumnSql("tasks.fold(coalesce(text, '') || ' ' || file_name)", stored: true);
            e.HasIndex(f => f.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
            e.HasOne<TaskItem>().WithMany().HasForeignKey(f => f.TaskId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<TaskUpdate>().WithMany().HasForeignKey(f => f.UpdateId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<TaskFileContent>().WithOne().HasForeignKey<TaskFileContent>(c => c.Id).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ExtensionRequest>(e =>
        {
            e.HasIndex(x => new { x.Province, x.Status, x.ApproverSeatKey });
            e.HasIndex(x => x.TaskId);
            e.HasOne<TaskItem>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Version).IsRowVersion().HasColumnName("xmin");
        });

        modelBuilder.Entity<WorkPlan>(e =>
        {
            e.HasIndex(p => new { p.Province, p.Year }).IsUnique();
            e.Property(p => p.Version).IsRowVersion().HasColumnName("xmin");
            e.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PlanItem>(e => e.HasIndex(i => new { i.PlanId, i.Number }).IsUnique());

        FilterEveryEntityByProvince(modelBuilder);
        modelBuilder.UseSnakeCaseNames();
    }
}
