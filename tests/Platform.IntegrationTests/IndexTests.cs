using System.Net;

namespace Platform.IntegrationTests;

/// <summary>
/// The indices as the regulation puts them in an agency's care (Sơn La, Art. 8.2, 8.3, 9.2a, 9.2b): the owning
/// agency's focal points and the standing agency enter a year's result and target, nobody else; bad figures are
/// refused with the field named and the form kept as typed; a correction made on a stale page is refused, not written
/// over; the trend is an SVG with its data table; Đắk Lắk, whose regulation names no index, says so.
/// </summary>
public sealed class IndexTests(MeetingHost host) : IClassFixture<MeetingHost>
{
    private const string Papi = "/son-la/chi-so/papi";
    private const string Dti = "/son-la/chi-so/dti";
    private const string Sipas = "/son-la/chi-so/sipas";
    private const string ResultForm = "input[name='Result.Score']";
    private const string TargetForm = "input[name='Target.SourceDocument']";

    private static Dictionary<string, string> Result(int year, string score, string rank = "", string of = "", string body = "UNDP", string document = "Báo cáo PAPI (thử)") => new()
    {
        ["Result.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Result.Score"] = score,
        ["Result.Rank"] = rank,
        ["Result.RankedOf"] = of,
        ["Result.SourceBody"] = body,
        ["Result.SourceDocument"] = document,
        ["Result.SourceDate"] = "",
    };

    private Task<long> CountAsync(string index, int year) =>
        host.Database.ScalarAsync<long>($"select count(*) from indices.results where province = 'son-la' and index_key = '{index}' and year = {year}");

