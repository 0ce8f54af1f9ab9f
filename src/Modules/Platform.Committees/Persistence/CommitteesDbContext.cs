using Microsoft.EntityFrameworkCore;
using Platform.Committees.Acting;
using Platform.Committees.Structure;
using Platform.Core.Persistence;
using Platform.Core.Tenancy;

namespace Platform.Committees.Persistence;

/// <summary>The committees schema. Every query sees the current province's rows only.</summary>
internal sealed class CommitteesDbContext(DbContextOptions<CommitteesDbContext> options, CurrentProvince province)
    : ProvinceDbContext(options, province)
{
    public const string Schema = "committees";

    public DbSet<Committee> Committees => Set<Committee>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Body> Bodies => Set<Body>();
    public DbSet<Seat> Seats => Set<Seat>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<ActingSpan> ActingSpans => Set<ActingSpan>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);

        modelBuilder.Entity<Committee>(e =>
        {
            e.HasIndex(c => c.Province).IsUnique();
            e.OwnsOne(c => c.Founding);
            e.OwnsOne(c => c.Regulation);
            e.OwnsOne(c => c.Replaces);
        });

        modelBuilder.Entity<Agency>(e =>
        {
            e.HasIndex(a => new { a.Province, a.Key }).IsUnique();
            e.OwnsOne(a => a.AddedBy);
            e.OwnsOne(a => a.EndedBy);
            e.Property(a => a.Version).IsRowVersion().HasColumnName("xmin");
        });

        modelBuilder.Entity<Body>(e =>
        {
            e.HasIndex(b => new { b.Province, b.Key }).IsUnique();
            e.HasOne(b => b.LeadAgency).WithMany().HasForeignKey(b => b.LeadAgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(b => b.SealAgency).WithMany().HasForeignKey(b => b.SealAgencyId).OnDelete(DeleteBehavior.Restrict);
            e.OwnsMany(b => b.Duties, d => d.ToJson("duties"));
        });

        modelBuilder.Entity<Seat>(e =>
        {
            e.HasIndex(s => new { s.Province, s.Key }).IsUnique();
            e.HasOne(s => s.Agency).WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(s => s.SealAgency).WithMany().HasForeignKey(s => s.SealAgencyId).OnDelete(DeleteBehavior.Restrict);
            e.OwnsMany(s => s.Duties, d => d.ToJson("duties"));
            e.Property(s => s.Version).IsRowVersion().HasColumnName("xmin");
            e.OwnsOne(s => s.AddedBy);
            e.OwnsOne(s => s.EndedBy);
            e.HasMany(s => s.Appointments).WithOne().HasForeignKey(a => a.SeatId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Person>(e => e.Property(p => p.FullName).HasMaxLength(200));

        modelBuilder.Entity<Appointment>(e =>
        {
            e.HasIndex(a => new { a.Province, a.SeatId, a.From });
            e.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
            e.OwnsOne(a => a.AppointedBy);
            e.OwnsOne(a => a.EndedBy);
        });

        modelBuilder.Entity<ActingSpan>(e =>
        {
            e.HasIndex(a => new { a.Province, a.ActingSeatKey, a.From });
            e.HasIndex(a => new { a.Province, a.SeatKey, a.From });
            e.OwnsOne(a => a.Document);
            e.Property(a => a.RecordedBy).HasMaxLength(200);
            e.Property(a => a.OnBehalfOf).HasMaxLength(200);
        });

        FilterEveryEntityByProvince(modelBuilder);
        modelBuilder.UseSnakeCaseNames();
    }
}
