using Microsoft.EntityFrameworkCore;
using Platform.Core.Persistence;

namespace Platform.Core.DataProtection;

/// <summary>
/// Owns the <c>data_protection</c> schema and its migrations. Only migrations use it: the key ring itself is read and
/// written by <see cref="PostgresKeyRing"/>.
/// </summary>
internal sealed class KeyRingDbContext(DbContextOptions<KeyRingDbContext> options) : DbContext(options)
{
    public const string Schema = "data_protection";

    public DbSet<KeyRingElement> Elements => Set<KeyRingElement>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<KeyRingElement>(e =>
        {
            e.ToTable(PostgresKeyRing.Table);
            e.Property(k => k.Id).UseIdentityAlwaysColumn();
            e.Property(k => k.StoredAt).HasDefaultValueSql("now()");
        });
        modelBuilder.UseSnakeCaseNames();
    }
}

/// <summary>One element of the key ring as ASP.NET Core data protection wrote it: a key or a revocation.</summary>
internal sealed class KeyRingElement
{
    public long Id { get; set; }

    /// <summary>What data protection calls it: <c>key-{id}</c> or <c>revocation-{date}</c>.</summary>
    public string FriendlyName { get; set; } = "";

    /// <summary>The element, encrypted when a certificate protects the key ring.</summary>
    public string Xml { get; set; } = "";

    public DateTimeOffset StoredAt { get; set; }
}
