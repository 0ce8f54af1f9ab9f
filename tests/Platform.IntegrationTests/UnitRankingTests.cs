using System.Net;

namespace Platform.IntegrationTests;

/// <summary>
/// Sơn La, Art. 8.2: DOST organises measuring the DTI of the province's own agencies and localities. Its pack states a
/// unit ranking for the DTI; DOST's focal points or the standing agency enter a year's table of units (pasted from a
/// sheet), the page ranks it by score — agencies and localities apart, equal scores sharing a rank — and cites the
/// article; a bad line is refused with its number, nothing saved; a year entered twice is refused unless corrected
/// from the page it was read on.
/// </summary>
public sealed class UnitRankingTests(MeetingHost host) : IClassFixture<MeetingHost>
{
    private const string Rows = "textarea[name='Units.Rows']";

    private static string Cells(AngleSharp.Dom.IElement row) => string.Join(' ', row.Children.Select(c => c.Text()));

    private static string Units(int year) => $"/son-la/chi-so/dti/don-vi/{year}";

    private Task<long> CountAsync(int year) =>
        host.Database.ScalarAsync<long>($"select count(*) from indices.unit_scores u join indices.unit_rankings r on r.id = u.ranking_id where r.province = 'son-la' and r.index_key = 'dti' and r.year = {year}");

    [Fact]
    public async Task Son_La_DOST_enters_the_units_DTI_and_the_page_ranks_agencies_and_localities_apart_citing_Art_8_2()
    {
        var dost = await host.SignInForAgencyAsync("son-la", "so-khcn");
        var table = "Sở Y tế\t0,61\tcơ quan\nXã Chiềng Cơi; 0,70; địa phương\nSở Tư pháp;0,72;cơ quan\nSở Xây dựng | 0,61 | cơ quan\nPhường Tô Hiệu\t0,55\tđịa phương\n";

        var saved = await Forms.SubmitAsync(dost, Units(2004), Rows, new Dictionary<string, string> { ["Units.Rows"] = table });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var page = await Html.ParseAsync(saved);
        Assert.Contains("Đã lưu bảng xếp hạng các đơn vị.", page.Text(), StringComparison.Ordinal);
        Assert.Contains("Sơn La, Điều 8.2", page.Text(), StringComparison.Ordinal);
        var agencies = page.QuerySelectorAll("#ranking-agencies tbody tr").Select(Cells).ToList();
        Assert.Equal(["1 Sở Tư pháp 0,72", "2 Sở Y tế 0,61", "2 Sở Xây dựng 0,61"], agencies);
        var localities = page.QuerySelectorAll("#ranking-localities tbody tr").Select(Cells).ToList();
        Assert.Equal(["1 Xã Chiềng Cơi 0,7", "2 Phường Tô Hiệu 0,55"], localities);
        Assert.Equal(5L, await CountAsync(2004));

        // The DTI's page links to its units' ranking; PAPI, for which the pack states none, has no such page.
        var dti = await Html.GetAsync(dost, "/son-la/chi-so/dti");
        Assert.Equal("/son-la/chi-so/dti/don-vi", dti.QuerySelector("#unit-ranking-link a")?.GetAttribute("href"));
        Assert.Null((await Html.GetAsync(dost, "/son-la/chi-so/papi")).QuerySelector("#unit-ranking-link"));
        Assert.Equal(HttpStatusCode.NotFound, (await dost.GetAsync("/son-la/chi-so/papi/don-vi/2004")).StatusCode);
        // Without a year the page opens on the newest year entered.
        var newest = await host.Database.ScalarAsync<int>("select max(year) from indices.unit_rankings where province = 'son-la' and index_key = 'dti'");
        var opened = await Html.GetAsync(dost, "/son-la/chi-so/dti/don-vi");
        Assert.Equal(newest.ToString(System.Globalization.CultureInfo.InvariantCulture), opened.QuerySelector("nav strong[aria-current='page']")?.Text());
        Assert.NotNull(opened.QuerySelector("table.unit-ranking"));
        // The "open a year" form leads to that year's address.
        var chosen = await dost.GetAsync("/son-la/chi-so/dti/don-vi?nam=2004");
        Assert.Equal("/son-la/chi-so/dti/don-vi/2004", chosen.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.NotFound, (await dost.GetAsync("/son-la/chi-so/dti/don-vi?nam=1999")).StatusCode);
    }

