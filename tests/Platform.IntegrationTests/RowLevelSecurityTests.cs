using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Committees.Persistence;
using Platform.Core.Tenancy;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Defence in depth: the application connects as a role that owns nothing, and forced row-level security limits it
/// to the province its connection acts for — so a query that forgets its filter still sees no other province.
/// </summary>
public sealed class RowLevelSecurityTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task With_the_query_filter_switched_off_the_database_still_returns_one_province()
    {
        _ = host.Services; // the host has started: migrations ran and both provinces' data is loaded
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!);
        var db = scope.ServiceProvider.GetRequiredService<CommitteesDbContext>();

        var provinces = await db.Seats.IgnoreQueryFilters().Select(s => s.Province).Distinct().ToListAsync();
        var people = await db.People.IgnoreQueryFilters().Select(p => p.Province).Distinct().ToListAsync();

        Assert.Equal(["son-la"], provinces);
        Assert.Equal(["son-la"], people);
        Assert.Equal(2, await host.Database.ScalarAsync<long>("select count(distinct province) from committees.seats"));
    }

    [Fact]
    public async Task The_application_role_sees_nothing_without_a_province_and_cannot_write_another()
    {
        _ = host.Services;
        await using var connection = new NpgsqlConnection(host.Database.ApplicationConnectionString);
        await connection.OpenAsync();

        Assert.Equal(0L, await Scalar(connection, "select count(*) from committees.seats"));

        await Scalar(connection, "select 1 from set_config('app.province', 'dak-lak', false)");
        Assert.Equal(0L, await Scalar(connection, "select count(*) from committees.seats where province = 'son-la'"));
        Assert.True(await Scalar(connection, "select count(*) from committees.seats") > 0);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Scalar(connection,
            "insert into committees.people (id, province, full_name, is_demo) values (gen_random_uuid(), 'son-la', 'Người lạ', false) returning 1"));
        Assert.Equal("42501", refused.SqlState); // new row violates row-level security policy
    }

    [Fact]
    public async Task The_application_role_owns_nothing_and_cannot_switch_the_policies_off()
    {
        _ = host.Services;
        await using var connection = new NpgsqlConnection(host.Database.ApplicationConnectionString);
        await connection.OpenAsync();

        var refused = await Assert.ThrowsAsync<PostgresException>(() =>
            Scalar(connection, "alter table committees.seats disable row level security"));
        Assert.Equal("42501", refused.SqlState); // must be owner of table
    }

    private static async Task<long> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
