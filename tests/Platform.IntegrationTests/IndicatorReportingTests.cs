using System.Net;
using AngleSharp.Dom;
using Platform.Core.Security;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Sơn La's indicators reported periodically (Sdk 1.6): the PPC Office gives the rate of records filed online in its
/// member's report (Art. 9.2a, reported under Art. 12.4), the Police the e-identity accounts activated and the data
/// cleaned in their thematic report on Project 06 (Art. 8.1, 12.5). The report asks the owning agency only, refuses a
/// figure that breaks its unit naming the indicator and keeping what was typed, and the submitted figure is the
/// indicator's figure for the period on the indices pages. Periods far in the future keep these reports apart from others.
/// </summary>
public sealed class IndicatorReportingTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string MemberSeat = "chanh-van-phong-ubnd"; // son-la.member's seat: the PPC Office
    private const string OtherSeat = "giam-doc-so-tai-chinh";
    private const string Police = "co-quan-thuong-truc-de-an-06";
    private const string OnlineRate = "Form.Figures[ho-so-truc-tuyen]";
    private const string Activations = "Form.Figures[tai-khoan-dinh-danh-kich-hoat]";
    private const string Cleaned = "Form.Figures[du-lieu-lam-sach]";

    public Task InitializeAsync()
    {
        host.Clock.Now = null;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        host.Clock.Now = null;
        return Task.CompletedTask;
    }

    private static DateTimeOffset Vietnam(int year, int month, int day) => new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();

    private static string Write(string period, string stage, string submitter) => $"/son-la/reports/write?ky={period}&buoc={stage}&ai={submitter}";

    private static string Input(string name) => $"input[name='{name}']";

    /// <summary>Opens the write page's form and sends it, as filled plus what is typed, to a handler (Save, Submit).</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string handler, IDictionary<string, string> typed)
    {
        var page = await Html.GetAsync(client, url);
        var button = page.QuerySelectorAll("button[formaction]").Single(b => b.GetAttribute("formaction")!.EndsWith("handler=" + handler, StringComparison.Ordinal));
        return await new OpenForm(button.GetAttribute("formaction")!, "application/x-www-form-urlencoded", Forms.Fields(button.Closest("form")!), null).SendAsync(client, typed);
    }

    private Task<long> FiguresAsync(string submitter, int year) => host.Database.ScalarAsync<long>($"""
        select count(*) from reporting.indicator_figures f join reporting.submissions s on s.id = f.submission_id
        where s.province = 'son-la' and s.submitter_key = '{submitter}' and s.year = {year}
        """);

    [Fact]
    public async Task Son_La_the_PPC_Office_report_asks_for_the_online_rate_citing_Art_9_2a_and_another_members_report_does_not()
    {
        host.Clock.Now = Vietnam(2033, 6, 2);
        var member = await host.SignInAsync("son-la.member");
        var other = await host.SignInHoldingAsync("son-la", OtherSeat, ProvinceRole.Member);

        var page = await Html.GetAsync(member, Write("Q2-2033", "thanh-vien", MemberSeat));
        var input = page.QuerySelector(Input(OnlineRate));
        Assert.NotNull(input);
        var label = page.QuerySelector($"label[for='{input.Id}']")!.Text();
        Assert.Contains("Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến", label, StringComparison.Ordinal);
        Assert.Contains("phần trăm, từ 0 đến 100", label, StringComparison.Ordinal);
        Assert.Contains("Điều 9.2a", label, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(Input(Activations)));

        var others = await Html.GetAsync(other, Write("Q2-2033", "thanh-vien", OtherSeat));
        Assert.NotNull(others.QuerySelector("textarea[name='Form.Results']"));
        Assert.Empty(others.QuerySelectorAll("input[name^='Form.Figures']"));
    }

    [Theory]
    [InlineData("120", "Chỉ tiêu “Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến” là tỷ lệ phần trăm: không quá 100.")]
    [InlineData("-3", "Chỉ tiêu “Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến”: số liệu không được âm.")]
    [InlineData("khoảng 80", "Chỉ tiêu “Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến”: “khoảng 80” không phải là một số.")]
    public async Task A_figure_that_breaks_its_unit_is_refused_naming_the_indicator_nothing_is_saved_and_the_form_keeps_what_was_typed(string typed, string message)
    {
        host.Clock.Now = Vietnam(2033, 3, 2);
        var member = await host.SignInAsync("son-la.member");
        var url = Write("Q1-2033", "thanh-vien", MemberSeat);

        var refused = await SendAsync(member, url, "Submit", new Dictionary<string, string> { ["Form.Results"] = "Kết quả quý một.", [OnlineRate] = typed });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains(message, page.QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.Contains(message, page.QuerySelector(".field-error")!.Text(), StringComparison.Ordinal);
        Assert.Equal(typed, page.QuerySelector(Input(OnlineRate))!.GetAttribute("value"));
        Assert.Equal("Kết quả quý một.", page.QuerySelector("textarea[name='Form.Results']")!.TextContent);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>(
            $"select count(*) from reporting.submissions where province = 'son-la' and submitter_key = '{MemberSeat}' and year = 2033 and number = 1 and period_kind = 0"));
    }

    [Fact]
    public async Task The_police_give_a_count_as_a_whole_number_and_may_save_a_draft_without_the_figures()
    {
        host.Clock.Now = Vietnam(2033, 9, 2);
        var secretariat = await host.SignInAsync("son-la.secretariat"); // writes the standing agencies' reports
        var url = Write("Q3-2033", "chuyen-de", Police);

        var fraction = await SendAsync(secretariat, url, "Save", new Dictionary<string, string> { ["Form.Results"] = "Đề án 06.", [Activations] = "12,5" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fraction.StatusCode);
        Assert.Contains("Chỉ tiêu “Số tài khoản định danh điện tử đã kích hoạt” là số đếm: hãy nhập số nguyên.", (await Html.ParseAsync(fraction)).Text(), StringComparison.Ordinal);

        var draft = await SendAsync(secretariat, url, "Save", new Dictionary<string, string> { ["Form.Results"] = "Đề án 06: đang tổng hợp." });
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Equal(0L, await FiguresAsync(Police, 2033));

        var saved = await SendAsync(secretariat, url, "Save", new Dictionary<string, string> { [Activations] = "1.234.567", [Cleaned] = "92,5%" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("1234567.0000,92.5000", await host.Database.ScalarAsync<string>($"""
            select string_agg(f.value::text, ',' order by f.indicator_key desc) from reporting.indicator_figures f join reporting.submissions s on s.id = f.submission_id
            where s.province = 'son-la' and s.submitter_key = '{Police}' and s.year = 2033 and s.number = 3
            """));
        var page = await Html.GetAsync(secretariat, url);
        Assert.Equal("1234567", page.QuerySelector(Input(Activations))!.GetAttribute("value"));
        Assert.Equal("92,5", page.QuerySelector(Input(Cleaned))!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_submitted_figure_is_on_the_report_and_is_the_indicators_figure_for_the_period_with_its_agency()
    {
        host.Clock.Now = Vietnam(2034, 6, 2);
        var member = await host.SignInAsync("son-la.member");
        var url = Write("Q2-2034", "thanh-vien", MemberSeat);

        var sent = await SendAsync(member, url, "Submit", new Dictionary<string, string> { ["Form.Results"] = "Kết quả quý hai.", [OnlineRate] = "87,5" });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var report = (await Html.ParseAsync(sent)).QuerySelector("article.document tr[data-indicator='ho-so-truc-tuyen']")!.Text();
        Assert.Contains("87,5%", report, StringComparison.Ordinal);

        // Whoever reads the province sees it on the indicator's page, with the period, the reporting office and the article.
        var viewer = await host.SignInAsync("son-la.viewer");
        var indicator = await Html.GetAsync(viewer, "/son-la/chi-so/chi-tieu/ho-so-truc-tuyen");
        Assert.Contains("Điều 9.2a", indicator.QuerySelector("main, body")!.Text(), StringComparison.Ordinal);
        var row = indicator.QuerySelector("table.trend-table tr[data-period='Q2-2034']")!;
        Assert.Contains("87,5%", row.Text(), StringComparison.Ordinal);
        Assert.Contains("Chánh Văn phòng UBND tỉnh", row.Text(), StringComparison.Ordinal);
        Assert.NotNull(indicator.QuerySelector("svg.trend-chart circle"));

        var overview = await Html.GetAsync(viewer, "/son-la/chi-so");
        Assert.Equal("Chỉ tiêu báo cáo định kỳ", overview.QuerySelector("#indicators")!.Text());
        var latest = overview.QuerySelector("table.indicators tr[data-indicator='ho-so-truc-tuyen']")!.Text();
        Assert.Contains("Quý II/2034", latest, StringComparison.Ordinal);
        Assert.Contains("87,5%", latest, StringComparison.Ordinal);
        Assert.Contains("Văn phòng UBND tỉnh", latest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_figure_is_not_the_indicators_figure_until_the_report_is_submitted()
    {
        host.Clock.Now = Vietnam(2035, 3, 2);
        var member = await host.SignInAsync("son-la.member");
        var saved = await SendAsync(member, Write("Q1-2035", "thanh-vien", MemberSeat), "Save", new Dictionary<string, string> { ["Form.Results"] = "Nháp.", [OnlineRate] = "55" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(1L, await FiguresAsync(MemberSeat, 2035));

        var indicator = await Html.GetAsync(member, "/son-la/chi-so/chi-tieu/ho-so-truc-tuyen");
        Assert.Null(indicator.QuerySelector("tr[data-period='Q1-2035']"));
    }

    [Fact]
    public async Task An_indicator_the_pack_does_not_declare_has_no_page()
    {
        var member = await host.SignInAsync("son-la.member");
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/son-la/chi-so/chi-tieu/khong-co")).StatusCode);
    }
}
