using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Tenancy;

namespace Platform.Core.Persistence;

/// <summary>
/// A module's DbContext bound to the scope's province: every <see cref="IProvinceOwned"/> entity gets a query filter
/// on the province, and saving a row of another province is refused. Row-level security in the database is the
/// second wall behind this one.
/// </summary>
public abstract class ProvinceDbContext(DbContextOptions options, CurrentProvince province) : DbContext(options)
{
    /// <summary>Read by the query filters on every query, so each query is bound to this scope's province.</summary>
    protected string? ProvinceCode => province.Code;

    /// <summary>Adds the province filter to every province-owned entity; call after configuring the entities.</summary>
    protected void FilterEveryEntityByProvince(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        foreach (var type in modelBuilder.Model.GetEntityTypes().Where(t => typeof(IProvinceOwned).IsAssignableFrom(t.ClrType) && !t.IsOwned()))
        {
            var row = Expression.Parameter(type.ClrType, "row");
            var column = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(string)], row, Expression.Constant(nameof(IProvinceOwned.Province)));
            var current = Expression.Property(Expression.Constant(this), nameof(ProvinceCode));
            type.SetQueryFilter(Expression.Lambda(Expression.Equal(column, current), row));
        }
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // A row written for another province than the scope's is a bug, whatever the caller meant.
        foreach (var entry in ChangeTracker.Entries<IProvinceOwned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified && entry.Entity.Province != ProvinceCode)
            {
                throw new InvalidOperationException(
                    $"Không thể ghi dữ liệu của tỉnh '{entry.Entity.Province}' trong phạm vi tỉnh '{ProvinceCode}'. / " +
                    $"Cannot write '{entry.Entity.Province}' data while acting for '{ProvinceCode}'.");
            }
        }

        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
