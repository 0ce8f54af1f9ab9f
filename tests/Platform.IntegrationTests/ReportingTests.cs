using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Sơn La's periodic reporting (Art. 12.4–12.6) through the pages, with a clock the tests set: lateness judged on the
/// Vietnam calendar day of the first submitted version, versions that never change, drafts that refuse a stale save,
/// seat reports written by the seat holder only, thematic reports with their summary, and the compilation view.
/// Each test uses its own period (in the future of the real clock, so the clock only moves forward from sign-in).
/// </summary>
public sealed class ReportingTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private const string MemberSeat = "chanh-van-phong-ubnd"; // son-la.member's seat
    private const string OtherSeat = "giam-doc-so-tai-chinh";
    private const string Police = "co-quan-thuong-truc-de-an-06";
    private const string ResultsField = "textarea[name='Form.Results']";

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

    /// <summary>A moment given on Vietnam's clock, as the UTC instant a <see cref="TimeProvider"/> answers.</summary>
    private static DateTimeOffset Vietnam(int year, int month, int day, int hour = 9, int minute = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(7)).ToUniversalTime();

    private static string Write(string period, string stage, string submitter) =>
        $"/son-la/reports/write?ky={period}&buoc={stage}&ai={submitter}";

    private string Office(string seat) => host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!.FindSeat(seat)!.Office;

    private Task<HttpClient> OtherMemberAsync() => host.SignInHoldingAsync("son-la", OtherSeat, ProvinceRole.Member);

    /// <summary>Opens the write page's form and sends it, as filled plus what is typed, to a handler (Save, Submit).</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string handler, IDictionary<string, string>? typed = null)
    {
        var page = await Html.GetAsync(client, url);
        var button = page.QuerySelectorAll("button[formaction]").Single(b => b.GetAttribute("formaction")!.EndsWith("handler=" + handler, StringComparison.Ordinal));
        return await new OpenForm(button.GetAttribute("formaction")!, "application/x-www-form-urlencoded", Forms.Fields(button.Closest("form")!), null).SendAsync(client, typed);
    }

    private static Dictionary<string, string> Report(string results) => new() { ["Form.Results"] = results };

    private static async Task SubmittedAsync(HttpClient client, string url, string results)
    {
        var response = await SendAsync(client, url, "Submit", Report(results));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã gửi báo cáo", (await Html.ParseAsync(response)).Text(), StringComparison.Ordinal);
    }

    private static IElement Cell(IDocument board, string office) =>
        board.QuerySelectorAll("table.board tbody tr").Single(r => r.QuerySelector("th")!.Text() == office).QuerySelector("td")!;

    private Task<string> StatusesAsync(string period, string stage, string submitter)
    {
        var (kind, year, number) = Parse(period);
        return host.Database.ScalarAsync<string>($"""
            select coalesce(string_agg(edition || ':' || status || ':' || coalesce(submitted_on::text, '-'), ',' order by edition), '')
            from reporting.submissions
            where province = 'son-la' and period_kind = {kind} and year = {year} and number = {number} and stage_key = '{stage}' and submitter_key = '{submitter}'
            """);
    }

    private static (int Kind, int Year, int Number) Parse(string code) => code[0] switch
    {
        'Q' => (0, int.Parse(code[3..], System.Globalization.CultureInfo.InvariantCulture), code[1] - '0'),
        'H' => (1, int.Parse(code[3..], System.Globalization.CultureInfo.InvariantCulture), code[1] - '0'),
        _ => (2, int.Parse(code[2..], System.Globalization.CultureInfo.InvariantCulture), 1),
    };

    [Fact]
    public async Task Son_La_a_member_report_submitted_on_the_10th_of_June_is_late_and_one_on_the_9th_on_time()
    {
        // Art. 12.4: "trước ngày 10" of the quarter's last month — the 9th is the last day, counted in Vietnam.
        host.Clock.Now = Vietnam(2027, 6, 9, 23, 30);
        var other = await OtherMemberAsync();
        await SubmittedAsync(other, Write("Q2-2027", "thanh-vien", OtherSeat), "Kết quả của Sở Tài chính trong quý.");

        host.Clock.Now = Vietnam(2027, 6, 10, 0, 30); // still the 9th in UTC: the Vietnam day decides
        var member = await host.SignInAsync("son-la.member");
        await SubmittedAsync(member, Write("Q2-2027", "thanh-vien", MemberSeat), "Kết quả của Văn phòng UBND tỉnh trong quý.");

        var board = await Html.GetAsync(member, "/son-la/reports?ky=Q2-2027");
        var late = Cell(board, Office(MemberSeat));
        var onTime = Cell(board, Office(OtherSeat));
        Assert.Contains("report-late", late.ClassList);
        Assert.StartsWith("Muộn 10/06/2027", late.Text(), StringComparison.Ordinal);
        Assert.Contains("report-ontime", onTime.ClassList);
        Assert.StartsWith("Đúng hạn 09/06/2027", onTime.Text(), StringComparison.Ordinal);
        Assert.Equal("1:1:2027-06-10", await StatusesAsync("Q2-2027", "thanh-vien", MemberSeat));
        Assert.Equal("1:1:2027-06-09", await StatusesAsync("Q2-2027", "thanh-vien", OtherSeat));
    }

    [Fact]
    public async Task A_submitted_report_never_changes_a_correction_is_version_2_and_lateness_stays_judged_on_the_first()
    {
        host.Clock.Now = Vietnam(2027, 9, 8);
        var member = await host.SignInAsync("son-la.member");
        var url = Write("Q3-2027", "thanh-vien", MemberSeat);
        await SubmittedAsync(member, url, "Bản đầu: kết quả quý ba.");

        host.Clock.Now = Vietnam(2027, 9, 15); // after the deadline (the 9th)
        var saved = await SendAsync(member, url, "Save", Report("Bản sửa: kết quả quý ba, có số liệu."));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("1:1:2027-09-08,2:0:-", await StatusesAsync("Q3-2027", "thanh-vien", MemberSeat));
        var page = await Html.GetAsync(member, url);
        Assert.Equal("Báo cáo đã gửi — bản 1", page.QuerySelector("#current")!.Text());
        Assert.Contains("Bản đầu: kết quả quý ba.", page.QuerySelector("article.document")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Bản sửa: kết quả quý ba, có số liệu.", page.QuerySelector(ResultsField)!.TextContent);

        await SubmittedAsync(member, url, "Bản sửa: kết quả quý ba, có số liệu.");

        Assert.Equal("1:2:2027-09-08,2:1:2027-09-15", await StatusesAsync("Q3-2027", "thanh-vien", MemberSeat));
        Assert.Equal("Bản đầu: kết quả quý ba.", await host.Database.ScalarAsync<string>(
            "select full_results from reporting.submissions where province = 'son-la' and year = 2027 and number = 3 and period_kind = 0 and submitter_key = 'chanh-van-phong-ubnd' and edition = 1"));
        page = await Html.GetAsync(member, url);
        Assert.Equal("Báo cáo đã gửi — bản 2", page.QuerySelector("#current")!.Text());
        var replaced = Assert.Single(page.QuerySelectorAll("details"), d => d.QuerySelector("summary")!.Text().StartsWith("Bản 1 (đã được thay thế)", StringComparison.Ordinal));
        Assert.Contains("Bản đầu: kết quả quý ba.", replaced.Text(), StringComparison.Ordinal);
        Assert.Contains("report-ontime", page.QuerySelector("p .badge")!.ClassList);

        var cell = Cell(await Html.GetAsync(member, "/son-la/reports?ky=Q3-2027"), Office(MemberSeat));
        Assert.Contains("report-ontime", cell.ClassList);
        Assert.Equal("Đúng hạn 08/09/2027 (bản 2)", cell.Text());
    }

    [Fact]
    public async Task A_stale_draft_save_is_refused_with_409_and_keeps_what_was_typed()
    {
        host.Clock.Now = Vietnam(2027, 12, 1);
        var member = await host.SignInAsync("son-la.member");
        var url = Write("Q4-2027", "thanh-vien", MemberSeat);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(member, url, "Save", Report("Nháp đầu."))).StatusCode);

        var firstTab = await Forms.OpenAsync(member, url, ResultsField);
        var secondTab = await Forms.OpenAsync(member, url, ResultsField);
        Assert.Equal(HttpStatusCode.OK, (await (firstTab with { Action = url + "&handler=Save" }).SendAsync(member, Report("Nháp từ thẻ thứ nhất."))).StatusCode);
        var stale = await (secondTab with { Action = url + "&handler=Save" }).SendAsync(member, Report("Nháp từ thẻ thứ hai, gõ dở."));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var page = await Html.ParseAsync(stale);
        Assert.Contains("Báo cáo vừa được người khác lưu", page.Text(), StringComparison.Ordinal);
        Assert.Equal("Nháp từ thẻ thứ hai, gõ dở.", page.QuerySelector(ResultsField)!.TextContent);
        Assert.Equal("Nháp từ thẻ thứ nhất.", await host.Database.ScalarAsync<string>(
            "select full_results from reporting.submissions where province = 'son-la' and year = 2027 and number = 4 and period_kind = 0 and submitter_key = 'chanh-van-phong-ubnd'"));

        // The refused page carries the newer version: sending it again is a deliberate overwrite, and it is saved.
        var again = page.QuerySelector(ResultsField)!.Closest("form")!;
        var resent = await new OpenForm(url + "&handler=Save", "application/x-www-form-urlencoded", Forms.Fields(again), null).SendAsync(member);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal("Nháp từ thẻ thứ hai, gõ dở.", await host.Database.ScalarAsync<string>(
            "select full_results from reporting.submissions where province = 'son-la' and year = 2027 and number = 4 and period_kind = 0 and submitter_key = 'chanh-van-phong-ubnd'"));
    }

    [Fact]
    public async Task Only_the_seat_holder_writes_a_member_report()
    {
        host.Clock.Now = Vietnam(2027, 5, 2);
        var other = await OtherMemberAsync();
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var url = Write("Q1-2027", "thanh-vien", MemberSeat);

        Assert.False(await Forms.OffersAsync(other, url, ResultsField));
        Assert.False(await Forms.OffersAsync(secretariat, url, ResultsField));
        foreach (var (client, handler) in new[] { (other, "Save"), (other, "Submit"), (secretariat, "Save") })
        {
            var refused = await Forms.PostAsync(client, url, url + "&handler=" + handler, new Dictionary<string, string>
            {
                ["Form.Results"] = "Viết thay người khác.",
                ["Form.Version"] = "0",
            });
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        Assert.Equal("", await StatusesAsync("Q1-2027", "thanh-vien", MemberSeat));
        Assert.True(await Forms.OffersAsync(await host.SignInAsync("son-la.member"), url, ResultsField));
    }

    [Fact]
    public async Task The_thematic_report_is_refused_without_its_summary_and_shows_the_one_third_ratio()
    {
        host.Clock.Now = Vietnam(2027, 12, 15);
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var url = Write("Q4-2027", "chuyen-de", Police);

        var refused = await SendAsync(secretariat, url, "Submit", Report("Kết quả triển khai Đề án 06 trong quý."));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        var errors = page.QuerySelectorAll(".field-error").Select(e => e.Text()).ToList();
        Assert.Contains("Báo cáo tóm tắt phải có phần kết quả đạt được (Sơn La, Điều 12.5)", errors);
        Assert.Contains("Báo cáo tóm tắt phải có phần nhiệm vụ, giải pháp (Sơn La, Điều 12.5)", errors);
        Assert.Equal(4, errors.Count(e => e.EndsWith("(Sơn La, Điều 12.5)", StringComparison.Ordinal)));
        Assert.DoesNotContain(":1:", await StatusesAsync("Q4-2027", "chuyen-de", Police), StringComparison.Ordinal);

        // 100 words of full report and 10 of summary: 10%, far from "about a third".
        var full = string.Join(' ', Enumerable.Repeat("việc", 100));
        var saved = await SendAsync(secretariat, url, "Save", new Dictionary<string, string>
        {
            ["Form.Results"] = full,
            ["Form.SummaryResults"] = "Kết quả tốt",
            ["Form.SummaryShortcomings"] = "Còn chậm",
            ["Form.SummaryCauses"] = "Thiếu người",
            ["Form.SummaryTasksAndSolutions"] = "Bổ sung người",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var ratio = (await Html.ParseAsync(saved)).QuerySelectorAll("fieldset p[role=status]").Single();
        Assert.Contains("alert", ratio.ClassList);
        Assert.Contains("toàn văn 100 từ, tóm tắt 10 từ, tỷ lệ 10%", ratio.Text(), StringComparison.Ordinal);
        Assert.Contains("Tỷ lệ chưa đạt khoảng một phần ba", ratio.Text(), StringComparison.Ordinal);

        var submitted = await SendAsync(secretariat, url, "Submit");
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode); // the ratio warns; the sections are what the article requires
        Assert.EndsWith(":1:2027-12-15", await StatusesAsync("Q4-2027", "chuyen-de", Police), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_compilation_lists_who_is_missing_and_flags_a_late_report_until_it_is_taken_in()
    {
        host.Clock.Now = Vietnam(2028, 3, 5);
        var member = await host.SignInAsync("son-la.member");
        await SubmittedAsync(member, Write("Q1-2028", "thanh-vien", MemberSeat), "Văn phòng UBND tỉnh: kết quả quý một.");
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var url = Write("Q1-2028", "chuyen-de", Police);

        var page = await Html.GetAsync(secretariat, url);
        var sources = page.QuerySelector("section[aria-labelledby=sources]")!;
        Assert.Matches(@"Đã nhận 1/\d+ báo cáo\.", sources.Text());
        Assert.Contains(Office(OtherSeat), sources.QuerySelector(".state-overdue")!.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(Office(MemberSeat), sources.QuerySelector(".state-overdue")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Văn phòng UBND tỉnh: kết quả quý một.", sources.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(secretariat, url, "Save", Report("Tổng hợp Đề án 06."))).StatusCode);
        Assert.Null((await Html.GetAsync(secretariat, url)).QuerySelector("section[aria-labelledby=sources] .alert"));

        host.Clock.Now = Vietnam(2028, 3, 12); // after the members' deadline (the 9th)
        var other = await OtherMemberAsync();
        await SubmittedAsync(other, Write("Q1-2028", "thanh-vien", OtherSeat), "Sở Tài chính: kết quả quý một, gửi muộn.");

        page = await Html.GetAsync(secretariat, url);
        var arrived = page.QuerySelector("section[aria-labelledby=sources] .alert")!;
        Assert.Contains("Có báo cáo mới hoặc đã sửa kể từ khi bắt đầu dự thảo:", arrived.Text(), StringComparison.Ordinal);
        Assert.Equal($"{Office(OtherSeat)} (bản 1, 12/03/2028)", Assert.Single(arrived.QuerySelectorAll("li")).Text());
        Assert.DoesNotContain(Office(OtherSeat), page.QuerySelector("section[aria-labelledby=sources] .state-overdue")?.Text() ?? "", StringComparison.Ordinal);
        Assert.Equal("Tổng hợp Đề án 06.", page.QuerySelector(ResultsField)!.TextContent);

        var refreshed = await Forms.SubmitAsync(secretariat, url, "section[aria-labelledby=sources] .alert button");
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        page = await Html.ParseAsync(refreshed);
        Assert.Contains("Đã cập nhật các báo cáo được tổng hợp.", page.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("section[aria-labelledby=sources] .alert"));
        Assert.Equal(2L, await host.Database.ScalarAsync<long>(
            "select jsonb_array_length(compiled_from)::bigint from reporting.submissions where province = 'son-la' and year = 2028 and stage_key = 'chuyen-de' and submitter_key = 'co-quan-thuong-truc-de-an-06'"));
        Assert.Equal("Tổng hợp Đề án 06.", page.QuerySelector(ResultsField)!.TextContent); // refreshing gathers; it does not touch the text
    }

    [Fact]
    public async Task Autosave_answers_with_the_drafts_new_version_and_409_for_another_tabs_stale_one()
    {
        host.Clock.Now = Vietnam(2027, 11, 20, 14, 5);
        var member = await host.SignInAsync("son-la.member");
        var url = Write("Q1-2028", "thanh-vien", MemberSeat);
        var form = await Forms.OpenAsync(member, url, ResultsField);
        var otherTab = await Forms.OpenAsync(member, url, ResultsField);

        async Task<HttpResponseMessage> AutosaveAsync(OpenForm from, string results, string version)
        {
            var fields = from.Fields.Where(f => f.Key is not ("Form.Results" or "Form.Version")).ToList();
            fields.Add(new("Form.Results", results));
            fields.Add(new("Form.Version", version));
            using var request = new HttpRequestMessage(HttpMethod.Post, url + "&handler=Save") { Content = new FormUrlEncodedContent(fields) };
            request.Headers.Add("X-Autosave", "1");
            return await member.SendAsync(request);
        }

        var first = await AutosaveAsync(form, "Đang gõ", "0");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json", first.Content.Headers.ContentType?.MediaType);
        using var answer = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var version = answer.RootElement.GetProperty("version").GetUInt32();
        Assert.Equal("Đã tự động lưu bản nháp lúc 14:05:00", answer.RootElement.GetProperty("message").GetString());
        const string Draft = "from reporting.submissions where province = 'son-la' and period_kind = 0 and year = 2028 and number = 1 and submitter_key = 'chanh-van-phong-ubnd'";
        Assert.Equal(version.ToString(System.Globalization.CultureInfo.InvariantCulture), await host.Database.ScalarAsync<string>($"select xmin::text {Draft}"));

        var second = await AutosaveAsync(form, "Đang gõ tiếp", version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        using var secondAnswer = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.NotEqual(version, secondAnswer.RootElement.GetProperty("version").GetUInt32());

        // The same opened form whose previous answer has not come back yet: its own save, never a conflict.
        var own = await AutosaveAsync(form, "Đang gõ thêm", version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("Đang gõ thêm", await host.Database.ScalarAsync<string>($"select full_results {Draft}"));

        var stale = await AutosaveAsync(otherTab, "Từ thẻ cũ", version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        using var staleAnswer = JsonDocument.Parse(await stale.Content.ReadAsStringAsync());
        Assert.StartsWith("Báo cáo vừa được người khác lưu", staleAnswer.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("Đang gõ thêm", await host.Database.ScalarAsync<string>($"select full_results {Draft}"));
    }

    /// <summary>How many "report received" notifications about the report at <paramref name="link"/> reached <paramref name="userName"/>'s list.</summary>
    private Task<long> ReceivedAsync(string link, string userName) => host.Database.ScalarAsync<long>($"""
        select count(*) from notifications.inbox i join notifications.outbox o on o.id = i.message_id
        join identity.accounts a on a.id = i.account_id
        where o.kind = 'report.received' and o.link = '{link}' and a.user_name = '{userName}'
        """);

    private Task<string> ReceivedSubjectsAsync(string link) => host.Database.ScalarAsync<string>(
        $"select coalesce(string_agg(subject, ' | ' order by created_at), '') from notifications.outbox where kind = 'report.received' and link = '{link}'");

    [Fact]
    public async Task A_submitted_report_tells_the_standing_agencies_it_goes_to_and_a_late_one_is_marked_late()
    {
        // Art. 12.4: a member's report goes to the three standing agencies at once (their lead agencies' focal points).
        foreach (var agency in new[] { "so-khcn", "cong-an-tinh", "so-noi-vu", "so-tai-chinh" })
        {
            await host.SignInForAgencyAsync("son-la", agency);
        }

        host.Clock.Now = Vietnam(2034, 3, 2);
        var member = await host.SignInAsync("son-la.member");
        var url = Write("Q1-2034", "thanh-vien", MemberSeat);

        // A draft saved tells no one.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(member, url, "Save", Report("Bản nháp quý một."))).StatusCode);
        Assert.Equal("", await ReceivedSubjectsAsync(url));

        await SubmittedAsync(member, url, "Kết quả của Văn phòng UBND tỉnh trong quý một.");

        Assert.Equal($"Đã nhận báo cáo: Báo cáo của thành viên, Quý I/2034 — {Office(MemberSeat)}", await ReceivedSubjectsAsync(url));
        Assert.Contains("Báo cáo gửi đúng hạn.", await host.Database.ScalarAsync<string>($"select body from notifications.outbox where kind = 'report.received' and link = '{url}'"), StringComparison.Ordinal);
        foreach (var recipient in new[] { "son-la.staff.so-khcn", "son-la.staff.cong-an-tinh", "son-la.staff.so-noi-vu", "son-la.secretariat" })
        {
            Assert.Equal(1L, await ReceivedAsync(url, recipient));
        }

        foreach (var uninvolved in new[] { "son-la.staff.so-tai-chinh", "son-la.member", "son-la.viewer", "son-la.leader" })
        {
            Assert.Equal(0L, await ReceivedAsync(url, uninvolved));
        }

        // After the deadline (the 9th): another member's first report is late, and says so; the member's correction
        // is still judged on its first version.
        host.Clock.Now = Vietnam(2034, 3, 20);
        var other = await OtherMemberAsync();
        var late = Write("Q1-2034", "thanh-vien", OtherSeat);
        await SubmittedAsync(other, late, "Kết quả của Sở Tài chính trong quý một.");
        await SubmittedAsync(member, url, "Bản sửa: kết quả của Văn phòng UBND tỉnh, có số liệu.");

        Assert.Equal($"Báo cáo gửi muộn: Báo cáo của thành viên, Quý I/2034 — {Office(OtherSeat)}", await ReceivedSubjectsAsync(late));
        Assert.Contains("Báo cáo gửi MUỘN 11 ngày so với hạn", await host.Database.ScalarAsync<string>($"select body from notifications.outbox where kind = 'report.received' and link = '{late}'"), StringComparison.Ordinal);
        Assert.Equal(1L, await ReceivedAsync(late, "son-la.staff.so-khcn"));
        var corrected = await host.Database.ScalarAsync<string>($"select subject || ' / ' || body from notifications.outbox where kind = 'report.received' and link = '{url}' order by created_at desc limit 1");
        Assert.StartsWith("Đã nhận báo cáo: ", corrected, StringComparison.Ordinal);
        Assert.Contains("(bản 2, thay thế bản đã gửi trước)", corrected, StringComparison.Ordinal);
        Assert.Equal(2L, await ReceivedAsync(url, "son-la.staff.so-khcn"));
    }

    [Fact]
    public async Task The_general_report_to_the_committee_tells_the_head_and_the_secretariat_not_the_agency_that_wrote_it()
    {
        // Art. 12.6: DOST, the general standing agency, compiles the general report for the committee.
        await host.SignInForAgencyAsync("son-la", "so-khcn");
        host.Clock.Now = Vietnam(2034, 12, 18);
        var secretariat = await host.SignInAsync("son-la.secretariat");
        var url = Write("Q4-2034", "chung", "co-quan-thuong-truc-khcn");

        await SubmittedAsync(secretariat, url, "Báo cáo chung quý bốn của Ban Chỉ đạo.");

        // One report covers the quarter and the year, which end together.
        Assert.StartsWith("Đã nhận báo cáo: Báo cáo chung của Cơ quan Thường trực chung, Quý IV/2034 và Năm 2034 — Sở Khoa học và Công nghệ", await ReceivedSubjectsAsync(url), StringComparison.Ordinal);
        Assert.Equal(1L, await ReceivedAsync(url, "son-la.leader"));
        Assert.Equal(1L, await ReceivedAsync(url, "son-la.secretariat"));
        Assert.Equal(0L, await ReceivedAsync(url, "son-la.staff.so-khcn"));
        Assert.Equal(0L, await ReceivedAsync(url, "son-la.member"));
    }
}
