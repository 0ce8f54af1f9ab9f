using System.Globalization;
using System.Net;
using System.Text;
using Platform.Core.Security;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The register of proposals, difficulties and obstacles raised through the standing agency (Đắk Lắk, Art. 7.1c–7.3c,
/// 14.4; Sơn La, Art. 9.1c, 10.1–10.2): filing, answering, forwarding to the competent agency, putting to the leaders —
/// whom the pack names as decider — or on the next meeting's agenda; the register, its CSV and its isolation.
/// </summary>
public sealed class ProposalTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private HttpClient _secretariat = null!;

    public async Task InitializeAsync()
    {
        host.Clock.Now = null;
        _secretariat = await host.SignInAsync("son-la.secretariat");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Guid IdOf(HttpResponseMessage response, string province)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith($"/{province}/kien-nghi/", path, StringComparison.Ordinal);
        return Guid.Parse(path[$"/{province}/kien-nghi/".Length..], CultureInfo.InvariantCulture);
    }

    private static Task<HttpResponseMessage> SendFilingAsync(HttpClient filer, string province, string kind, string subject, string content, string? portfolio = null) =>
        Forms.SubmitAsync(filer, $"/{province}/kien-nghi/moi", "[name='Form.Subject']", new Dictionary<string, string>
        {
            ["Form.Kind"] = kind,
            ["Form.Subject"] = subject,
            ["Form.Content"] = content,
            ["Form.Portfolio"] = portfolio ?? "",
        });

    private static async Task<Guid> FileAsync(HttpClient filer, string province, string kind, string subject, string? portfolio = null) =>
        IdOf(await SendFilingAsync(filer, province, kind, subject, "Đề nghị Ban Chỉ đạo xem xét, tháo gỡ.", portfolio), province);

    private static Task<HttpResponseMessage> StepAsync(HttpClient client, string province, Guid id, string handler, IDictionary<string, string>? typed = null) =>
        Forms.SubmitAsync(client, $"/{province}/kien-nghi/{id}", $"form[action*='handler={handler}'] [type=submit]", typed);

    private Task<string> StateAsync(Guid id) => host.Database.ScalarAsync<string>($"select state::text from proposals.proposals where id = '{id}'");

    [Fact]
    public async Task An_obstacle_raised_by_a_Son_La_member_is_put_on_the_next_quarterly_meetings_agenda()
    {
        var member = await host.SignInHoldingAsync("son-la", "chanh-van-phong-ubnd", ProvinceRole.Member);
        var id = await FileAsync(member, "son-la", "Obstacle", "Vướng mắc kinh phí duy trì hạ tầng số cấp xã");
        // The secretariat heard of it.
        Assert.Equal(1L, await host.Database.ScalarAsync<long>($"select count(*) from notifications.outbox where kind = 'proposal.filed' and link = '/son-la/kien-nghi/{id}'"));

        var meeting = await MeetingSteps.ScheduleAsync(_secretariat, "son-la", new MeetingPlan("Phiên họp định kỳ quý (kiến nghị)", MeetingSteps.DaysAhead(1, 7)));
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(_secretariat, "son-la", id, "Agenda")).StatusCode);
        Assert.Equal("3", await StateAsync(id));

        // It is among the next meeting's proposals for the agenda, linking to the proposal.
        var agenda = await Html.GetAsync(_secretariat, $"/son-la/meetings/{meeting}/agenda");
        Assert.Contains("Đề xuất đưa vào chương trình họp", agenda.QuerySelector("#agenda-proposals")!.Text(), StringComparison.Ordinal);
        var item = agenda.QuerySelector($"#agenda-proposal-list li[data-proposal='{id}']")!;
        Assert.Contains("Vướng mắc kinh phí duy trì hạ tầng số cấp xã", item.Text(), StringComparison.Ordinal);
        Assert.Equal($"/son-la/kien-nghi/{id}", item.QuerySelector("a")!.GetAttribute("href"));

        // The standing agency takes it as an item: the meeting's agenda holds it and the proposal records the meeting.
        var taken = await Forms.SubmitAsync(_secretariat, $"/son-la/meetings/{meeting}/agenda", $"li[data-proposal='{id}'] [type=submit]");
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>($"select count(*) from meetings.agenda_items where meeting_id = '{meeting}' and title like 'Kiến nghị số%Vướng mắc kinh phí%'"));
        Assert.Equal($"{meeting}|True", await host.Database.ScalarAsync<string>($"select meeting_id::text || '|' || (case when taken_by_meeting then 'True' else 'False' end) from proposals.proposals where id = '{id}'"));
        Assert.Contains("Phiên họp định kỳ quý (kiến nghị)", (await Html.GetAsync(member, $"/son-la/kien-nghi/{id}")).QuerySelector("#history")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Son_La_the_standing_deputy_decides_one_put_to_the_leaders_and_a_deputy_is_refused_citing_Art_10_2()
    {
        var member = await host.SignInHoldingAsync("son-la", "giam-doc-so-tai-chinh", ProvinceRole.Member);
        var id = await FileAsync(member, "son-la", "Proposal", "Đề xuất cơ chế hỗ trợ doanh nghiệp khởi nghiệp");
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(_secretariat, "son-la", id, "Leaders")).StatusCode);

        var deputy = await host.SignInHoldingAsync("son-la", "giam-doc-cong-an", ProvinceRole.Leader);
        Assert.False(await Forms.OffersAsync(deputy, $"/son-la/kien-nghi/{id}", "[name=Answer]"));
        var refused = await Forms.PostAsync(deputy, $"/son-la/kien-nghi/{id}", $"/son-la/kien-nghi/{id}?handler=Answer",
            new Dictionary<string, string> { ["Answer"] = "Đồng ý.", ["version"] = await VersionAsync(id) });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Sơn La, Điều 10.2", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);
        Assert.Equal("2", await StateAsync(id));

        var standing = await host.SignInHoldingAsync("son-la", "pho-truong-ban-thuong-truc", ProvinceRole.Leader);
        var decided = await StepAsync(standing, "son-la", id, "Answer", new Dictionary<string, string> { ["Answer"] = "Giao Sở Tài chính chủ trì xây dựng cơ chế." });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal("4", await StateAsync(id));

        // The filer sees the decision, and heard of it.
        var page = await Html.GetAsync(member, $"/son-la/kien-nghi/{id}");
        Assert.Equal("Giao Sở Tài chính chủ trì xây dựng cơ chế.", page.QuerySelector("#answer")!.Text());
        Assert.Contains("Sơn La, Điều 10.2", page.QuerySelector("#answer-heading")!.ParentElement!.Text(), StringComparison.Ordinal);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>($"select count(*) from notifications.outbox where kind = 'proposal.answered' and link = '/son-la/kien-nghi/{id}'"));
    }

    [Fact]
    public async Task Dak_Lak_only_the_head_decides_one_put_to_the_leaders_citing_Art_14_4()
    {
        var secretariat = await host.SignInAsync("dak-lak.secretariat");
        var member = await host.SignInHoldingAsync("dak-lak", "giam-doc-so-noi-vu", ProvinceRole.Member);
        var id = await FileAsync(member, "dak-lak", "Obstacle", "Khó khăn về biên chế cán bộ chuyển đổi số");
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(secretariat, "dak-lak", id, "Leaders")).StatusCode);

        var standing = await host.SignInHoldingAsync("dak-lak", "pho-truong-ban-thuong-truc", ProvinceRole.Leader);
        var refused = await Forms.PostAsync(standing, $"/dak-lak/kien-nghi/{id}", $"/dak-lak/kien-nghi/{id}?handler=Answer",
            new Dictionary<string, string> { ["Answer"] = "Đồng ý.", ["version"] = await VersionAsync(id) });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Đắk Lắk, Điều 14.4", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);

        var head = await host.SignInHoldingAsync("dak-lak", "truong-ban", ProvinceRole.Leader);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(head, "dak-lak", id, "Answer", new Dictionary<string, string> { ["Answer"] = "Giao Sở Nội vụ tham mưu." })).StatusCode);
        Assert.Equal("Giao Sở Nội vụ tham mưu.", (await Html.GetAsync(member, $"/dak-lak/kien-nghi/{id}")).QuerySelector("#answer")!.Text());
        // Neither regulation states a time to answer: the page says so.
        Assert.Contains("Quy chế không quy định thời hạn trả lời", (await Html.GetAsync(member, $"/dak-lak/kien-nghi/{id}")).QuerySelector("#due")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forwarded_proposal_is_answered_by_the_competent_agencys_focal_point_not_by_the_standing_agency()
    {
        var member = await host.SignInHoldingAsync("son-la", "chanh-van-phong-ubnd", ProvinceRole.Member);
        var id = await FileAsync(member, "son-la", "Proposal", "Kiến nghị bố trí vốn cho nền tảng dữ liệu");
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(_secretariat, "son-la", id, "Forward", new Dictionary<string, string> { ["AgencyKey"] = "so-tai-chinh" })).StatusCode);

        // The standing agency no longer answers it.
        var refused = await Forms.PostAsync(_secretariat, $"/son-la/kien-nghi/{id}", $"/son-la/kien-nghi/{id}?handler=Answer",
            new Dictionary<string, string> { ["Answer"] = "Trả lời thay.", ["version"] = await VersionAsync(id) });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Sở Tài chính", await MeetingSteps.AlertAsync(refused), StringComparison.Ordinal);

        // Another agency's focal point does not even see it; the competent agency's does, and answers.
        var other = await host.SignInForAgencyAsync("son-la", "so-noi-vu");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/son-la/kien-nghi/{id}")).StatusCode);
        var focal = await host.SignInForAgencyAsync("son-la", "so-tai-chinh");
        Assert.Contains((await Html.GetAsync(focal, "/son-la/kien-nghi")).QuerySelectorAll("tr.proposal a"), a => a.Text() == "Kiến nghị bố trí vốn cho nền tảng dữ liệu");
        var answered = await StepAsync(focal, "son-la", id, "Answer", new Dictionary<string, string> { ["Answer"] = "Sở Tài chính sẽ bố trí trong dự toán năm sau." });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        var page = await Html.GetAsync(member, $"/son-la/kien-nghi/{id}");
        Assert.Equal("Sở Tài chính sẽ bố trí trong dự toán năm sau.", page.QuerySelector("#answer")!.Text());
        Assert.Contains("Trả lời của cơ quan có thẩm quyền", page.QuerySelector("#answer-heading")!.Text(), StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll("#history li").Length);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_invalid_filing_keeps_what_was_typed()
    {
        var member = await host.SignInHoldingAsync("son-la", "giam-doc-so-tai-chinh", ProvinceRole.Member);
        var before = await host.Database.ScalarAsync<long>("select count(*) from proposals.proposals");
        var invalid = await SendFilingAsync(member, "son-la", "Obstacle", "Vướng mắc chưa ghi nội dung", "");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var form = await Html.ParseAsync(invalid);
        Assert.Equal("Vướng mắc chưa ghi nội dung", form.QuerySelector("#subject")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("#kind-Obstacle[checked]"));
        Assert.Contains("Hãy nêu nội dung", form.Text(), StringComparison.Ordinal);
        Assert.Equal(before, await host.Database.ScalarAsync<long>("select count(*) from proposals.proposals"));

        var id = await FileAsync(member, "son-la", "Proposal", "Kiến nghị hai người cùng xử lý");
        var first = await Forms.OpenAsync(_secretariat, $"/son-la/kien-nghi/{id}", "form[action*='handler=Forward'] [type=submit]");
        var second = await Forms.OpenAsync(_secretariat, $"/son-la/kien-nghi/{id}", "form[action*='handler=Leaders'] [type=submit]");
        Assert.Equal(HttpStatusCode.OK, (await first.SendAsync(_secretariat, new Dictionary<string, string> { ["AgencyKey"] = "so-khcn" })).StatusCode);
        var stale = await second.SendAsync(_secretariat);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("1", await StateAsync(id));
    }

    [Fact]
    public async Task The_csv_holds_the_filtered_rows_and_the_register_reads_with_as_many_statements_for_many_proposals_as_for_one()
    {
        var member = await host.SignInHoldingAsync("son-la", "chanh-van-phong-ubnd", ProvinceRole.Member);
        await FileAsync(member, "son-la", "Obstacle", "Vướng mắc CSV thủ tục hành chính", "cchc");
        var before = await CountAsync(_secretariat, "/son-la/kien-nghi");
        var memberBefore = await CountAsync(member, "/son-la/kien-nghi");
        for (var i = 0; i < 4; i++)
        {
            await FileAsync(member, "son-la", "Proposal", $"Kiến nghị CSV số {i}", "de-an-06");
        }

        Assert.Equal(before, await CountAsync(_secretariat, "/son-la/kien-nghi"));
        Assert.Equal(memberBefore, await CountAsync(member, "/son-la/kien-nghi"));

        var filtered = await Html.GetAsync(_secretariat, "/son-la/kien-nghi?loai=Obstacle&linh-vuc=cchc");
        var bytes = await _secretariat.GetByteArrayAsync(filtered.QuerySelector("#csv")!.GetAttribute("href"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes.Take(3).ToArray());
        var csv = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("\"Số\",\"Loại\",\"Trích yếu\"", csv, StringComparison.Ordinal);
        Assert.Contains("Vướng mắc CSV thủ tục hành chính", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Kiến nghị CSV số", csv, StringComparison.Ordinal);
        Assert.Contains("Kiến nghị CSV số 3", await _secretariat.GetStringAsync("/son-la/kien-nghi?handler=Csv&loai=Proposal"), StringComparison.Ordinal);

        // Nothing of Sơn La's register shows in Đắk Lắk's.
        var dakLak = await host.SignInAsync("dak-lak.secretariat");
        Assert.DoesNotContain("Kiến nghị CSV số", (await Html.GetAsync(dakLak, "/dak-lak/kien-nghi")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_finds_a_proposal_for_its_filer_and_the_standing_agency_and_not_for_another_member_and_the_home_page_lists_it_for_the_standing_agency()
    {
        var member = await host.SignInHoldingAsync("son-la", "giam-doc-so-tai-chinh", ProvinceRole.Member);
        var id = await FileAsync(member, "son-la", "Obstacle", "Vướng mắc đường truyền cáp quang bản Mường Lèo");

        foreach (var reader in new[] { member, _secretariat })
        {
            var hits = (await Html.GetAsync(reader, "/son-la/tim-kiem?q=duong+truyen+cap+quang+muong+leo")).QuerySelectorAll("ol.search-results a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains($"/son-la/kien-nghi/{id}", hits);
        }

        var other = await host.SignInHoldingAsync("son-la", "chanh-van-phong-ubnd", ProvinceRole.Member);
        Assert.DoesNotContain($"/son-la/kien-nghi/{id}", (await Html.GetAsync(other, "/son-la/tim-kiem?q=duong+truyen+cap+quang+muong+leo")).QuerySelectorAll("ol.search-results a").Select(a => a.GetAttribute("href")));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/son-la/kien-nghi/{id}")).StatusCode);

        // Filed and waiting: on the standing agency's home page.
        Assert.Contains("Vướng mắc đường truyền cáp quang bản Mường Lèo", (await Html.GetAsync(_secretariat, "/son-la")).QuerySelector("#home-proposals")!.ParentElement!.Text(), StringComparison.Ordinal);
    }

    private Task<string> VersionAsync(Guid id) => host.Database.ScalarAsync<string>($"select xmin::text from proposals.proposals where id = '{id}'");

    private async Task<int> CountAsync(HttpClient client, string url)
    {
        await client.GetAsync(url);
        host.Sql.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return host.Sql.Count;
    }
}
