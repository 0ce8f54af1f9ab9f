using System.Net;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The ministry's read-only comparison of provinces on one index and year (issue 15, part 5), served with the real
/// packs and the test pack "Tỉnh Thử nghiệm" (which declares the DTI under the common key "dti"): a national reader
/// sees every province declaring the index, ordered by rank or by score, each linking to its own index page; an
/// account of one province sees that province and never another; each province is read under its own row-level
/// security setting, one statement a province whatever the number of years recorded.
/// </summary>
public sealed class NationalComparisonTests(WorkingGroupPackTests.WithTheTestPack host) : IClassFixture<WorkingGroupPackTests.WithTheTestPack>, IAsyncLifetime
{
    private const string Page = "/quoc-gia/chi-so?chi-so=dti&nam=2003";

    public async Task InitializeAsync()
    {
        _ = host.Services; // the host has started: migrations ran and the demo data is loaded
        await host.Database.ExecuteAsync("""
            delete from indices.results where index_key = 'dti' and year between 2003 and 2020;
            delete from indices.targets where index_key = 'dti' and year between 2003 and 2020;
            insert into indices.results (id, province, index_key, year, score, rank, ranked_of, source_body, source_document, entered_by, entered_at)
            values (gen_random_uuid(), 'son-la', 'dti', 2003, 0.55, 20, 63, 'Bộ KH&CN (thử)', 'Báo cáo DTI 2003 (thử)', 'test', now()),
                   (gen_random_uuid(), 'thu-nghiem', 'dti', 2003, 0.60, 30, 63, 'Bộ KH&CN (thử)', 'Báo cáo DTI 2003 (thử)', 'test', now());
            insert into indices.targets (id, province, index_key, year, score, rank, source_document, entered_by, entered_at)
            values (gen_random_uuid(), 'son-la', 'dti', 2003, null, 25, 'Kế hoạch Sơn La (thử)', 'test', now()),
                   (gen_random_uuid(), 'thu-nghiem', 'dti', 2003, 0.65, null, 'Kế hoạch Thử nghiệm (thử)', 'test', now());
            """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<List<string>> ProvincesAsync(HttpClient client, string url) =>
        [.. (await Html.GetAsync(client, url)).QuerySelectorAll("table.index-comparison tbody tr").Select(r => r.GetAttribute("data-province")!)];

    [Fact]
    public async Task A_ministry_viewer_compares_the_provinces_by_rank_or_by_score_with_their_targets_and_sources()
    {
        var ministry = await host.SignInAsync("ministry.viewer");

        var page = await Html.GetAsync(ministry, Page);

        var rows = page.QuerySelectorAll("table.index-comparison tbody tr").ToList();
        Assert.Equal(["son-la", "thu-nghiem"], rows.Select(r => r.GetAttribute("data-province")));
        Assert.Equal("Sơn La 0,55 20 trên 63 Hạng 25 trở lên Đạt Bộ KH&CN (thử) — Báo cáo DTI 2003 (thử)", rows[0].Text());
        Assert.Contains("Điểm từ 0,65", rows[1].Text(), StringComparison.Ordinal);
        Assert.Contains("Chưa đạt", rows[1].Text(), StringComparison.Ordinal);
        Assert.Equal("/son-la/chi-so/dti", rows[0].QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal("/thu-nghiem/chi-so/dti", rows[1].QuerySelector("th a")!.GetAttribute("href"));
        // Đắk Lắk's regulation names no index: said, not read.
        Assert.Contains("Đắk Lắk", page.QuerySelector("#not-following")!.Text(), StringComparison.Ordinal);

        Assert.Equal(["thu-nghiem", "son-la"], await ProvincesAsync(ministry, Page + "&sap-xep=diem"));
        Assert.Equal(["son-la", "thu-nghiem"], await ProvincesAsync(ministry, Page + "&sap-xep=hang"));

        // The root page leads national readers to it.
        Assert.NotNull((await Html.GetAsync(ministry, "/")).QuerySelector("#national-comparison a[href='/quoc-gia/chi-so']"));
    }

    [Fact]
    public async Task An_account_of_one_province_sees_its_own_province_and_never_another()
    {
        var sonLa = await host.SignInAsync("son-la.member");
        var testProvince = await host.SignInAsync("thu-nghiem.secretariat");

        var seenBySonLa = await Html.GetAsync(sonLa, Page);
        Assert.Equal(["son-la"], seenBySonLa.QuerySelectorAll("table.index-comparison tbody tr").Select(r => r.GetAttribute("data-province")));
        Assert.DoesNotContain("Thử nghiệm", seenBySonLa.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Đắk Lắk", seenBySonLa.Text(), StringComparison.Ordinal);

        var seenByTest = await Html.GetAsync(testProvince, Page + "&sap-xep=diem");
        Assert.Equal(["thu-nghiem"], seenByTest.QuerySelectorAll("table.index-comparison tbody tr").Select(r => r.GetAttribute("data-province")));
        Assert.DoesNotContain("Sơn La", seenByTest.Text(), StringComparison.Ordinal);

        // One province only: the root page offers no comparison.
        Assert.Null((await Html.GetAsync(sonLa, "/")).QuerySelector("#national-comparison"));
    }

    [Fact]
    public async Task A_Dak_Lak_account_has_nothing_to_compare_and_learns_nothing_of_the_others()
    {
        var dakLak = await host.SignInAsync("dak-lak.secretariat");

        var page = await Html.GetAsync(dakLak, "/quoc-gia/chi-so");

        Assert.NotNull(page.QuerySelector("#no-indices"));
        Assert.Null(page.QuerySelector("table.index-comparison"));
        Assert.DoesNotContain("Sơn La", page.Text(), StringComparison.Ordinal);
        // An index only other provinces declare is not found, rather than shown empty.
        Assert.Equal(HttpStatusCode.NotFound, (await dakLak.GetAsync(Page)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in()
    {
        var anonymous = host.CreateClient(new() { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_comparison_reads_one_statement_a_province_whatever_the_number_of_years()
    {
        var ministry = await host.SignInAsync("ministry.viewer");
        var sonLa = await host.SignInAsync("son-la.member");

        var oneProvince = await CountAsync(sonLa, Page);
        var twoProvinces = await CountAsync(ministry, Page);
        await host.Database.ExecuteAsync("""
            insert into indices.results (id, province, index_key, year, score, rank, ranked_of, source_body, source_document, entered_by, entered_at)
            select gen_random_uuid(), p, 'dti', y, 0.5, 10, 63, 'thử', 'thử', 'test', now()
            from generate_series(2004, 2015) y cross join (values ('son-la'), ('thu-nghiem')) v(p);
            """);
        var afterMoreYears = await CountAsync(ministry, Page);

        Assert.True(oneProvince > 0, $"the page read nothing ({oneProvince}): the counter is not wired to the host");
        Assert.Equal(oneProvince + 1, twoProvinces);
        Assert.Equal(twoProvinces, afterMoreYears);
    }

    private async Task<int> CountAsync(HttpClient client, string url)
    {
        await client.GetAsync(url); // warm caches (the first request compiles the page)
        host.Sql.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return host.Sql.Count;
    }
}
