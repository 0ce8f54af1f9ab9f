using System.Net;

namespace Platform.IntegrationTests;

/// <summary>
/// An index's methodology as data kept by its owning agency, versioned by year (methodologies change): a year's result
/// is checked against the version in force that year — its scale and its pillars — and a version that would leave
/// recorded results outside it is refused; the index page shows the pillars that fell most, the gap to the next target,
/// and the overview shows one agency's indices.
/// </summary>
public sealed class IndexMethodologyTests(MeetingHost host) : IClassFixture<MeetingHost>
{
    private const string Pci = "/son-la/chi-so/pci";
    private const string Method = Pci + "/phuong-phap";
    private const string MethodForm = "input[name='Method.ScaleMax']";
    private const string ResultForm = "input[name='Result.Score']";

    private static Dictionary<string, string> Version(int from, string scale, params (string Name, string Max)[] pillars)
    {
        var typed = new Dictionary<string, string>
        {
            ["Method.FromYear"] = from.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Method.ScaleMax"] = scale,
            ["Method.SourceDocument"] = $"Báo cáo PCI {from} của VCCI (thử)",
        };
        for (var i = 0; i < pillars.Length; i++)
        {
            typed[$"Method.PillarNames[{i}]"] = pillars[i].Name;
            typed[$"Method.PillarMaxes[{i}]"] = pillars[i].Max;
        }

        return typed;
    }

    private static Dictionary<string, string> Result(int year, string score, params (string Name, string Score)[] pillars)
    {
        var typed = new Dictionary<string, string>
        {
            ["Result.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Result.Score"] = score,
            ["Result.Rank"] = "",
            ["Result.RankedOf"] = "",
            ["Result.SourceBody"] = "VCCI",
            ["Result.SourceDocument"] = $"Báo cáo PCI {year} (thử)",
        };
        for (var i = 0; i < 8; i++)
        {
            typed[$"Result.PillarNames[{i}]"] = i < pillars.Length ? pillars[i].Name : "";
            typed[$"Result.PillarScores[{i}]"] = i < pillars.Length ? pillars[i].Score : "";
        }

        return typed;
    }

    private Task<long> ResultsAsync(int year) =>
        host.Database.ScalarAsync<long>($"select count(*) from indices.results where province = 'son-la' and index_key = 'pci' and year = {year}");

    [Fact]
    public async Task Son_La_Finance_Art_9_2b_states_the_PCI_methodology_and_a_result_outside_it_is_refused_field_by_field()
    {
        var finance = await host.SignInForAgencyAsync("son-la", "so-tai-chinh");
        var member = await host.SignInAsync("son-la.member");
        Assert.False(await Forms.OffersAsync(member, Method, MethodForm));
        var refused = await Forms.PostAsync(member, Method, Method, Version(2019, "100", ("Tính minh bạch", "10")));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Điều 9.2b", (await Html.ParseAsync(refused)).Text(), StringComparison.Ordinal);

        var saved = await Forms.SubmitAsync(finance, Method, MethodForm, Version(2019, "100", ("Chi phí gia nhập thị trường", "10"), ("Tính minh bạch", "10")));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var page = await Html.ParseAsync(saved);
        Assert.Contains("Đã lưu phương pháp đánh giá.", page.Text(), StringComparison.Ordinal);
        Assert.Contains("Tính minh bạch", page.QuerySelector("section.methodology[data-from='2019']")!.Text(), StringComparison.Ordinal);

        // A new year's form offers the methodology's pillars by name.
        var form = await Html.GetAsync(finance, Pci);
        Assert.Equal("Chi phí gia nhập thị trường", form.QuerySelector("input[name='Result.PillarNames[0]']")!.GetAttribute("value"));

        var outside = await Forms.SubmitAsync(finance, Pci, ResultForm, Result(2020, "120", ("Tính minh bạch", "11"), ("Đào tạo lao động", "5")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        var text = (await Html.ParseAsync(outside)).Text();
        Assert.Contains("Điểm phải từ 0 đến 100 (thang điểm của phương pháp áp dụng từ năm 2019).", text, StringComparison.Ordinal);
        Assert.Contains("Điểm “Tính minh bạch” phải từ 0 đến 10.", text, StringComparison.Ordinal);
        Assert.Contains("“Đào tạo lao động” không phải chỉ số thành phần của phương pháp áp dụng cho năm 2020 (từ năm 2019).", text, StringComparison.Ordinal);
        Assert.Equal(0L, await ResultsAsync(2020));

        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(finance, Pci, ResultForm, Result(2020, "64,5", ("tính minh bạch", "6,1")))).StatusCode);
        Assert.Equal(1L, await ResultsAsync(2020));
    }

