using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Platform.Core.DataProtection;

/// <summary>
/// Keeps the data-protection key ring in PostgreSQL, so every instance of the app signs and reads the same cookies
/// and form tokens. Plain Npgsql rather than EF Core: data protection calls this synchronously, and key-ring reads
/// are not the application's queries (they must not show in its statement counts or interceptors).
/// </summary>
internal sealed class PostgresKeyRing(NpgsqlDataSource dataSource) : IXmlRepository
{
    public const string Table = "key_ring";

    private const string QualifiedTable = KeyRingDbContext.Schema + "." + Table;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var command = dataSource.CreateCommand($"SELECT xml FROM {QualifiedTable} ORDER BY id");
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var command = dataSource.CreateCommand($"INSERT INTO {QualifiedTable} (friendly_name, xml) VALUES ($1, $2)");
        command.Parameters.Add(new NpgsqlParameter { Value = friendlyName });
        command.Parameters.Add(new NpgsqlParameter { Value = element.ToString(SaveOptions.DisableFormatting) });
        command.ExecuteNonQuery();
    }
}
