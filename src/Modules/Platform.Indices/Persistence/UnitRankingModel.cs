using Microsoft.EntityFrameworkCore;
using Platform.Indices.Model;

namespace Platform.Indices.Persistence;

/// <summary>The tables of the units' ranking (Sơn La, Art. 8.2): one row per index and year, one per unit.</summary>
internal static class UnitRankingModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UnitRanking>(e =>
        {
            e.Property(r => r.IndexKey).HasMaxLength(100);
            e.Property(r => r.Version).IsRowVersion().HasColumnName("xmin");
            // One ranking per index and year: a year entered twice is refused.
            e.HasIndex(r => new { r.Province, r.IndexKey, r.Year }).IsUnique();
            e.HasMany(r => r.Units).WithOne().HasForeignKey(u => u.RankingId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<UnitScore>(e =>
        {
            e.Property(u => u.Name).HasMaxLength(300);
            e.Property(u => u.Score).HasPrecision(9, 3);
            e.HasIndex(u => new { u.RankingId, u.Line });
        });
    }
}
