using System.Net;
using Platform.Core.Dates;

namespace Platform.IntegrationTests;

/// <summary>
/// Acting on an index (issue 15, part 4): from a weak pillar of the latest result, or the index as a whole, the agency the
/// regulation puts in charge of the index (Sơn La, Art. 8.3: Home Affairs follows PAR INDEX) or the standing agency
/// assigns a task; it shows on the index's page, on the task dashboard and on its own page; anyone else is refused with
/// the article; a refused form keeps what was typed.
/// </summary>
public sealed class IndexTaskTests(MeetingHost host) : IClassFixture<MeetingHost>
{
    private const string Par = "/son-la/chi-so/par-index";
    private const string AimForm = "select[name='Form.Pillar']";
    private const string Weak = "Hiện đại hóa nền hành chính";

    private string InAMonth => VietnamTime.Format(VietnamTime.Today(host.Clock).AddDays(30));

    /// <summary>PAR INDEX's 2025 result with two pillars, the latest year, whatever the demo data held.</summary>
    private async Task LatestParIndexAsync()
    {
        _ = host.Services;
        await host.Database.ExecuteAsync("""
            delete from indices.results where province = 'son-la' and index_key = 'par-index';
            insert into indices.results (id, province, index_key, year, score, rank, ranked_of, source_body, source_document, entered_by, entered_at)
            values ('0193f0c0-0000-7000-8000-000000000001', 'son-la', 'par-index', 2025, 84.1, 40, 34, 'Bộ Nội vụ', 'Quyết định công bố PAR INDEX 2025 (thử)', 'test', now());
            insert into indices.pillars (id, province, result_id, "order", name, score) values
              (gen_random_uuid(), 'son-la', '0193f0c0-0000-7000-8000-000000000001', 1, 'Công tác chỉ đạo, điều hành', 9.1),
              (gen_random_uuid(), 'son-la', '0193f0c0-0000-7000-8000-000000000001', 2, 'Hiện đại hóa nền hành chính', 6.2);
            """);
    }

    private Task<long> AimedAsync(string title) =>
        host.Database.ScalarAsync<long>($"select count(*) from tasks.tasks where province = 'son-la' and aim_index_key = 'par-index' and title = '{title}'");