    [Fact]
    public async Task A_new_version_governs_the_years_from_its_own_and_a_version_that_would_orphan_recorded_pillars_is_refused()
    {
        var secretariat = await host.SignInAsync("son-la.secretariat");
        const string Sipas = "/son-la/chi-so/sipas";
        var typed = Version(2016, "100", ("Tiếp cận dịch vụ", ""), ("Thủ tục hành chính", ""));
        typed["Method.SourceDocument"] = "Quyết định phương pháp SIPAS (thử)";
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(secretariat, Sipas + "/phuong-phap", MethodForm, typed)).StatusCode);
        var v2 = Version(2018, "100", ("Tiếp cận dịch vụ", ""), ("Kết quả phục vụ", ""));
        v2["Method.SourceDocument"] = "Quyết định phương pháp SIPAS mới (thử)";
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(secretariat, Sipas + "/phuong-phap", MethodForm, v2)).StatusCode);

        // 2017 is under the first version, 2018 under the second.
        var r2017 = Result(2017, "80", ("Thủ tục hành chính", "70"));
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(secretariat, Sipas, ResultForm, r2017)).StatusCode);
        var r2018 = await Forms.SubmitAsync(secretariat, Sipas, ResultForm, Result(2018, "81", ("Thủ tục hành chính", "72")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r2018.StatusCode);
        Assert.Contains("không phải chỉ số thành phần của phương pháp áp dụng cho năm 2018 (từ năm 2018)", (await Html.ParseAsync(r2018)).Text(), StringComparison.Ordinal);

        // Dropping "Thủ tục hành chính" from the first version would leave 2017's score outside it: refused, named.
        var open = await Forms.OpenAsync(secretariat, Sipas + "/phuong-phap?tu-nam=2016", MethodForm);
        var dropped = await open.SendAsync(secretariat, new Dictionary<string, string> { ["Method.PillarNames[1]"] = "" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, dropped.StatusCode);
        Assert.Contains("năm 2017 có điểm chỉ số thành phần “Thủ tục hành chính” mà phương pháp không còn", (await Html.ParseAsync(dropped)).Text(), StringComparison.Ordinal);
        Assert.Equal(2L, await host.Database.ScalarAsync<long>(
            "select count(*) from indices.methodology_pillars p join indices.methodologies m on m.id = p.methodology_id where m.index_key = 'sipas' and m.from_year = 2016"));

        // Without any methodology the score alone is kept, but no pillar can be made up by the form.
        var popi = await Forms.SubmitAsync(secretariat, "/son-la/chi-so/popi", ResultForm, Result(2019, "55", ("Công khai dự toán", "10")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, popi.StatusCode);
        Assert.Contains("Năm 2019 chưa có phương pháp đánh giá POPI", (await Html.ParseAsync(popi)).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_index_page_names_the_pillars_that_fell_most_since_last_year_and_the_gap_to_the_next_target()
    {
        var office = await host.SignInForAgencyAsync("son-la", "van-phong-ubnd");
        const string Service = "/son-la/chi-so/chi-so-phuc-vu";
        var method = Version(2019, "100", ("Công khai, minh bạch", "20"), ("Tiến độ giải quyết", "20"), ("Dịch vụ trực tuyến", "20"), ("Mức độ hài lòng", "20"));
        method["Method.SourceDocument"] = "Quyết định 766/QĐ-TTg (thử)";
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(office, Service + "/phuong-phap", MethodForm, method)).StatusCode);
        var y2020 = Result(2020, "80", ("Công khai, minh bạch", "18"), ("Tiến độ giải quyết", "19"), ("Dịch vụ trực tuyến", "15"), ("Mức độ hài lòng", "16"));
        y2020["Result.Rank"] = "12";
        y2020["Result.RankedOf"] = "63";
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(office, Service, ResultForm, y2020)).StatusCode);
        var y2021 = Result(2021, "74", ("Công khai, minh bạch", "17,5"), ("Tiến độ giải quyết", "13"), ("Dịch vụ trực tuyến", "16"), ("Mức độ hài lòng", "12"));
        y2021["Result.Rank"] = "25";
        y2021["Result.RankedOf"] = "63";
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(office, Service, ResultForm, y2021)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(office, Service, "input[name='Target.SourceDocument']", new Dictionary<string, string>
        {
            ["Target.Year"] = "2022", ["Target.Score"] = "80", ["Target.Rank"] = "20", ["Target.SourceDocument"] = "Kế hoạch cải cách hành chính 2022 (thử)",
        })).StatusCode);

        var page = await Html.GetAsync(await host.SignInAsync("son-la.member"), Service);

        var fallen = page.QuerySelectorAll("ol.fallen li").Select(li => li.GetAttribute("data-pillar")).ToList();
        Assert.Equal(["Tiến độ giải quyết", "Mức độ hài lòng", "Công khai, minh bạch"], fallen);
        Assert.Contains("so với năm 2020", page.QuerySelector("#fallen")!.Text(), StringComparison.Ordinal);
        var gap = page.QuerySelector("#target-gap")!.Text();
        Assert.Contains("Khoảng cách tới chỉ tiêu năm 2022", gap, StringComparison.Ordinal);
        Assert.Contains("còn thiếu 6 điểm", gap, StringComparison.Ordinal);
        Assert.Contains("cần tăng 5 bậc (từ hạng 25 lên hạng 20)", gap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Per_agency_the_overview_shows_the_indices_in_its_care_Home_Affairs_Art_8_3()
    {
        var page = await Html.GetAsync(await host.SignInAsync("son-la.member"), "/son-la/chi-so?co-quan=so-noi-vu");

        var shown = page.QuerySelectorAll("tr[data-index]").Select(tr => tr.GetAttribute("data-index")).ToList();
        Assert.Equal(["par-index", "sipas", "papi"], shown);
        Assert.Contains("Sở Nội vụ", page.QuerySelector("#agency-view")!.Text(), StringComparison.Ordinal);
        Assert.Equal("so-noi-vu", page.QuerySelector("select[name='co-quan'] option[selected]")!.GetAttribute("value"));

        var unknown = await Html.GetAsync(await host.SignInAsync("son-la.member"), "/son-la/chi-so?co-quan=khong-co");
        Assert.Equal(7, unknown.QuerySelectorAll("tr[data-index]").Length);
    }
}
