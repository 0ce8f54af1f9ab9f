using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Committees.Persistence;
using Platform.Core.National;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The ministry reads several provinces in one statement (issue 17) without giving up row-level security: a national
/// session sees the provinces it was opened for and no other, cannot write, and the application's own role gains
/// nothing from the reader's policy.
/// </summary>
public sealed class NationalReadingTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task A_session_for_one_province_sees_that_province_alone_even_without_a_filter()
    {
        var reading = host.Services.GetRequiredService<NationalReading>();

        await using (var one = await reading.OpenAsync(["son-la"], default))
        {
            var seen = await one.Context<CommitteesDbContext>().Seats.IgnoreQueryFilters().Select(s => s.Province).Distinct().ToListAsync();
            Assert.Equal(["son-la"], seen);
        }

        await using (var both = await reading.OpenAsync(["son-la", "dak-lak"], default))
        {
            var seen = await both.Context<CommitteesDbContext>().Seats.IgnoreQueryFilters().Select(s => s.Province).Distinct().OrderBy(p => p).ToListAsync();
            Assert.Equal(["dak-lak", "son-la"], seen);
        }

        await using (var none = await reading.OpenAsync([], default))
        {
            Assert.Equal(0, await none.Context<CommitteesDbContext>().Seats.IgnoreQueryFilters().CountAsync());
        }
    }

    [Fact]
    public async Task A_session_cannot_write_even_in_a_province_it_reads()
    {
        var reading = host.Services.GetRequiredService<NationalReading>();
        await using var session = await reading.OpenAsync(["son-la"], default);
        var db = session.Context<CommitteesDbContext>();

        var update = await Assert.ThrowsAsync<PostgresException>(() =>
            db.Database.ExecuteSqlRawAsync("update committees.people set full_name = full_name where province = 'son-la'"));
        Assert.Equal("25006", update.SqlState); // cannot execute UPDATE in a read-only transaction

        // Even with the read-only default lifted, the role holds no right to write.
        await db.Database.ExecuteSqlRawAsync("set default_transaction_read_only = off");
        var insert = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync(
            "insert into committees.people (id, province, full_name, is_demo) values (gen_random_uuid(), 'son-la', 'Người lạ', false)"));
        Assert.Equal("42501", insert.SqlState); // permission denied
    }

    [Fact]
    public async Task The_application_role_listing_provinces_itself_still_sees_none_but_its_own()
    {
        _ = host.Services;
        await using var connection = new NpgsqlConnection(host.Database.ApplicationConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select set_config('app.province', 'dak-lak', false), set_config('app.provinces', 'son-la,dak-lak', false)", connection);
        await command.ExecuteNonQueryAsync();

        await using var count = new NpgsqlCommand("select count(*) from committees.seats where province = 'son-la'", connection);
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Every_table_isolated_by_province_has_the_readers_policy_and_nothing_more_than_select()
    {
        _ = host.Services;

        var missing = await host.Database.ScalarAsync<string?>("""
            select string_agg(i.schemaname || '.' || i.tablename, ', ' order by i.schemaname, i.tablename)
            from pg_policies i
            where i.policyname = 'province_isolation'
              and not exists (select from pg_policies n where n.schemaname = i.schemaname and n.tablename = i.tablename
                              and n.policyname = 'national_read' and n.cmd = 'SELECT')
            """);
        var writes = await host.Database.ScalarAsync<string?>("""
            select string_agg(table_schema || '.' || table_name || ':' || privilege_type, ', ')
            from information_schema.role_table_grants
            where grantee = 'platform_national_reader' and privilege_type <> 'SELECT'
            """);

        Assert.Null(missing);
        Assert.Null(writes);
        Assert.True(await host.Database.ScalarAsync<long>("select count(*) from pg_policies where policyname = 'national_read'") > 20);
    }
}
