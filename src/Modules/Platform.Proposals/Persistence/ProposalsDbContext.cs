using Microsoft.EntityFrameworkCore;
using Platform.Core.Persistence;
using Platform.Core.Tenancy;
using Platform.Proposals.Model;

namespace Platform.Proposals.Persistence;

/// <summary>The proposals schema. Every query sees the current province's rows only.</summary>
internal sealed class ProposalsDbContext(DbContextOptions<ProposalsDbContext> options, CurrentProvince province)
    : ProvinceDbContext(options, province)
{
    public const string Schema = "proposals";

    public DbSet<Proposal> Proposals => Set<Proposal>();
    public DbSet<ProposalEvent> Events => Set<ProposalEvent>();
    public DbSet<ProposalFile> Files => Set<ProposalFile>();
    public DbSet<FileContent> FileContents => Set<FileContent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);

        modelBuilder.Entity<Proposal>(e =>
        {
            e.Property(p => p.Subject).HasMaxLength(1000);
            e.Property(p => p.Version).IsRowVersion().HasColumnName("xmin");
            e.HasIndex(p => new { p.Province, p.Year, p.Number }).IsUnique();
            e.HasIndex(p => new { p.Province, p.State, p.FiledOn });
            e.HasIndex(p => new { p.Province, p.MeetingId });
            e.Property(p => p.SearchText).HasComputedColumnSql(
                "proposals.fold(subject || ' ' || content || ' ' || coalesce(answer, ''))", stored: true);
            e.HasIndex(p => p.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
            e.HasMany(p => p.Events).WithOne().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ProposalFile>(e =>
        {
            e.Property(f => f.FileName).HasMaxLength(255);
            e.HasIndex(f => f.ProposalId);
            // The text first, so a position in the folded text is the same position in the text (the search's excerpt).
            e.Property(f => f.SearchText).HasComputedColumnSql("proposals.fold(coalesce(text, '') || ' ' || file_name)", stored: true);
            e.HasIndex(f => f.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
            e.HasOne<Proposal>().WithMany().HasForeignKey(f => f.ProposalId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<FileContent>().WithOne().HasForeignKey<FileContent>(c => c.Id).OnDelete(DeleteBehavior.Cascade);
        });

        FilterEveryEntityByProvince(modelBuilder);
        modelBuilder.UseSnakeCaseNames();
    }
}
