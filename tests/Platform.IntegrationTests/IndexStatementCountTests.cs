using System.Net;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// An index's page, the indices' overview and the home page's index panel issue as many SQL statements with two years of results (each with its
/// pillars) as with twelve: the results and their pillars are read in one statement, the targets in another.
/// </summary>
public sealed class IndexStatementCountTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData("/son-la/chi-so/pci")]
    [InlineData("/son-la/chi-so")]
    [InlineData("/son-la")]
    public async Task The_index_page_reads_a_constant_number_of_statements_whatever_the_number_of_years(string page)
    {
        _ = host.Services; // the host has started: migrations ran and the demo data is loaded
        await host.Database.ExecuteAsync("delete from indices.results where province = 'son-la' and index_key = 'pci'");
        await host.Database.ExecuteAsync("delete from indices.targets where province = 'son-la' and index_key = 'pci'");
        await AddYearsAsync(2001, 2002);
        var client = await host.SignInAsync("son-la.member");

        var before = await CountAsync(client, page);
        await AddYearsAsync(2003, 2012);
        var after = await CountAsync(client, page);

        Assert.Equal(12L, await host.Database.ScalarAsync<long>("select count(*) from indices.results where province = 'son-la' and index_key = 'pci'"));
        Assert.True(before > 0, $"the page read nothing ({before}): the counter is not wired to the host");
        Assert.Equal(before, after);
    }

    private Task AddYearsAsync(int from, int to) => host.Database.ExecuteAsync($"""
        insert into indices.results (id, province, index_key, year, score, rank, ranked_of, source_body, source_document, entered_by, entered_at)
        select gen_random_uuid(), 'son-la', 'pci', y, 60 + y - 2000, 70 - (y - 2000), 63, 'VCCI (thử)', 'Báo cáo PCI (thử)', 'test', now()
        from generate_series({from}, {to}) y;
        insert into indices.pillars (id, province, result_id, "order", name, score)
        select gen_random_uuid(), 'son-la', r.id, n, 'Chỉ số thành phần ' || n, n
        from indices.results r cross join generate_series(1, 5) n
        where r.province = 'son-la' and r.index_key = 'pci' and r.year between {from} and {to};
        insert into indices.targets (id, province, index_key, year, score, source_document, entered_by, entered_at)
        select gen_random_uuid(), 'son-la', 'pci', y, 65, 'Kế hoạch (thử)', 'test', now()
        from generate_series({from}, {to}) y;
        """);

    private async Task<int> CountAsync(HttpClient client, string url)
    {
        await client.GetAsync(url); // warm caches (the first request compiles the page)
        host.Sql.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return host.Sql.Count;
    }
}
