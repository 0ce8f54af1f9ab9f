using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Platform.Core.Dates;
using Platform.Sdk;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The ministry's national roll-up (issue 17) on the real packs and the test pack "Tỉnh Thử nghiệm": one line per
/// province the account may read, each judged by its own regulation — Đắk Lắk's regular meetings by Art. 9.1 (the
/// quarterly meeting, and the six-month review in the second quarter), Sơn La's by Art. 12.2 (once a quarter) — with
/// counts that follow the data, sortable, exported as CSV with the same figures, and each figure's trend over eight
/// quarters drawn on the server beside its table.
/// </summary>
public sealed class NationalRollupTests(WorkingGroupPackTests.WithTheTestPack host) : IClassFixture<WorkingGroupPackTests.WithTheTestPack>, IAsyncLifetime
{
    /// <summary>The latest second quarter over: Đắk Lắk's six-month review (Art. 9.1) falls due in it, besides the quarterly meeting.</summary>
    private static Period SecondQuarter
    {
        get
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
            return new Period(PeriodKind.Quarter, today.Month > 6 ? today.Year : today.Year - 1, 2);
        }
    }

    private static string Page => $"/quoc-gia?quy={SecondQuarter.Code}";

    public async Task InitializeAsync()
    {
        host.Clock.Now = null;
        _ = host.Services; // started: the demo data holds each regular meeting of the last periods, with its notice
        // Đắk Lắk's six-month review of the half-year was not held (cancelled): 1 of its 2 regular meetings due.
        await host.Database.ExecuteAsync($"""
            update meetings.meetings set status = 3
            where province = 'dak-lak' and kind = {(int)Sdk.Meetings.MeetingKind.SixMonthReview} and period_year = {SecondQuarter.Year} and period_number = 1;
            """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<long> IssuedNoticesAsync(string province) => host.Database.ScalarAsync<long>(
        $"select count(*) from meetings.notices where province = '{province}' and status = 2 and date between '{SecondQuarter.Start:yyyy-MM-dd}' and '{SecondQuarter.End:yyyy-MM-dd}'");

    private static IElement Row(IDocument page, string table, string province) =>
        page.QuerySelector($"table.{table} tbody tr[data-province='{province}']") ?? throw new InvalidOperationException($"No line for {province} in {table}");

    private static string Cell(IDocument page, string province, string figure) =>
        Row(page, "national-rollup", province).QuerySelector($"td[data-figure='{figure}']")!.Text();

    private static List<string> Provinces(IDocument page) =>
        [.. page.QuerySelectorAll("table.national-rollup tbody tr").Select(r => r.GetAttribute("data-province")!)];

    [Fact]
    public async Task The_rollup_shows_Dak_Lak_judged_by_Art_9_1_and_Son_La_by_Art_12_2_side_by_side_with_the_right_counts()
    {
        var ministry = await host.SignInAsync("ministry.viewer");

        var page = await Html.GetAsync(ministry, Page);

        Assert.Equal(["dak-lak", "son-la", "thu-nghiem"], Provinces(page));
        // Đắk Lắk, Art. 9.1: the quarterly meeting held, the six-month review not; Sơn La, Art. 12.2: its one meeting held.
        Assert.Equal("50% (1/2)", Cell(page, "dak-lak", "hop-dinh-ky"));
        Assert.Equal("100% (1/1)", Cell(page, "son-la", "hop-dinh-ky"));
        Assert.Equal((await IssuedNoticesAsync("dak-lak")).ToString(CultureInfo.InvariantCulture), Cell(page, "dak-lak", "thong-bao-ket-luan"));
        Assert.Equal((await IssuedNoticesAsync("son-la")).ToString(CultureInfo.InvariantCulture), Cell(page, "son-la", "thong-bao-ket-luan"));
        Assert.True(await IssuedNoticesAsync("son-la") > 0, "the demo issued no notice in the quarter: the count proves nothing");

        // The rule behind each figure, each province by its own regulation, cited from its pack.
        var dakLakRule = Row(page, "rollup-rules", "dak-lak").QuerySelector("td[data-figure='hop-dinh-ky']")!.Text();
        var sonLaRule = Row(page, "rollup-rules", "son-la").QuerySelector("td[data-figure='hop-dinh-ky']")!.Text();
        Assert.Contains("(Đắk Lắk, Điều 9.1)", dakLakRule, StringComparison.Ordinal);
        Assert.Contains("tuần làm việc cuối cùng", dakLakRule, StringComparison.Ordinal);
        Assert.Contains("sơ kết", dakLakRule, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("(Sơn La, Điều 12.2)", sonLaRule, StringComparison.Ordinal);
        Assert.DoesNotContain("9.1", sonLaRule, StringComparison.Ordinal);
        Assert.Equal(dakLakRule, Row(page, "national-rollup", "dak-lak").QuerySelector("td[data-figure='hop-dinh-ky']")!.GetAttribute("title"));

        // Drill-down into the province's own pages.
        var dakLak = Row(page, "national-rollup", "dak-lak");
        Assert.Equal("/dak-lak", dakLak.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal("/dak-lak/meetings", dakLak.QuerySelector("td[data-figure='hop-dinh-ky'] a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("a#rollup-indices[href='/quoc-gia/chi-so']"));

        // The root page leads national readers to it.
        Assert.NotNull((await Html.GetAsync(ministry, "/")).QuerySelector("#national-rollup a[href='/quoc-gia']"));
    }

    [Fact]
    public async Task Any_column_sorts_best_first_and_again_the_other_way()
    {
        var ministry = await host.SignInAsync("ministry.viewer");

        var byMeetings = Provinces(await Html.GetAsync(ministry, Page + "&sap-xep=hop-dinh-ky"));
        var reversed = Provinces(await Html.GetAsync(ministry, Page + "&sap-xep=hop-dinh-ky&chieu=nguoc"));

        Assert.True(byMeetings.IndexOf("son-la") < byMeetings.IndexOf("dak-lak"), string.Join(", ", byMeetings));
        Assert.True(reversed.IndexOf("dak-lak") < reversed.IndexOf("son-la"), string.Join(", ", reversed));
        var heading = (await Html.GetAsync(ministry, Page + "&sap-xep=hop-dinh-ky")).QuerySelector("th[data-figure='hop-dinh-ky']")!;
        Assert.Equal("descending", heading.GetAttribute("aria-sort"));
        Assert.Contains("chieu=nguoc", heading.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_of_one_province_sees_its_own_line_only()
    {
        var sonLa = await host.SignInAsync("son-la.member");

        var page = await Html.GetAsync(sonLa, Page);

        Assert.Equal(["son-la"], Provinces(page));
        Assert.DoesNotContain("Đắk Lắk", page.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Thử nghiệm", page.Text(), StringComparison.Ordinal);
        var trend = await Html.GetAsync(sonLa, $"/quoc-gia/xu-huong/hop-dinh-ky?quy={SecondQuarter.Code}");
        Assert.DoesNotContain("Đắk Lắk", trend.Text(), StringComparison.Ordinal);
        var csv = await sonLa.GetStringAsync(Page + "&handler=Csv");
        Assert.DoesNotContain("dak-lak", csv, StringComparison.Ordinal);
        // One province only: the root page offers no roll-up.
        Assert.Null((await Html.GetAsync(sonLa, "/")).QuerySelector("#national-rollup"));
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in()
    {
        var anonymous = host.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var url in new[] { Page, Page + "&handler=Csv", "/quoc-gia/xu-huong/hop-dinh-ky" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_CSV_holds_the_same_figures_as_the_table_under_the_figures_keys()
    {
        var ministry = await host.SignInAsync("ministry.viewer");
        var page = await Html.GetAsync(ministry, Page);

        var response = await ministry.GetAsync(Page + "&handler=Csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l[1..^1].Split("\",\"")).ToList();

        var header = lines[0];
        Assert.Equal(["ma-tinh", "tinh", "quy"], header[..3]);
        var figures = page.QuerySelectorAll("table.national-rollup thead th[data-figure]").Select(h => h.GetAttribute("data-figure")!).ToList();
        Assert.Equal(figures, header.Skip(3).Where((_, i) => i % 2 == 0));
        Assert.Equal(["dak-lak", "son-la", "thu-nghiem"], lines.Skip(1).Select(l => l[0]));

        var dakLak = lines.Single(l => l[0] == "dak-lak");
        Assert.Equal(SecondQuarter.Code, dakLak[2]);
        Assert.Equal("50", dakLak[Array.IndexOf(header, "hop-dinh-ky")]);
        Assert.Equal("1/2", dakLak[Array.IndexOf(header, "hop-dinh-ky-chi-tiet")]);
        foreach (var line in lines.Skip(1))
        {
            foreach (var figure in figures)
            {
                // The page shows the value in the reader's culture, the CSV in invariant digits, and the same detail.
                var value = line[Array.IndexOf(header, figure)];
                var detail = line[Array.IndexOf(header, figure + "-chi-tiet")];
                var shown = value.Length == 0 ? "—" : decimal.Parse(value, CultureInfo.InvariantCulture).ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"));
                Assert.StartsWith(shown, Cell(page, line[0], figure), StringComparison.Ordinal);
                if (detail.Length > 0)
                {
                    Assert.EndsWith($"({detail})", Cell(page, line[0], figure), StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public async Task The_page_reads_as_many_statements_for_three_provinces_as_for_one()
    {
        var ministry = await host.SignInAsync("ministry.viewer");
        var sonLa = await host.SignInAsync("son-la.member");

        var one = await CountAsync(sonLa, Page);
        var three = await CountAsync(ministry, Page);
        var trendOfOne = await CountAsync(sonLa, "/quoc-gia/xu-huong/hop-dinh-ky");
        var trendOfThree = await CountAsync(ministry, "/quoc-gia/xu-huong/hop-dinh-ky");

        Assert.True(one > 0, $"the page read nothing ({one}): the counter is not wired to the host");
        Assert.Equal(one, three);
        Assert.Equal(trendOfOne, trendOfThree);
    }

    private async Task<int> CountAsync(HttpClient client, string url)
    {
        await client.GetAsync(url); // warm caches (the first request compiles the page)
        host.Sql.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return host.Sql.Count;
    }

    [Fact]
    public async Task Each_figure_has_its_trend_over_eight_quarters_as_a_chart_with_its_table()
    {
        var ministry = await host.SignInAsync("ministry.viewer");

        var page = await Html.GetAsync(ministry, $"/quoc-gia/xu-huong/hop-dinh-ky?quy={SecondQuarter.Code}");

        var chart = page.QuerySelector("svg.rollup-chart")!;
        Assert.NotNull(chart.QuerySelector("title"));
        Assert.Equal(3, chart.QuerySelectorAll("g.series").Length);
        Assert.NotEmpty(chart.QuerySelectorAll("polyline"));
        var quarters = page.QuerySelectorAll("table.rollup-trend-table thead th").Skip(1).Select(h => h.Text()).ToList();
        Assert.Equal(8, quarters.Count);
        Assert.Equal(SecondQuarter.Code, quarters[^1]);
        Assert.Equal(SecondQuarter.Previous().Code, quarters[^2]);
        Assert.Equal("50% (1/2)", page.QuerySelector($"table.rollup-trend-table tr[data-province='dak-lak'] td[data-quarter='{SecondQuarter.Code}']")!.Text());
        Assert.Contains("(Sơn La, Điều 12.2)", page.QuerySelector("ul.rollup-rule-list li[data-province='son-la']")!.Text(), StringComparison.Ordinal);
        // The table's link from the roll-up, and an unknown figure.
        Assert.NotNull((await Html.GetAsync(ministry, Page)).QuerySelector($"th[data-figure='hop-dinh-ky'] a.trend-link[href='/quoc-gia/xu-huong/hop-dinh-ky?quy={SecondQuarter.Code}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await ministry.GetAsync("/quoc-gia/xu-huong/no-such-figure")).StatusCode);
    }
}
