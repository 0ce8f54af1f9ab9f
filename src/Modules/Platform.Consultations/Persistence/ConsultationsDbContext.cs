using Microsoft.EntityFrameworkCore;
using Platform.Consultations.Model;
using Platform.Core.Persistence;
using Platform.Core.Tenancy;

namespace Platform.Consultations.Persistence;

/// <summary>The consultations schema. Every query sees the current province's rows only.</summary>
internal sealed class ConsultationsDbContext(DbContextOptions<ConsultationsDbContext> options, CurrentProvince province)
    : ProvinceDbContext(options, province)
{
    public const string Schema = "consultations";

    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<Question> Questions => Set<Question>();
    public DbSet<Recipient> Recipients => Set<Recipient>();
    public DbSet<Answer> Answers => Set<Answer>();
    public DbSet<AnswerLine> AnswerLines => Set<AnswerLine>();
    public DbSet<ConclusionItem> ConclusionItems => Set<ConclusionItem>();
    public DbSet<ConsultationFile> Files => Set<ConsultationFile>();
    public DbSet<FileContent> FileContents => Set<FileContent>();
    public DbSet<AnswerDraft> Drafts => Set<AnswerDraft>();
    public DbSet<DraftLine> DraftLines => Set<DraftLine>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);

        modelBuilder.Entity<Consultation>(e =>
        {
            e.Property(c => c.Subject).HasMaxLength(1000);
            e.Property(c => c.Version).IsRowVersion().HasColumnName("xmin");
            e.HasIndex(c => new { c.Province, c.Year, c.Number }).IsUnique();
            e.HasIndex(c => new { c.Province, c.State, c.Deadline });
            e.Property(c => c.SearchText).HasComputedColumnSql(
                "consultations.fold(subject || ' ' || coalesce(details, '') || ' ' || coalesce(synthesis, '') || ' ' || coalesce(conclusion, ''))", stored: true);
            e.HasIndex(c => c.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
            e.HasMany(c => c.Questions).WithOne().HasForeignKey(q => q.ConsultationId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Recipients).WithOne().HasForeignKey(r => r.ConsultationId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Question>(e => e.HasIndex(q => new { q.ConsultationId, q.Number }).IsUnique());
        modelBuilder.Entity<Recipient>(e => e.HasIndex(r => new { r.ConsultationId, r.SeatKey }).IsUnique());
        modelBuilder.Entity<ConclusionItem>(e => e.HasIndex(i => new { i.ConsultationId, i.Number }).IsUnique());

        modelBuilder.Entity<Answer>(e =>
        {
            // Two answers sent at once for the same seat both claim the same revision: one is refused.
            e.HasIndex(a => new { a.ConsultationId, a.SeatKey, a.Revision }).IsUnique();
            // ... and at most one revision is current.
            e.HasIndex(a => new { a.ConsultationId, a.SeatKey }).IsUnique().HasFilter("current").HasDatabaseName("ix_answers_one_current");
            e.HasOne<Consultation>().WithMany().HasForeignKey(a => a.ConsultationId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(a => a.Lines).WithOne().HasForeignKey(l => l.AnswerId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AnswerLine>(e => e.HasOne<Question>().WithMany().HasForeignKey(l => l.QuestionId).OnDelete(DeleteBehavior.Cascade));

        modelBuilder.Entity<ConsultationFile>(e =>
        {
            e.Property(f => f.FileName).HasMaxLength(255);
            e.HasIndex(f => new { f.ConsultationId, f.AnswerId });
            // The text first, so a position in the folded text is the same position in the text (the search's excerpt).
            e.Property(f => f.SearchText).HasComputedColumnSql("consultations.fold(coalesce(text, '') || ' ' || file_name)", stored: true);
            e.HasIndex(f => f.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
            e.HasOne<Consultation>().WithMany().HasForeignKey(f => f.ConsultationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Answer>().WithMany().HasForeignKey(f => f.AnswerId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<FileContent>().WithOne().HasForeignKey<FileContent>(c => c.Id).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AnswerDraft>(e =>
        {
            e.Property(d => d.Version).IsRowVersion().HasColumnName("xmin");
            e.HasIndex(d => new { d.ConsultationId, d.SeatKey }).IsUnique();
            e.HasOne<Consultation>().WithMany().HasForeignKey(d => d.ConsultationId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(d => d.Lines).WithOne().HasForeignKey(l => l.DraftId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DraftLine>(e => e.HasOne<Question>().WithMany().HasForeignKey(l => l.QuestionId).OnDelete(DeleteBehavior.Cascade));

        FilterEveryEntityByProvince(modelBuilder);
        modelBuilder.UseSnakeCaseNames();
    }
}