    [Fact]
    public async Task A_task_linked_to_a_pillar_appears_in_that_indexs_page_and_in_the_task_dashboard()
    {
        await LatestParIndexAsync();
        var homeAffairs = await host.SignInForAgencyAsync("son-la", "so-noi-vu");
        const string title = "Triển khai tiếp nhận hồ sơ trực tuyến toàn trình tại các sở (thử)";

        var sent = await Forms.SubmitAsync(homeAffairs, Par, AimForm, new Dictionary<string, string>
        {
            ["Form.Pillar"] = Weak,
            ["Form.Title"] = title,
            ["Form.ExpectedOutput"] = "Báo cáo kết quả",
            ["Form.Due"] = InAMonth,
        });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var page = await Html.ParseAsync(sent);
        Assert.Contains("Đã giao nhiệm vụ hướng tới chỉ số.", page.Text(), StringComparison.Ordinal);
        var row = page.QuerySelectorAll("tr[data-task]").FirstOrDefault(r => r.Text().Contains(title, StringComparison.Ordinal));
        Assert.NotNull(row);
        Assert.Contains(Weak, row.Text(), StringComparison.Ordinal);
        Assert.Contains("Sở Nội vụ", row.Text(), StringComparison.Ordinal);

        // Stored with its aim, from the index, the head deciding extensions; lead agency by default the index's own.
        Assert.Equal(1L, await AimedAsync(title));
        Assert.Equal(
            $"5|{Weak}|so-noi-vu|truong-ban|Chỉ số PAR INDEX năm 2025 – Chỉ số thành phần “{Weak}”|chi-so/par-index",
            await host.Database.ScalarAsync<string>($"select source || '|' || aim_pillar || '|' || lead_agency_key || '|' || issuer_seat_key || '|' || source_label || '|' || source_path from tasks.tasks where title = '{title}'"));

        var secretariat = await host.SignInAsync("son-la.secretariat");
        var dashboard = await Html.GetAsync(secretariat, "/son-la/tasks/dashboard");
        var aims = dashboard.QuerySelector("table.aims tr[data-index='par-index']");
        Assert.NotNull(aims);
        Assert.Contains("PAR INDEX", aims.Text(), StringComparison.Ordinal);
        Assert.Equal("/son-la/chi-so/par-index#aimed-tasks", aims.QuerySelector("a")!.GetAttribute("href"));
        var open = await host.Database.ScalarAsync<long>($"select count(*) from tasks.tasks where province = 'son-la' and aim_index_key = 'par-index' and progress in (0, 1) and due >= '{VietnamTime.Today(host.Clock):yyyy-MM-dd}'");
        Assert.Equal(open.ToString(System.Globalization.CultureInfo.InvariantCulture), aims.QuerySelectorAll("td")[1].Text());

        var id = await host.Database.ScalarAsync<Guid>($"select id from tasks.tasks where title = '{title}'");
        var task = await Html.GetAsync(secretariat, $"/son-la/tasks/{id}");
        var aim = task.QuerySelector(".task-aim");
        Assert.NotNull(aim);
        Assert.Contains($"PAR INDEX — {Weak}", aim.Text(), StringComparison.Ordinal);
        Assert.Equal("/son-la/chi-so/par-index", aim.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Only_the_agency_following_the_index_or_the_secretariat_assigns_one_others_are_refused_with_the_article()
    {
        await LatestParIndexAsync();
        var finance = await host.SignInForAgencyAsync("son-la", "so-tai-chinh");
        var member = await host.SignInAsync("son-la.member");
        const string refusedTitle = "Nhiệm vụ không được giao (thử)";

        Assert.False(await Forms.OffersAsync(finance, Par, AimForm));
        Assert.False(await Forms.OffersAsync(member, Par, AimForm));
        var refused = await Forms.PostAsync(finance, Par, Par + "/nhiem-vu", new Dictionary<string, string>
        {
            ["Form.Title"] = refusedTitle, ["Form.LeadAgencyKey"] = "so-tai-chinh", ["Form.Due"] = InAMonth,
        });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var why = (await Html.ParseAsync(refused)).Text();
        Assert.Contains("Chỉ đầu mối của Sở Nội vụ", why, StringComparison.Ordinal);
        Assert.Contains("Điều 8.3", why, StringComparison.Ordinal);
        Assert.Equal(0L, await AimedAsync(refusedTitle));

        // The standing agency may, at the index as a whole, and name another lead agency.
        var secretariat = await host.SignInAsync("son-la.secretariat");
        const string whole = "Rà soát kết quả PAR INDEX và đề xuất giải pháp (thử)";
        var sent = await Forms.SubmitAsync(secretariat, Par, AimForm, new Dictionary<string, string>
        {
            ["Form.Pillar"] = "", ["Form.Title"] = whole, ["Form.LeadAgencyKey"] = "van-phong-ubnd", ["Form.Due"] = InAMonth,
        });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal("|van-phong-ubnd|Chỉ số PAR INDEX năm 2025", await host.Database.ScalarAsync<string>(
            $"select coalesce(aim_pillar, '') || '|' || lead_agency_key || '|' || source_label from tasks.tasks where title = '{whole}'"));
    }

    [Fact]
    public async Task A_refused_form_keeps_what_was_typed_and_creates_nothing()
    {
        await LatestParIndexAsync();
        var homeAffairs = await host.SignInForAgencyAsync("son-la", "so-noi-vu");
        const string output = "Kế hoạch nâng hạng (thử, không lưu)";

        var noTitle = await Forms.SubmitAsync(homeAffairs, Par, AimForm, new Dictionary<string, string>
        {
            ["Form.Pillar"] = Weak, ["Form.Title"] = "", ["Form.ExpectedOutput"] = output, ["Form.Due"] = "01/01/2000",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noTitle.StatusCode);
        var page = await Html.ParseAsync(noTitle);
        Assert.Contains("Hãy nhập nội dung nhiệm vụ.", page.Text(), StringComparison.Ordinal);
        Assert.Contains("Thời hạn phải từ hôm nay trở đi.", page.Text(), StringComparison.Ordinal);
        Assert.Equal(output, page.QuerySelector("textarea[name='Form.ExpectedOutput']")!.TextContent.Trim());
        Assert.Equal("01/01/2000", page.QuerySelector("input[name='Form.Due']")!.GetAttribute("value"));
        Assert.Equal(Weak, page.QuerySelector("select[name='Form.Pillar'] option[selected]")!.GetAttribute("value"));
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from tasks.tasks where expected_output = '{output}'"));

        var unknownPillar = await Forms.SubmitAsync(homeAffairs, Par, AimForm, new Dictionary<string, string>
        {
            ["Form.Pillar"] = "Chỉ số không có trong năm 2025", ["Form.Title"] = "Nhiệm vụ (thử, không lưu)", ["Form.Due"] = InAMonth,
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownPillar.StatusCode);
        Assert.Contains("Hãy chọn một chỉ số thành phần của kết quả năm gần nhất", (await Html.ParseAsync(unknownPillar)).Text(), StringComparison.Ordinal);
        Assert.Equal(0L, await AimedAsync("Nhiệm vụ (thử, không lưu)"));
    }

    [Fact]
    public async Task The_summary_attached_by_the_secretariat_appears_in_the_meetings_documents()
    {
        await LatestParIndexAsync();
        var upcoming = Guid.NewGuid();
        var held = Guid.NewGuid();
        await host.Database.ExecuteAsync($"""
            insert into meetings.meetings (id, province, kind, title, mode, location, starts_at, duration_minutes, status, chair_seat_key, takes_opinions, created_by, created_at)
            values ('{upcoming}', 'son-la', 1, 'Phiên họp xem xét chỉ số (thử)', 0, 'Phòng họp', now() + interval '10 days', 90, 1, 'truong-ban', false, 'test', now()),
                   ('{held}', 'son-la', 1, 'Phiên họp đã diễn ra (thử)', 0, 'Phòng họp', now() - interval '10 days', 90, 2, 'truong-ban', false, 'test', now());
            """);
        const string chooser = "select[name='MeetingId']";

        var member = await host.SignInAsync("son-la.member");
        Assert.False(await Forms.OffersAsync(member, "/son-la/chi-so", chooser));
        var refused = await Forms.PostAsync(member, "/son-la/chi-so", "/son-la/chi-so/gui-cuoc-hop", new Dictionary<string, string> { ["MeetingId"] = $"{upcoming}" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var secretariat = await host.SignInAsync("son-la.secretariat");
        var overview = await Html.GetAsync(secretariat, "/son-la/chi-so");
        var offered = overview.QuerySelectorAll(chooser + " option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains($"{upcoming}", offered);
        Assert.DoesNotContain($"{held}", offered);

        var sent = await Forms.SubmitAsync(secretariat, "/son-la/chi-so", chooser, new Dictionary<string, string> { ["MeetingId"] = $"{upcoming}" });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("Đã đính kèm bản tổng hợp chỉ số vào tài liệu cuộc họp.", (await Html.ParseAsync(sent)).Text(), StringComparison.Ordinal);
        var document = await host.Database.ScalarAsync<Guid>($"select id from meetings.documents where meeting_id = '{upcoming}' and file_name like 'Tong-hop-chi-so-%.docx'");
        var meeting = await Html.GetAsync(secretariat, $"/son-la/meetings/{upcoming}");
        Assert.Contains("Tong-hop-chi-so-", meeting.Text(), StringComparison.Ordinal);
        Assert.True(await host.Database.ScalarAsync<long>($"select count(*) from audit.entries where entity_id = '{document}'") > 0);

        // The summary lists each index's latest result against its target: PAR INDEX 2025, 84,1, 40th of 34… as entered.
        var bytes = await host.Database.ScalarAsync<byte[]>($"select bytes from meetings.document_contents where id = '{document}'");
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("PAR INDEX", xml, StringComparison.Ordinal);
        Assert.Contains("84,1", xml, StringComparison.Ordinal);
        Assert.Contains("Đạt chỉ tiêu", xml, StringComparison.Ordinal);

        // A meeting already held takes no more documents this way.
        var late = await Forms.PostAsync(secretariat, "/son-la/chi-so", "/son-la/chi-so/gui-cuoc-hop", new Dictionary<string, string> { ["MeetingId"] = $"{held}" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from meetings.documents where meeting_id = '{held}'"));
    }

    [Fact]
    public async Task The_index_page_and_the_dashboard_read_as_many_statements_with_one_aimed_task_as_with_many()
    {
        await LatestParIndexAsync();
        var secretariat = await host.SignInAsync("son-la.secretariat");
        async Task AimAsync(int n) => Assert.Equal(HttpStatusCode.OK, (await Forms.SubmitAsync(secretariat, Par, AimForm, new Dictionary<string, string>
        {
            ["Form.Pillar"] = n % 2 == 0 ? Weak : "", ["Form.Title"] = $"Nhiệm vụ đếm câu lệnh {n} (thử)", ["Form.Due"] = InAMonth,
        })).StatusCode);

        await AimAsync(0);
        var page = await CountAsync(secretariat, Par);
        var dashboard = await CountAsync(secretariat, "/son-la/tasks/dashboard");
        for (var n = 1; n <= 5; n++)
        {
            await AimAsync(n);
        }

        await host.Database.ExecuteAsync("update tasks.tasks set aim_index_key = 'pci' where title = 'Nhiệm vụ đếm câu lệnh 5 (thử)'");
        Assert.Equal(page, await CountAsync(secretariat, Par));
        Assert.Equal(dashboard, await CountAsync(secretariat, "/son-la/tasks/dashboard"));
    }

    private async Task<int> CountAsync(HttpClient client, string url)
    {
        await client.GetAsync(url);
        host.Sql.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(host.Sql.Count > 0, "the counter is not wired to the host");
        return host.Sql.Count;
    }
}
