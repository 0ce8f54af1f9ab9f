using System.Net;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The units' ranking page (Sơn La, Art. 8.2) issues as many SQL statements for a year of 3 units as for a year of 300,
/// and with 2 years entered as with 12: the year's units are read in one statement, the years entered in another.
/// </summary>
public sealed class UnitRankingStatementCountTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    private const string Page = "/son-la/chi-so/dti/don-vi/2001";

    [Fact]
    public async Task The_units_page_reads_a_constant_number_of_statements_whatever_the_number_of_units_and_years()
    {
        _ = host.Services; // the host has started: migrations ran and the demo data is loaded
        await host.Database.ExecuteAsync("delete from indices.unit_rankings where province = 'son-la' and index_key = 'dti'");
        await AddAsync(2001, 2002, units: 3);
        var client = await host.SignInAsync("son-la.member");

        var before = await CountAsync(client);
        await host.Database.ExecuteAsync("delete from indices.unit_rankings where province = 'son-la' and index_key = 'dti'");
        await AddAsync(2001, 2012, units: 300);
        var after = await CountAsync(client);

        Assert.Equal(300L, await host.Database.ScalarAsync<long>(
            "select count(*) from indices.unit_scores u join indices.unit_rankings r on r.id = u.ranking_id where r.province = 'son-la' and r.index_key = 'dti' and r.year = 2001"));
        Assert.True(before > 0, $"the page read nothing ({before}): the counter is not wired to the host");
        Assert.Equal(before, after);
    }

    private Task AddAsync(int from, int to, int units) => host.Database.ExecuteAsync($"""
        insert into indices.unit_rankings (id, province, index_key, year, entered_by, entered_at)
        select gen_random_uuid(), 'son-la', 'dti', y, 'test', now() from generate_series({from}, {to}) y;
        insert into indices.unit_scores (id, province, ranking_id, name, kind, score, rank, line)
        select gen_random_uuid(), 'son-la', r.id, 'Đơn vị ' || n, case when n % 2 = 0 then 1 else 2 end, n, {units} + 1 - n, n
        from indices.unit_rankings r cross join generate_series(1, {units}) n
        where r.province = 'son-la' and r.index_key = 'dti';
        """);

    private async Task<int> CountAsync(HttpClient client)
    {
        await client.GetAsync(Page); // warm caches (the first request compiles the page)
        host.Sql.Reset();
        var response = await client.GetAsync(Page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return host.Sql.Count;
    }
}
