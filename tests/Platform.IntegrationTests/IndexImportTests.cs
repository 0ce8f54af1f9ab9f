using System.Net;
using System.Text;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Importing a year's result from the publisher's ranking table (CSV or Excel): the whole table is checked against the
/// methodology in force that year, the province's row is previewed, and only a confirmation records it — with the
/// number of provinces ranked taken from the table. A file in another layout, a score outside the scale, a rank above
/// the number ranked, a pillar the methodology does not have or a year already recorded refuse the file, row and column
/// named, and nothing is imported.
/// </summary>
public sealed class IndexImportTests(MeetingHost host) : IClassFixture<MeetingHost>
{
    private const string ParIndex = "/son-la/chi-so/par-index";
    private const string Import = ParIndex + "/nhap";
    private const string FileForm = "input[name='Table']";
    private const string Csv = "text/csv";

    private async Task<HttpClient> HomeAffairsWithMethodologyAsync()
    {
        var homeAffairs = await host.SignInForAgencyAsync("son-la", "so-noi-vu");
        if (await host.Database.ScalarAsync<long>("select count(*) from indices.methodologies where province = 'son-la' and index_key = 'par-index'") == 0)
        {
            var saved = await Forms.SubmitAsync(homeAffairs, ParIndex + "/phuong-phap", "input[name='Method.ScaleMax']", new Dictionary<string, string>
            {
                ["Method.FromYear"] = "2018", ["Method.ScaleMax"] = "100", ["Method.SourceDocument"] = "Quyết định phê duyệt Chỉ số CCHC (thử)",
                ["Method.PillarNames[0]"] = "Cải cách thủ tục hành chính", ["Method.PillarMaxes[0]"] = "15",
                ["Method.PillarNames[1]"] = "Xây dựng chính quyền điện tử, chính quyền số", ["Method.PillarMaxes[1]"] = "15",
            });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        return homeAffairs;
    }

    private static Dictionary<string, string> Source(int year) => new()
    {
        ["Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SourceBody"] = "Bộ Nội vụ",
        ["SourceDocument"] = $"Quyết định công bố Chỉ số CCHC năm {year} (thử)",
        ["SourceDate"] = "15/04/2022",
    };

    private Task<long> ResultsAsync(int year) =>
        host.Database.ScalarAsync<long>($"select count(*) from indices.results where province = 'son-la' and index_key = 'par-index' and year = {year}");

    [Fact]
    public async Task A_good_ranking_table_is_previewed_then_recorded_with_the_number_ranked_from_the_table()
    {
        var homeAffairs = await HomeAffairsWithMethodologyAsync();
        var csv = """
            STT;Tỉnh/thành phố;Điểm;Xếp hạng;Cải cách thủ tục hành chính;Xây dựng chính quyền điện tử, chính quyền số
            1;Quảng Ninh;91,5;1;14,2;14,8
            2;Tỉnh Sơn La;84,25;2;13,1;12,5
            3;Điện Biên;80,1;3;12;11,9
            """;
        var form = await Forms.OpenAsync(homeAffairs, Import, FileForm);

        var preview = await form.UploadAsync(homeAffairs, "par-index-2021.csv", Encoding.UTF8.GetBytes(csv), Csv, Source(2021));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = await Html.ParseAsync(preview);
        var table = page.QuerySelector("table.import-preview")!.Text();
        Assert.Contains("84,25", table, StringComparison.Ordinal);
        Assert.Contains("2 trên 3", table, StringComparison.Ordinal);
        Assert.Contains("12,5", table, StringComparison.Ordinal);
        Assert.Equal(0L, await ResultsAsync(2021)); // nothing is recorded before the confirmation

        var confirm = page.QuerySelector("form input[name='FileContent']")!.Closest("form")!;
        var confirmed = await homeAffairs.PostAsync(confirm.GetAttribute("action"), new FormUrlEncodedContent(Forms.Fields(confirm)));

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Đã nhập kết quả từ tệp.", (await Html.ParseAsync(confirmed)).Text(), StringComparison.Ordinal);
        Assert.Equal(1L, await ResultsAsync(2021));
        Assert.Equal(3, await host.Database.ScalarAsync<int>("select ranked_of from indices.results where province = 'son-la' and index_key = 'par-index' and year = 2021"));
        Assert.Equal(84.25m, await host.Database.ScalarAsync<decimal>("select score from indices.results where province = 'son-la' and index_key = 'par-index' and year = 2021"));
        Assert.Equal(2L, await host.Database.ScalarAsync<long>(
            "select count(*) from indices.pillars p join indices.results r on r.id = p.result_id where r.index_key = 'par-index' and r.year = 2021"));

        // The same year again, from an Excel workbook this time: refused, the first import kept.
        var again = await (await Forms.OpenAsync(homeAffairs, Import, FileForm)).UploadAsync(homeAffairs, "par-index-2021.xlsx",
            SampleFiles.XlsxTable(["Tỉnh/thành phố", "Điểm", "Xếp hạng"], ["Sơn La", 70, 1]),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Source(2021));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("Năm 2021 đã có kết quả PAR INDEX", (await Html.ParseAsync(again)).Text(), StringComparison.Ordinal);
        Assert.Equal(84.25m, await host.Database.ScalarAsync<decimal>("select score from indices.results where province = 'son-la' and index_key = 'par-index' and year = 2021"));
    }

    [Fact]
    public async Task An_Excel_workbook_in_the_publishers_layout_is_imported()
    {
        var homeAffairs = await HomeAffairsWithMethodologyAsync();
        var bytes = SampleFiles.XlsxTable(
            ["STT", "Địa phương", "Tổng điểm", "Xếp hạng", "Cải cách thủ tục hành chính"],
            [1, "Lai Châu", 88.5, 1, 14],
            [2, "Sơn La", 86.75, 2, 13.5]);

        var preview = await (await Forms.OpenAsync(homeAffairs, Import, FileForm)).UploadAsync(homeAffairs, "cchc.xlsx", bytes,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Source(2020));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var confirm = (await Html.ParseAsync(preview)).QuerySelector("form input[name='FileContent']")!.Closest("form")!;
        Assert.Equal(HttpStatusCode.OK, (await homeAffairs.PostAsync(confirm.GetAttribute("action"), new FormUrlEncodedContent(Forms.Fields(confirm)))).StatusCode);
        Assert.Equal(86.75m, await host.Database.ScalarAsync<decimal>("select score from indices.results where province = 'son-la' and index_key = 'par-index' and year = 2020"));
    }

    [Fact]
    public async Task A_bad_table_is_refused_row_and_column_named_and_nothing_is_imported()
    {
        var homeAffairs = await HomeAffairsWithMethodologyAsync();
        var csv = """
            Tỉnh/thành phố,Điểm,Xếp hạng,Cải cách thủ tục hành chính,Đào tạo công chức
            Quảng Ninh,104,1,"14,2",3
            Sơn La,"84,25",7,"16",2
            Điện Biên,abc,3,12,1
            """;

        var refused = await (await Forms.OpenAsync(homeAffairs, Import, FileForm)).UploadAsync(homeAffairs, "sai.csv", Encoding.UTF8.GetBytes(csv), Csv, Source(2019));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        var problems = page.QuerySelectorAll("#import-problems li").Select(li => li.Text()).ToList();
        Assert.Contains("Dòng 1, cột “Đào tạo công chức”: không phải chỉ số thành phần của phương pháp áp dụng từ năm 2018, cũng không phải cột tỉnh, điểm hay thứ hạng.", problems);
        Assert.Contains("Dòng 2, cột “Điểm”: 104 nằm ngoài thang điểm 0–100.", problems);
        Assert.Contains("Dòng 3, cột “Cải cách thủ tục hành chính”: 16 nằm ngoài thang điểm 0–15.", problems);
        Assert.Contains("Dòng 4, cột “Điểm”: “abc” không phải một số.", problems);
        Assert.Contains("Dòng 3, cột “Xếp hạng”: thứ hạng 7 lớn hơn số tỉnh được xếp hạng trong bảng (3).", problems);
        Assert.Null(page.QuerySelector("input[name='FileContent']"));
        Assert.Equal(0L, await ResultsAsync(2019));

        // A table in another layout: no province column.
        var other = await (await Forms.OpenAsync(homeAffairs, Import, FileForm)).UploadAsync(homeAffairs, "khac.csv",
            Encoding.UTF8.GetBytes("Năm,Giá trị\n2019,80\n"), Csv, Source(2019));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Contains("Dòng tiêu đề không có cột tên tỉnh", (await Html.ParseAsync(other)).Text(), StringComparison.Ordinal);

        // A table without the province's own row.
        var missing = await (await Forms.OpenAsync(homeAffairs, Import, FileForm)).UploadAsync(homeAffairs, "thieu.csv",
            Encoding.UTF8.GetBytes("Tỉnh,Điểm\nLai Châu,80\n"), Csv, Source(2019));
        Assert.Contains("Bảng không có dòng của Sơn La", (await Html.ParseAsync(missing)).Text(), StringComparison.Ordinal);
        Assert.Equal(0L, await ResultsAsync(2019));
    }

    [Fact]
    public async Task Only_the_owning_agency_or_the_secretariat_imports_and_a_confirmation_by_another_is_refused()
    {
        var finance = await host.SignInForAgencyAsync("son-la", "so-tai-chinh");

        var page = await finance.GetAsync(Import);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("Điều 8.3", (await Html.ParseAsync(page)).Text(), StringComparison.Ordinal);
        var forged = await Forms.PostAsync(finance, "/son-la/chi-so/pci", Import + "?handler=Confirm", new Dictionary<string, string>(Source(2017))
        {
            ["FileName"] = "a.csv",
            ["FileContent"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("Tỉnh,Điểm\nSơn La,80\n")),
        });
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(0L, await ResultsAsync(2017));
    }
}
