using System.Net;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// A page issues a number of SQL statements that does not grow with the data: a committee with ten times the seats
/// and a long history is read with exactly as many statements as the demo committee.
/// </summary>
public sealed class SqlStatementCountTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData("/son-la")]
    [InlineData("/son-la/members")]
    [InlineData("/son-la/members?ngay=01/01/2026")]
    [InlineData("/son-la/bodies")]
    [InlineData("/son-la/seats/{seat}")]
    public async Task A_page_reads_a_large_committee_with_as_many_statements_as_a_small_one(string page)
    {
        var client = await host.SignInAsync("son-la.viewer");
        var seat = await host.Database.ScalarAsync<string>(
            "select key from committees.seats where province = 'son-la' order by role, \"order\" limit 1");
        var url = page.Replace("{seat}", seat, StringComparison.Ordinal);

        var before = await CountAsync(client, url);
        var rowsBefore = await host.Database.ScalarAsync<long>("select count(*) from committees.appointments");
        await GrowSonLaAsync(seat);
        var after = await CountAsync(client, url);

        Assert.Equal(rowsBefore + 140, await host.Database.ScalarAsync<long>("select count(*) from committees.appointments"));
        Assert.True(before > 0, "the page read nothing: the counter is not wired to the host");
        Assert.Equal(before, after);
    }

    private async Task<int> CountAsync(HttpClient client, string url)
    {
        await client.GetAsync(url); // warm caches (first request compiles the page)
        host.Sql.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return host.Sql.Count;
    }

    // 100 more member seats, each with a holder, and 40 past holders on the page's seat; unique per call.
    private Task GrowSonLaAsync(string seat)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        return host.Database.ExecuteAsync($$"""
            insert into committees.seats (id, province, key, role, office, article, portfolios, "order", origin, revision, duties)
            select gen_random_uuid(), 'son-la', 'extra-{{run}}-' || g, 3, 'Giám đốc sở thêm ' || g, '9.2c', '{}', 100 + g, 1, 0,
                   '[{"Text":"Nhiệm vụ thêm","Article":"9.2c","Position":0}]'::jsonb
            from generate_series(1, 100) g;

            insert into committees.people (id, province, full_name, is_demo)
            select gen_random_uuid(), 'son-la', 'Người thêm {{run}} ' || g, true from generate_series(1, 140) g;

            insert into committees.appointments (id, province, seat_id, person_id, "from", appointed_by_number, appointed_by_date, appointed_by_signer)
            select gen_random_uuid(), 'son-la', s.id, p.id, date '2025-07-01', '1/QĐ', date '2025-06-30', 'Chủ tịch'
            from committees.seats s
            join committees.people p on p.full_name = 'Người thêm {{run}} ' || substring(s.key from length('extra-{{run}}-') + 1)
            where s.key like 'extra-{{run}}-%';

            insert into committees.appointments (id, province, seat_id, person_id, "from", until, appointed_by_number, appointed_by_date, appointed_by_signer, end_kind)
            select gen_random_uuid(), 'son-la', (select id from committees.seats where province = 'son-la' and key = '{{seat}}'), p.id,
                   date '2020-01-01' + g * 30, date '2020-01-01' + g * 30 + 29, '2/QĐ', date '2019-12-31', 'Chủ tịch', 0
            from generate_series(1, 40) g
            join committees.people p on p.full_name = 'Người thêm {{run}} ' || (100 + g);
            """);
    }
}
