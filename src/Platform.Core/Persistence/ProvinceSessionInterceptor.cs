using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Platform.Core.Tenancy;

namespace Platform.Core.Persistence;

/// <summary>
/// Tells PostgreSQL which province this connection acts for (<c>app.province</c>), on every open. Row-level security
/// policies compare each row's province with it, so a query that forgot its filter returns nothing of another
/// province: the database fails closed.
/// </summary>
internal sealed class ProvinceSessionInterceptor(CurrentProvince province) : DbConnectionInterceptor
{
    public const string Setting = "app.province";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private NpgsqlCommand Command(DbConnection connection) =>
        // With it, in the same statement, how near a query must be to count as found despite a slip of the keys
        // (pg_trgm's word similarity, used by the province's search: "du leiu dan cu" is 0.56 of "du lieu dan cu").
        // A province's connection never carries the list of a national session (NationalReading) either.
        new("SELECT set_config('app.province', @province, false), set_config('app.provinces', '', false), set_config('pg_trgm.word_similarity_threshold', '0.5', false)", (NpgsqlConnection)connection)
        {
            // An empty setting matches no row: outside a province, province-owned tables look empty.
            Parameters = { new NpgsqlParameter("province", province.Code ?? string.Empty) },
        };
}