    [Fact]
    public async Task Son_La_only_Home_Affairs_Art_8_3_or_the_secretariat_enters_PAPI_results()
    {
        var homeAffairs = await host.SignInForAgencyAsync("son-la", "so-noi-vu");
        var finance = await host.SignInForAgencyAsync("son-la", "so-tai-chinh");
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var member = await host.SignInAsync("son-la.member");

        Assert.False(await Forms.OffersAsync(finance, Papi, ResultForm));
        Assert.False(await Forms.OffersAsync(member, Papi, ResultForm));
        var refused = await Forms.PostAsync(finance, Papi, Papi + "?handler=Result", Result(2011, "40"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var why = (await Html.ParseAsync(refused)).Text();
        Assert.Contains("Chỉ đầu mối của Sở Nội vụ", why, StringComparison.Ordinal);
        Assert.Contains("Điều 8.3", why, StringComparison.Ordinal);
        Assert.Equal(0L, await CountAsync("papi", 2011));

        var entered = await Forms.SubmitAsync(homeAffairs, Papi, ResultForm, Result(2011, "41,25", "20", "63"));
        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);
        Assert.Contains("Đã lưu kết quả chỉ số.", (await Html.ParseAsync(entered)).Text(), StringComparison.Ordinal);
        Assert.Equal(1L, await CountAsync("papi", 2011));

        var bySecretariat = await Forms.SubmitAsync(secretariat, Papi, ResultForm, Result(2012, "42", "18", "63"));
        Assert.Equal(HttpStatusCode.OK, bySecretariat.StatusCode);
        Assert.Equal(1L, await CountAsync("papi", 2012));

        // DOST follows the DTI (Art. 8.2), not Home Affairs.
        Assert.False(await Forms.OffersAsync(homeAffairs, Dti, ResultForm));
        Assert.True(await Forms.OffersAsync(await host.SignInForAgencyAsync("son-la", "so-khcn"), Dti, ResultForm));
    }

    [Fact]
    public async Task Bad_figures_are_refused_with_their_messages_and_the_form_keeps_what_was_typed()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var typed = Result(2013, "-3", "40", "34", body: "", document: "Quyết định số 99/QĐ-BNV (thử)");
        typed["Result.PillarNames[0]"] = "Công khai, minh bạch";
        typed["Result.PillarScores[0]"] = "abc";

        var refused = await Forms.SubmitAsync(secretariat, Sipas, ResultForm, typed);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        var text = page.Text();
        Assert.Contains("Điểm không được âm.", text, StringComparison.Ordinal);
        Assert.Contains("Thứ hạng phải từ 1 đến 34 (số tỉnh, thành phố được xếp hạng năm đó).", text, StringComparison.Ordinal);
        Assert.Contains("Hãy nhập cơ quan công bố kết quả.", text, StringComparison.Ordinal);
        Assert.Contains("Điểm phải là một số, ví dụ 72,5.", text, StringComparison.Ordinal);
        Assert.Equal("-3", page.QuerySelector("input[name='Result.Score']")!.GetAttribute("value"));
        Assert.Equal("40", page.QuerySelector("input[name='Result.Rank']")!.GetAttribute("value"));
        Assert.Equal("Quyết định số 99/QĐ-BNV (thử)", page.QuerySelector("input[name='Result.SourceDocument']")!.GetAttribute("value"));
        Assert.Equal("Công khai, minh bạch", page.QuerySelector("input[name='Result.PillarNames[0]']")!.GetAttribute("value"));
        Assert.Equal(0L, await CountAsync("sipas", 2013));

        var tooEarly = await Forms.SubmitAsync(secretariat, Sipas, ResultForm, Result(1990, "80"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooEarly.StatusCode);
        Assert.Contains("Năm phải từ 2000 đến", (await Html.ParseAsync(tooEarly)).Text(), StringComparison.Ordinal);

        var noTarget = await Forms.SubmitAsync(secretariat, Sipas, TargetForm, new Dictionary<string, string> { ["Target.Year"] = "2013", ["Target.SourceDocument"] = "Kế hoạch (thử)" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noTarget.StatusCode);
        Assert.Contains("Hãy nhập điểm hoặc thứ hạng cần đạt.", (await Html.ParseAsync(noTarget)).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_entered_twice_is_refused_and_a_correction_on_a_stale_page_is_not_written_over()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var homeAffairs = await host.SignInForAgencyAsync("son-la", "so-noi-vu");
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(secretariat, Papi, ResultForm, Result(2014, "39", "30", "63"))).StatusCode);

        var twice = await Forms.SubmitAsync(homeAffairs, Papi, ResultForm, Result(2014, "45", "10", "63"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Contains("Năm 2014 đã có kết quả PAPI", (await Html.ParseAsync(twice)).Text(), StringComparison.Ordinal);

        var first = await Forms.OpenAsync(secretariat, Papi + "?nam=2014", ResultForm);
        var second = await Forms.OpenAsync(homeAffairs, Papi + "?nam=2014", ResultForm);
        Assert.Contains(first.Fields, f => f.Key == "Result.Version");
        Assert.Equal(HttpStatusCode.OK, (await second.SendAsync(homeAffairs, new Dictionary<string, string> { ["Result.Score"] = "39,5" })).StatusCode);

        var stale = await first.SendAsync(secretariat, new Dictionary<string, string> { ["Result.Score"] = "50" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var page = await Html.ParseAsync(stale);
        Assert.Contains("Kết quả năm này vừa được người khác cập nhật", page.Text(), StringComparison.Ordinal);
        Assert.Equal("50", page.QuerySelector("input[name='Result.Score']")!.GetAttribute("value"));
        Assert.Equal(39.5m, await host.Database.ScalarAsync<decimal>("select score from indices.results where province = 'son-la' and index_key = 'papi' and year = 2014"));
    }

    [Fact]
    public async Task A_target_corrected_on_a_stale_page_is_refused_and_the_first_correction_stays()
    {
        var finance = await host.SignInForAgencyAsync("son-la", "so-tai-chinh");
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var popi = "/son-la/chi-so/popi";
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(finance, popi, TargetForm, new Dictionary<string, string>
        {
            ["Target.Year"] = "2016", ["Target.Score"] = "70", ["Target.SourceDocument"] = "Kế hoạch công khai ngân sách 2016 (thử)",
        })).StatusCode);

        var first = await Forms.OpenAsync(finance, popi + "?nam=2016", TargetForm);
        var second = await Forms.OpenAsync(secretariat, popi + "?nam=2016", TargetForm);
        Assert.Equal(HttpStatusCode.OK, (await second.SendAsync(secretariat, new Dictionary<string, string> { ["Target.Score"] = "75" })).StatusCode);
        var stale = await first.SendAsync(finance, new Dictionary<string, string> { ["Target.Score"] = "80" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Chỉ tiêu năm này vừa được người khác cập nhật", (await Html.ParseAsync(stale)).Text(), StringComparison.Ordinal);
        Assert.Equal(75m, await host.Database.ScalarAsync<decimal>("select score from indices.targets where province = 'son-la' and index_key = 'popi' and year = 2016"));
    }

    [Fact]
    public async Task The_DTI_trend_is_an_SVG_with_its_data_table_and_the_target_says_whether_it_was_met()
    {
        var dost = await host.SignInForAgencyAsync("son-la", "so-khcn");
        var typed = Result(2015, "0,6", "12", "63", body: "Bộ Thông tin và Truyền thông", document: "Báo cáo DTI 2015 (thử)");
        // 2015 is before the demo's DTI methodology: its score is kept as published, with no pillar (none can be made up).
        foreach (var k in Enumerable.Range(0, 8))
        {
            typed[$"Result.PillarNames[{k}]"] = "";
        }

        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(dost, Dti, ResultForm, typed)).StatusCode);
        var target = await Forms.SubmitAsync(dost, Dti, TargetForm, new Dictionary<string, string>
        {
            ["Target.Year"] = "2015", ["Target.Rank"] = "15", ["Target.SourceDocument"] = "Kế hoạch chuyển đổi số 2015 (thử)",
        });
        Assert.Equal(HttpStatusCode.OK, target.StatusCode);

        var reader = await host.SignInAsync("son-la.member");
        var page = await Html.GetAsync(reader, Dti);

        var svg = page.QuerySelector("svg.trend-chart")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Contains("Điểm và thứ hạng DTI", svg.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(svg.QuerySelectorAll("polyline.score-line"));
        Assert.NotEmpty(svg.QuerySelectorAll("polyline.rank-line"));
        // Each year of the table is a labelled point of the chart: its year, its score and its rank.
        var years = page.QuerySelectorAll("table.trend-table tbody th[scope=row]").Select(th => th.Text()).ToList();
        Assert.Equal(years, svg.QuerySelectorAll("text.year").Select(t => t.TextContent).ToList());
        Assert.Contains("0,6", svg.QuerySelectorAll("text.value").Select(t => t.TextContent));
        Assert.Contains("12/63", svg.QuerySelectorAll("text.value").Select(t => t.TextContent));
        Assert.Equal(2, svg.QuerySelectorAll("text.axis-label").Length);
        var row = page.QuerySelector("table.trend-table tr[data-year='2015']")!;
        Assert.Equal("0,6", row.QuerySelector("td.score")!.Text());
        Assert.Equal("12 trên 63", row.QuerySelector("td.rank")!.Text());
        Assert.Contains("Hạng 15 trở lên", row.Text(), StringComparison.Ordinal);
        Assert.Contains("Đạt", row.Text(), StringComparison.Ordinal);
        Assert.Contains("Báo cáo DTI 2015 (thử)", row.Text(), StringComparison.Ordinal);
        // The demo's years are there too, marked as demo values.
        Assert.True(page.QuerySelectorAll("table.trend-table tbody tr").Length >= 4);
        Assert.Contains("(demo)", page.QuerySelector("table.trend-table")!.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form.index-result"));

        var overview = await Html.GetAsync(reader, "/son-la/chi-so");
        var dti = overview.QuerySelector("tr[data-index='dti']")!;
        Assert.Contains("Sở Khoa học và Công nghệ", dti.Text(), StringComparison.Ordinal);
        Assert.Contains("Điều 8.2", dti.Text(), StringComparison.Ordinal);
        Assert.Equal(7, overview.QuerySelectorAll("tr[data-index]").Length);

        // The home page's panel: the latest result of each index entered, against its year's target.
        var home = await Html.GetAsync(reader, "/son-la");
        var panel = home.QuerySelector("#home-indices-panel")!;
        Assert.NotNull(panel.QuerySelector("li[data-index='dti']"));
        Assert.NotNull(panel.QuerySelector("li[data-index='papi'] .badge.ok"));
    }

    [Fact]
    public async Task Dak_Lak_whose_regulation_names_no_index_says_so_plainly()
    {
        var client = await host.SignInAsync("dak-lak.secretariat");

        var page = await Html.GetAsync(client, "/dak-lak/chi-so");

        Assert.NotNull(page.QuerySelector("#no-indices"));
        Assert.Contains("Quy chế của tỉnh không giao cơ quan nào theo dõi chỉ số", page.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dak-lak/chi-so/dti")).StatusCode);
        Assert.Null((await Html.GetAsync(client, "/dak-lak")).QuerySelector("#home-indices-panel"));
    }
}
