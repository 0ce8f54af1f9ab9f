using System.Net;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// An indicator's page and the indices' overview issue as many SQL statements with two reported quarters as with twelve:
/// the figures of the current submitted versions are read in one statement through the reporting contract.
/// </summary>
public sealed class IndicatorStatementCountTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData("/son-la/chi-so/chi-tieu/ho-so-truc-tuyen")]
    [InlineData("/son-la/chi-so")]
    public async Task The_indicator_pages_read_a_constant_number_of_statements_whatever_the_number_of_periods(string page)
    {
        _ = host.Services; // the host has started: migrations ran and the demo data is loaded
        await host.Database.ExecuteAsync("delete from reporting.submissions where province = 'son-la' and stage_key = 'thanh-vien' and submitter_key = 'chanh-van-phong-ubnd' and year between 2060 and 2062");
        await AddQuartersAsync(2060, 2060, 1, 2);
        var client = await host.SignInAsync("son-la.member");

        var before = await CountAsync(client, page);
        await AddQuartersAsync(2060, 2060, 3, 4);
        await AddQuartersAsync(2061, 2062, 1, 4);
        var after = await CountAsync(client, page);

        Assert.Equal(12L, await host.Database.ScalarAsync<long>("""
            select count(*) from reporting.indicator_figures f join reporting.submissions s on s.id = f.submission_id
            where s.province = 'son-la' and f.indicator_key = 'ho-so-truc-tuyen' and s.year between 2060 and 2062
            """));
        Assert.True(before > 0, $"the page read nothing ({before}): the counter is not wired to the host");
        Assert.Equal(before, after);
    }

    // Submitted member reports of the PPC Office, each with the online rate, as the owner writes them.
    private Task AddQuartersAsync(int fromYear, int toYear, int fromQuarter, int toQuarter) => host.Database.ExecuteAsync($"""
        with made as (
            insert into reporting.submissions (id, province, period_kind, year, number, stage_key, submitter_kind, submitter_key, edition, status,
                                               full_results, updated_by, updated_at, submitted_by, submitted_at, submitted_on)
            select gen_random_uuid(), 'son-la', 0, y, q, 'thanh-vien', 0, 'chanh-van-phong-ubnd', 1, 1, 'Kết quả (thử)', 'thử', now(), 'thử', now(), make_date(y, q * 3, 5)
            from generate_series({fromYear}, {toYear}) y cross join generate_series({fromQuarter}, {toQuarter}) q
            returning id, year, number)
        insert into reporting.indicator_figures (id, province, submission_id, indicator_key, value)
        select gen_random_uuid(), 'son-la', id, 'ho-so-truc-tuyen', 40 + number * 10 from made
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
