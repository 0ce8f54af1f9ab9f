using Microsoft.EntityFrameworkCore;
using Platform.Core.Persistence;
using Platform.Core.Tenancy;
using Platform.Meetings.Model;

namespace Platform.Meetings.Persistence;

/// <summary>The meetings schema. Every query sees the current province's rows only.</summary>
internal sealed class MeetingsDbContext(DbContextOptions<MeetingsDbContext> options, CurrentProvince province)
    : ProvinceDbContext(options, province)
{
    public const string Schema = "meetings";

    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<MeetingDocument> Documents => Set<MeetingDocument>();
    public DbSet<DocumentContent> DocumentContents => Set<DocumentContent>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<AbsenceRequest> AbsenceRequests => Set<AbsenceRequest>();
    public DbSet<ConclusionNotice> Notices => Set<ConclusionNotice>();
    public DbSet<ConclusionItem> NoticeItems => Set<ConclusionItem>();
    public DbSet<NoticeRecipient> NoticeRecipients => Set<NoticeRecipient>();
    public DbSet<Briefing> Briefings => Set<Briefing>();
    public DbSet<BriefingContent> BriefingContents => Set<BriefingContent>();

    public DbSet<DocumentNumber> DocumentNumbers => Set<DocumentNumber>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);

        modelBuilder.Entity<Meeting>(e =>
        {
            e.HasIndex(m => new { m.Province, m.StartsAt });
            e.Property(m => m.Title).HasMaxLength(500);
            e.Property(m => m.ChairSeatKey).HasMaxLength(100);
            e.OwnsOne(m => m.Proposal);
            e.Property(m => m.Version).IsRowVersion().HasColumnName("xmin");
            e.Ignore(m => m.EndsAt);
            e.Property(m => m.SearchText).HasComputedColumnSql("meetings.fold(title)", stored: true);
            e.HasIndex(m => m.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
            e.Property(m => m.MinutesSearchText).HasComputedColumnSql("meetings.fold(coalesce(minutes, ''))", stored: true);
            e.HasIndex(m => m.MinutesSearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
            e.HasMany(m => m.Agenda).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(m => m.Invitations).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AgendaItem>(e =>
        {
            e.HasIndex(a => new { a.MeetingId, a.Order });
            e.Property(a => a.SearchText).HasComputedColumnSql("meetings.fold(title || ' ' || coalesce(presenter, ''))", stored: true);
            e.HasIndex(a => a.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        });

        modelBuilder.Entity<MeetingDocument>(e =>
        {
            e.HasIndex(d => d.MeetingId);
            // A state secret is only referenced: its row never describes a stored file (Law No. 29/2018/QH14).
            e.ToTable(t => t.HasCheckConstraint("ck_documents_secret_has_no_file", "classification < 2 or (size = 0 and sha256 = '')"));
            // The text first, so a position in the folded text is the same position in the text (the search's excerpt).
            e.Property(d => d.SearchText).HasComputedColumnSql("meetings.fold(coalesce(text, '') || ' ' || file_name)", stored: true);
            e.HasIndex(d => d.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
            e.HasOne<Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<DocumentContent>().WithOne().HasForeignKey<DocumentContent>(c => c.Id).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Briefing>(e =>
        {
            e.HasIndex(b => new { b.MeetingId, b.SeatKey });
            e.HasOne<Meeting>().WithMany().HasForeignKey(b => b.MeetingId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<BriefingContent>().WithOne().HasForeignKey<BriefingContent>(c => c.Id).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Invitation>(e =>
        {
            e.HasIndex(i => new { i.MeetingId, i.SeatKey }).IsUnique();
            e.Ignore(i => i.IsGuest);
        });

        modelBuilder.Entity<AbsenceRequest>(e =>
        {
            e.HasIndex(r => new { r.Province, r.Status, r.ApproverSeatKey });
            e.HasIndex(r => r.MeetingId);
            e.HasOne<Meeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Invitation>().WithMany().HasForeignKey(r => r.InvitationId).OnDelete(DeleteBehavior.Cascade);
            e.Property(r => r.Version).IsRowVersion().HasColumnName("xmin");
            e.Ignore(r => r.IsLate);
        });

        modelBuilder.Entity<ConclusionNotice>(e =>
        {
            e.HasIndex(n => n.MeetingId).IsUnique();
            e.HasOne<Meeting>().WithMany().HasForeignKey(n => n.MeetingId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(n => n.Items).WithOne().HasForeignKey(i => i.NoticeId).OnDelete(DeleteBehavior.Cascade);
            e.Property(n => n.Version).IsRowVersion().HasColumnName("xmin");
        });

        modelBuilder.Entity<ConclusionItem>(e =>
        {
            e.HasIndex(i => new { i.NoticeId, i.Number }).IsUnique();
            // Folded by the database in the row's own write (the fold function is made by the migration).
            e.Property(i => i.SearchText).HasComputedColumnSql("meetings.fold(text)", stored: true);
            e.HasIndex(i => i.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        });

        modelBuilder.Entity<NoticeRecipient>(e =>
        {
            e.HasIndex(r => new { r.NoticeId, r.SeatKey, r.AgencyKey }).IsUnique();
            e.HasIndex(r => new { r.Province, r.SeatKey });
            e.HasOne<ConclusionNotice>().WithMany().HasForeignKey(r => r.NoticeId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DocumentNumber>(e =>
        {
            // No two documents share a number (Decree 30/2020/NĐ-CP, Art. 15): the register's lock serialises
            // reservations and this index stands behind it.
            e.HasIndex(n => new { n.Province, n.Year, n.TypeCode, n.Number }).IsUnique();
            e.Property(n => n.TypeCode).HasMaxLength(10);
            e.Property(n => n.Summary).HasMaxLength(1000);
            e.Property(n => n.Version).IsRowVersion().HasColumnName("xmin");
            e.Ignore(n => n.IsCancelled);
        });

        FilterEveryEntityByProvince(modelBuilder);
        modelBuilder.UseSnakeCaseNames();
    }
}