    [Fact]
    public async Task Only_DOST_Art_8_2_or_the_secretariat_enters_the_units_ranking()
    {
        var homeAffairs = await host.SignInForAgencyAsync("son-la", "so-noi-vu");
        var member = await host.SignInAsync("son-la.member");
        var secretariat = await host.SignInAsync("son-la.secretariat");

        Assert.False(await Forms.OffersAsync(homeAffairs, Units(2005), Rows));
        Assert.False(await Forms.OffersAsync(member, Units(2005), Rows));
        var refused = await Forms.PostAsync(homeAffairs, Units(2005), Units(2005), new Dictionary<string, string> { ["Units.Rows"] = "Sở Y tế; 0,5" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var why = (await Html.ParseAsync(refused)).Text();
        Assert.Contains("Chỉ đầu mối của Sở Khoa học và Công nghệ", why, StringComparison.Ordinal);
        Assert.Contains("Điều 8.2", why, StringComparison.Ordinal);
        Assert.Equal(0L, await CountAsync(2005));

        var bySecretariat = await Forms.SubmitAsync(secretariat, Units(2005), Rows, new Dictionary<string, string> { ["Units.Rows"] = "Sở Y tế; 0,5" });
        Assert.Equal(HttpStatusCode.OK, bySecretariat.StatusCode);
        Assert.Equal(1L, await CountAsync(2005));
        // Everyone in the province reads it.
        Assert.Contains("Sở Y tế", (await Html.GetAsync(member, Units(2005))).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_lines_are_refused_each_named_by_its_number_nothing_is_saved_and_the_table_stays_as_typed()
    {
        var dost = await host.SignInForAgencyAsync("son-la", "so-khcn");
        var typed = "Sở Y tế\t0,61\nSở Tư pháp\tabc\nSở Y tế\t0,7\nXã Mường Bú\t0,4\thuyện đảo\nSở Nội vụ;0,5;cơ quan;thừa";

        var refused = await Forms.SubmitAsync(dost, Units(2006), Rows, new Dictionary<string, string> { ["Units.Rows"] = typed });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        var text = page.Text();
        Assert.Contains("Dòng 2 (Sở Tư pháp): điểm “abc” không phải là một số không âm", text, StringComparison.Ordinal);
        Assert.Contains("Dòng 3: đơn vị “Sở Y tế” đã có ở dòng 1.", text, StringComparison.Ordinal);
        Assert.Contains("Dòng 4 (Xã Mường Bú): loại “huyện đảo” phải là “cơ quan” hoặc “địa phương”.", text, StringComparison.Ordinal);
        Assert.Contains("Dòng 5: cần tên đơn vị và điểm", text, StringComparison.Ordinal);
        Assert.Equal(typed, page.QuerySelector("textarea[name='Units.Rows']")!.TextContent.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\n'));
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("select count(*) from indices.unit_rankings where province = 'son-la' and year = 2006"));

        var empty = await Forms.SubmitAsync(dost, Units(2006), Rows, new Dictionary<string, string> { ["Units.Rows"] = "  \n" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Hãy nhập ít nhất một đơn vị với điểm của nó.", (await Html.ParseAsync(empty)).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_entered_twice_is_refused_a_correction_from_the_page_is_saved_and_a_stale_one_is_refused()
    {
        var dost = await host.SignInForAgencyAsync("son-la", "so-khcn");
        var first = await Forms.SubmitAsync(dost, Units(2007), Rows, new Dictionary<string, string> { ["Units.Rows"] = "Sở Y tế; 0,5\nSở Công Thương; 0,6" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // Entering the year again as new (without the version the page carries) is refused.
        var again = await Forms.PostAsync(dost, Units(2007), Units(2007), new Dictionary<string, string> { ["Units.Rows"] = "Sở Y tế; 0,9" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("Năm 2007 đã có bảng xếp hạng DTI của các đơn vị", (await Html.ParseAsync(again)).Text(), StringComparison.Ordinal);

        // The page offers the year's table to correct, with its version; two users open it, the first saves, the second is refused.
        var opened = await Forms.OpenAsync(dost, Units(2007), Rows);
        Assert.Contains(opened.Fields, f => f.Key == "Units.Version");
        Assert.Contains(opened.Fields, f => f.Key == "Units.Rows" && f.Value.Contains("Sở Công Thương\t0,6", StringComparison.Ordinal));
        var stale = await Forms.OpenAsync(dost, Units(2007), Rows);
        var corrected = await opened.SendAsync(dost, new Dictionary<string, string> { ["Units.Rows"] = "Sở Y tế; 0,8\nSở Công Thương; 0,6\nSở Nội vụ; 0,7" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(3L, await CountAsync(2007));
        var ranks = (await Html.ParseAsync(corrected)).QuerySelectorAll("#ranking-units tbody tr").Select(Cells).ToList();
        Assert.Equal(["1 Sở Y tế 0,8", "2 Sở Nội vụ 0,7", "3 Sở Công Thương 0,6"], ranks);

        var late = await stale.SendAsync(dost, new Dictionary<string, string> { ["Units.Rows"] = "Sở Y tế; 0,1" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(3L, await CountAsync(2007));
    }

    [Fact]
    public async Task Dak_Lak_whose_regulation_names_no_index_has_no_units_ranking()
    {
        var dakLak = await host.SignInAsync("dak-lak.secretariat");

        Assert.Equal(HttpStatusCode.NotFound, (await dakLak.GetAsync("/dak-lak/chi-so/dti/don-vi/2004")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dakLak.GetAsync(Units(2004))).StatusCode);
    }
}
