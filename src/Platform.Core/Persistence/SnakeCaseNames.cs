using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Platform.Core.Persistence;

/// <summary>
/// Names tables, columns, keys and indexes in snake_case, so that SQL written by hand (row-level security policies,
/// reports, benchmarks' baselines) needs no quoting.
/// </summary>
public static class SnakeCaseNames
{
    /// <summary>Call last in <c>OnModelCreating</c>.</summary>
    public static ModelBuilder UseSnakeCaseNames(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        // Entities stored inside a JSON column keep their property names: they are JSON keys, not columns.
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsMappedToJson()))
        {
            if (entity.GetTableName() is { } table && !entity.IsOwned())
            {
                entity.SetTableName(ToSnakeCase(table));
            }

            foreach (var property in entity.GetProperties())
            {
                if (entity.FindOwnership() is { } ownership && property.IsPrimaryKey())
                {
                    // Sharing the owner's row, the owned key is the owner's key column.
                    var principal = ownership.PrincipalKey.Properties[ownership.Properties.ToList().IndexOf(property)];
                    property.SetColumnName(ToSnakeCase(principal.GetColumnName()));
                }
                else if (entity.FindOwnership() is { PrincipalToDependent: { } navigation })
                {
                    // An owned value's columns carry the owner's navigation as prefix: founding_number, founding_date.
                    property.SetColumnName($"{ToSnakeCase(navigation.Name)}_{ToSnakeCase(property.Name)}");
                }
                else if (property.GetColumnName() is { Length: > 0 } column)
                {
                    property.SetColumnName(ToSnakeCase(column));
                }
            }

            // An owned entity shares its owner's row: its key and link are the owner's, named on the owner.
            if (entity.IsOwned())
            {
                continue;
            }

            foreach (var key in entity.GetKeys())
            {
                if (key.GetName() is { } name)
                {
                    key.SetName(ToSnakeCase(name));
                }
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                if (foreignKey.GetConstraintName() is { } name)
                {
                    foreignKey.SetConstraintName(ToSnakeCase(name));
                }
            }

            foreach (var index in entity.GetIndexes())
            {
                if (index.GetDatabaseName() is { } name)
                {
                    index.SetDatabaseName(ToSnakeCase(name));
                }
            }
        }

        return modelBuilder;
    }

    /// <summary><c>SeatDuties</c> → <c>seat_duties</c>; <c>PK_Seats</c> → <c>pk_seats</c>.</summary>
    public static string ToSnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previous = i > 0 ? name[i - 1] : '_';
                var next = i + 1 < name.Length ? name[i + 1] : '_';
                if (i > 0 && previous != '_' && (char.IsLower(previous) || char.IsDigit(previous) || char.IsLower(next)))
                {
                    text.Append('_');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
