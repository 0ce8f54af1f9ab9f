using System.Net;
using Platform.Core.Localization;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The province's one search (<c>/{province}/tim-kiem</c>): Vietnamese typed with or without diacritics, in any case,
/// with a slip of the keys, finds the same conclusion; another province's records never appear (row-level security);
/// the folded text is kept by the database with the text and a trigram index serves the match; the page's statement
/// count does not grow with the results.
/// </summary>
public sealed class SearchTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    private const string Conclusion = "Đề nghị Công an tỉnh chủ trì làm sạch dữ liệu dân cư trên địa bàn";

    /// <summary>A held meeting of <paramref name="province"/> with an issued notice holding <paramref name="items"/> items (the first one <paramref name="text"/>); returns the meeting.</summary>
    private async Task<Guid> HeldWithNoticeAsync(string province, string title, string text, int items = 1)
    {
        _ = host.Services;
        var meeting = Guid.NewGuid();
        await host.Database.ExecuteAsync($"""
            insert into meetings.meetings (id, province, kind, title, mode, location, starts_at, duration_minutes, status, chair_seat_key, takes_opinions, created_by, created_at)
            values ('{meeting}', '{province}', 1, '{title}', 0, 'Phòng họp', now() - interval '3 days', 90, 2, 'truong-ban', false, 'test', now());
            insert into meetings.notices (id, province, meeting_id, number, date, signer, status, drafted_by, drafted_at, issued_by, issued_at)
            values (gen_random_uuid(), '{province}', '{meeting}', '{Random.Shared.Next(100, 999)}/TB-BCĐ', current_date, 'Trưởng Ban', 2, 'test', now(), 'test', now());
            insert into meetings.notice_items (id, province, notice_id, number, text, lead_agency_key)
            select gen_random_uuid(), '{province}', n.id, g, case when g = 1 then '{text}' else '{text} (bổ sung ' || g || ')' end, 'cong-an-tinh'
            from meetings.notices n cross join generate_series(1, {items}) g where n.meeting_id = '{meeting}';
            """);
        return meeting;
    }

    [Fact]
    public async Task With_or_without_diacritics_in_any_case_or_with_a_slip_of_the_keys_the_same_conclusion_is_found_and_never_another_provinces()
    {
        var sonLa = await HeldWithNoticeAsync("son-la", "Phiên họp thử tìm kiếm Sơn La", Conclusion);
        var dakLak = await HeldWithNoticeAsync("dak-lak", "Phiên họp thử tìm kiếm Đắk Lắk", Conclusion);
        var client = await host.SignInAsync("son-la.member");

        foreach (var typed in new[] { "dữ liệu dân cư", "du lieu dan cu", "DU LIEU DAN CU", "du leiu dan cu" })
        {
            var page = await Html.GetAsync(client, "/son-la/tim-kiem?q=" + Uri.EscapeDataString(typed));
            var links = page.QuerySelectorAll("ol.search-results a").Select(a => a.GetAttribute("href")).ToList();
            Assert.True(links.Count > 0, page.Body!.TextContent);
            Assert.Contains($"/son-la/meetings/{sonLa}/notice", links);
            Assert.DoesNotContain(links, l => l!.Contains(dakLak.ToString(), StringComparison.Ordinal) || l.StartsWith("/dak-lak", StringComparison.Ordinal));
        }

        // A slip of the keys is only forgiven when no record holds every word, and the page says the results are near.
        var slip = await Html.GetAsync(client, "/son-la/tim-kiem?q=du+leiu+dan+cu");
        Assert.Contains("gần đúng", slip.QuerySelector("p.muted")!.TextContent, StringComparison.Ordinal);
        var exact = await Html.GetAsync(client, "/son-la/tim-kiem?q=du+lieu+dan+cu");
        Assert.DoesNotContain("gần đúng", exact.Body!.TextContent, StringComparison.Ordinal);

        // Words in quotation marks are a phrase: found side by side as typed, not in another order.
        async Task<List<string>> Found(string typed) => [.. (await Html.GetAsync(client, "/son-la/tim-kiem?loai=ket-luan&q=" + Uri.EscapeDataString(typed)))
            .QuerySelectorAll("ol.search-results a").Select(a => a.GetAttribute("href")!)];
        Assert.Contains($"/son-la/meetings/{sonLa}/notice", await Found("\"du lieu dan cu\" cong an"));
        Assert.Contains($"/son-la/meetings/{sonLa}/notice", await Found("dan cu du lieu"));
        Assert.DoesNotContain($"/son-la/meetings/{sonLa}/notice", await Found("\"dan cu du lieu\""));

        // The words found are marked in the passage, as typed in the record.
        var marked = await Html.GetAsync(client, "/son-la/tim-kiem?q=du+lieu+dan+cu");
        Assert.Contains("dữ liệu dân cư", marked.QuerySelectorAll("mark").Select(m => m.TextContent), StringComparer.Ordinal);

        // The filter by kind keeps the query and shows one kind.
        var tasksOnly = await Html.GetAsync(client, "/son-la/tim-kiem?q=du+lieu+dan+cu&loai=nhiem-vu");
        Assert.DoesNotContain(tasksOnly.QuerySelectorAll("ol.search-results a"), a => a.GetAttribute("href")!.EndsWith("/notice", StringComparison.Ordinal));

        // Đắk Lắk's official finds Đắk Lắk's notice, not Sơn La's.
        var dakLakClient = await host.SignInAsync("dak-lak.member");
        var theirs = (await Html.GetAsync(dakLakClient, "/dak-lak/tim-kiem?q=du+lieu+dan+cu")).QuerySelectorAll("ol.search-results a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/dak-lak/meetings/{dakLak}/notice", theirs);
        Assert.DoesNotContain($"/son-la/meetings/{sonLa}/notice", theirs);
    }

    [Fact]
    public async Task Every_section_of_a_submitted_report_is_found_and_a_draft_is_not()
    {
        _ = host.Services;
        await host.Database.ExecuteAsync("""
            delete from reporting.submissions where updated_by = 'search-test';
            insert into reporting.submissions (id, province, period_kind, year, number, stage_key, submitter_kind, submitter_key, edition, status,
                                               full_results, summary_shortcomings, updated_by, updated_at, submitted_by, submitted_at, submitted_on)
            values (gen_random_uuid(), 'son-la', 0, 2025, 3, 'thanh-vien', 0, 'chanh-van-phong-ubnd', 1, 1,
                    'Hoàn thành kế hoạch quý.', 'Tỷ lệ hồ sơ trực tuyến toàn trình ở cấp xã còn thấp.', 'search-test', now(), 'thử', now(), date '2025-09-08'),
                   (gen_random_uuid(), 'son-la', 0, 2025, 3, 'thanh-vien', 0, 'chanh-van-phong-ubnd', 2, 0,
                    'Bản nháp chưa gửi về trạm viễn thông lưu động.', null, 'search-test', now(), null, null, null),
                   (gen_random_uuid(), 'dak-lak', 0, 2025, 3, 'thanh-vien', 0, 'dak-lak-seat', 1, 1,
                    'Tỷ lệ hồ sơ trực tuyến toàn trình của Đắk Lắk.', null, 'search-test', now(), 'thử', now(), date '2025-09-08');
            """);
        var client = await host.SignInAsync("son-la.member");

        var found = await Html.GetAsync(client, "/son-la/tim-kiem?q=" + Uri.EscapeDataString("ho so truc tuyen toan trinh"));
        var links = found.QuerySelectorAll("ol.search-results a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/son-la/reports/write?ky=Q3-2025&buoc=thanh-vien&ai=chanh-van-phong-ubnd", links);
        Assert.DoesNotContain(links, l => l.StartsWith("/dak-lak", StringComparison.Ordinal));
        // The passage shown is the summary's section that holds the words, marked.
        var hit = found.QuerySelectorAll("ol.search-results li").Single(li => li.QuerySelector("a")!.GetAttribute("href")!.Contains("/reports/", StringComparison.Ordinal));
        Assert.Equal("Tỷ lệ hồ sơ trực tuyến toàn trình ở cấp xã còn thấp.", hit.QuerySelector(".passage")!.TextContent);
        Assert.Contains("hồ sơ trực tuyến toàn trình", hit.QuerySelectorAll(".passage mark").Select(m => m.TextContent), StringComparer.Ordinal);

        var draft = await Html.GetAsync(client, "/son-la/tim-kiem?q=" + Uri.EscapeDataString("tram vien thong luu dong"));
        Assert.DoesNotContain(draft.QuerySelectorAll("ol.search-results a"), a => a.GetAttribute("href")!.Contains("/reports/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_query_too_short_is_refused_plainly_and_an_unknown_word_finds_nothing()
    {
        var client = await host.SignInAsync("son-la.member");
        var tooShort = await Html.GetAsync(client, "/son-la/tim-kiem?q=a");
        Assert.Contains("Hãy gõ ít nhất 2 chữ cái.", tooShort.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var nothing = await Html.GetAsync(client, "/son-la/tim-kiem?q=" + Uri.EscapeDataString("xyzzyqw"));
        Assert.Empty(nothing.QuerySelectorAll("ol.search-results li"));
        Assert.Contains("Không tìm thấy hồ sơ nào", nothing.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_folds_as_the_application_does_and_a_trigram_index_serves_the_match()
    {
        _ = host.Services;
        const string text = "  Đề ÁN 06:   Dữ liệu DÂN CƯ, Đắk Lắk — Điện Biên ";
        Assert.Equal(VietnameseText.Fold(text), await host.Database.ScalarAsync<string>($"select meetings.fold('{text}')"));

        // Kept by the database in the write that changes the text.
        var meeting = await HeldWithNoticeAsync("son-la", "Phiên họp thử chữ gập", "Chuyển đổi số");
        await host.Database.ExecuteAsync($"update meetings.notice_items set text = 'Hoàn thiện Cơ sở dữ liệu quốc gia' where notice_id = (select id from meetings.notices where meeting_id = '{meeting}')");
        Assert.Equal("hoan thien co so du lieu quoc gia", await host.Database.ScalarAsync<string>(
            $"select search_text from meetings.notice_items where notice_id = (select id from meetings.notices where meeting_id = '{meeting}')"));

        // The planner may use the index for both forms of the match (told not to scan, as it would on a big table).
        foreach (var (table, where) in new[]
        {
            ("meetings.notice_items", "search_text like '%du lieu%' or 'du leiu dan cu' <% search_text"),
            ("meetings.meetings", "search_text like '%phien hop%'"),
            ("tasks.tasks", "search_text like '%du lieu%' or 'du leiu' <% search_text"),
            ("tasks.updates", "search_text like '%du lieu%' or 'du leiu' <% search_text"),
            ("meetings.agenda_items", "search_text like '%du lieu%' or 'du leiu' <% search_text"),
            ("meetings.meetings", "minutes_search_text like '%du lieu%' or 'du leiu' <% minutes_search_text"),
            ("reporting.submissions", "search_text like '%du lieu%' or 'du leiu' <% search_text"),
        })
        {
            var explained = await host.Database.ExplainAsync($"select * from {table} where {where}", "set enable_seqscan = off");
            Assert.Contains("search_text", explained, StringComparison.Ordinal);
            Assert.Contains("Bitmap Index Scan", explained, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_search_page_reads_many_results_with_as_many_statements_as_a_few()
    {
        await HeldWithNoticeAsync("son-la", "Phiên họp thử đếm câu lệnh", "Rà soát chứng thư số cho cán bộ");
        var client = await host.SignInAsync("son-la.secretariat");
        const string url = "/son-la/tim-kiem?q=chung+thu+so";
        await client.GetAsync(url);
        host.Sql.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        var few = host.Sql.Count;

        await HeldWithNoticeAsync("son-la", "Phiên họp thử đếm câu lệnh thêm", "Rà soát chứng thư số cho cán bộ", items: 25);
        host.Sql.Reset();
        var page = await Html.GetAsync(client, url);
        var many = host.Sql.Count;

        Assert.True(page.QuerySelectorAll("ol.search-results li").Length >= 26);
        Assert.True(few > 0, "the counter is not wired to the host");
        Assert.Equal(few, many);
    }

    [Fact]
    public async Task An_open_consultation_is_found_by_its_subject_or_conclusion_and_a_draft_is_not()
    {
        _ = host.Services;
        var (open, draft) = (Guid.NewGuid(), Guid.NewGuid());
        await host.Database.ExecuteAsync($"""
            insert into consultations.consultations (id, province, year, number, subject, urgent, chosen_recipients, deadline, state, drafted_by, drafted_at, conclusion)
            values ('{open}', 'son-la', 2026, 901, 'Xin ý kiến về kế hoạch số hóa sổ hộ tịch', false, false, current_date + 5, 2, 'test', now(), 'Giao Sở Tư pháp chủ trì số hóa sổ hộ tịch'),
                   ('{draft}', 'son-la', 2026, 902, 'Dự thảo: số hóa sổ hộ tịch cấp xã', false, false, current_date + 5, 0, 'test', now(), null);
            """);
        var client = await host.SignInAsync("son-la.member");

        var links = (await Html.GetAsync(client, "/son-la/tim-kiem?q=so+hoa+ho+tich&loai=lay-y-kien")).QuerySelectorAll("ol.search-results a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains($"/son-la/y-kien/{open}", links);
        Assert.DoesNotContain($"/son-la/y-kien/{draft}", links);
    }

    [Fact]
    public async Task Year_agency_and_portfolio_filters_keep_only_the_records_they_name_and_say_which_kinds_they_cannot_filter()
    {
        _ = host.Services;
        // Two tasks on the same words: one of Sơn La's police due in 2025 in Project 06, one of its DOST due in 2026.
        var (police, dost) = (Guid.NewGuid(), Guid.NewGuid());
        await host.Database.ExecuteAsync($"""
            insert into tasks.tasks (id, province, title, source, source_label, portfolio_key, lead_agency_key, co_agency_keys, issuer_seat_key, assigned_by, assigned_at,
                                     original_due, due, recurrence, progress, search_text)
            values ('{police}', 'son-la', 'Số hóa hồ sơ lưu trú thử lọc', 2, 'Giao trực tiếp', 'de-an-06', 'cong-an-tinh', '{"{}"}', 'truong-ban', 'thử', now(),
                    date '2025-06-30', date '2025-06-30', 0, 0, 'so hoa ho so luu tru thu loc'),
                   ('{dost}', 'son-la', 'Số hóa hồ sơ lưu trú thử lọc (KH&CN)', 2, 'Giao trực tiếp', null, 'so-khcn', '{"{}"}', 'truong-ban', 'thử', now(),
                    date '2026-03-31', date '2026-03-31', 0, 0, 'so hoa ho so luu tru thu loc (kh&cn)');
            insert into tasks.updates (id, province, task_id, kind, text, author, at)
            values (gen_random_uuid(), 'son-la', '{police}', 1, 'Đã số hóa hồ sơ lưu trú của 12 xã biên giới', 'Công an tỉnh', timestamptz '2025-05-10 09:00+07');
            """);
        var client = await host.SignInAsync("son-la.member");
        async Task<List<string>> Links(string url) =>
            [.. (await Html.GetAsync(client, url)).QuerySelectorAll("ol.search-results a").Select(a => a.GetAttribute("href")!)];

        const string words = "/son-la/tim-kiem?q=so+hoa+ho+so+luu+tru";
        var all = await Links(words);
        Assert.Contains($"/son-la/tasks/{police}", all);
        Assert.Contains($"/son-la/tasks/{dost}", all);

        var in2025 = await Links(words + "&nam=2025");
        Assert.Contains($"/son-la/tasks/{police}", in2025);
        Assert.DoesNotContain($"/son-la/tasks/{dost}", in2025);

        var page = await Html.GetAsync(client, words + "&co-quan=so-khcn");
        var ofDost = page.QuerySelectorAll("ol.search-results a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains($"/son-la/tasks/{dost}", ofDost);
        Assert.DoesNotContain($"/son-la/tasks/{police}", ofDost);
        // Meetings have no agency: the page says they were not searched rather than show them unfiltered.
        Assert.Contains("Không tìm trong: ", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Cuộc họp", page.QuerySelector("p.muted")!.TextContent, StringComparison.Ordinal);
        // The filters chosen stay chosen, and the kind links keep them.
        Assert.Equal("so-khcn", page.QuerySelector("select#co-quan option[selected]")!.GetAttribute("value"));
        Assert.Contains(page.QuerySelectorAll("ul.filters a"), a => a.GetAttribute("href")!.Contains("co-quan=so-khcn", StringComparison.Ordinal));

        var project06 = await Links(words + "&linh-vuc=de-an-06");
        Assert.Contains($"/son-la/tasks/{police}", project06);
        Assert.DoesNotContain($"/son-la/tasks/{dost}", project06);

        // The police's progress report is found by its words, under its task, and kept by the year it was written.
        Assert.Contains($"/son-la/tasks/{police}", await Links("/son-la/tim-kiem?q=" + Uri.EscapeDataString("12 xa bien gioi") + "&loai=tien-do"));
        Assert.DoesNotContain($"/son-la/tasks/{police}", await Links("/son-la/tim-kiem?q=" + Uri.EscapeDataString("12 xa bien gioi") + "&nam=2026"));

        // An agency that is not in the regulation is dropped with a message, the words kept.
        var unknown = await Html.GetAsync(client, words + "&co-quan=khong-co");
        Assert.Contains("không có trong quy chế", unknown.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("so hoa ho so luu tru", unknown.QuerySelector("input#q")!.GetAttribute("value")!.Replace('+', ' '));
        Assert.Contains($"/son-la/tasks/{dost}", unknown.QuerySelectorAll("ol.search-results a").Select(a => a.GetAttribute("href")!));
    }

    [Fact]
    public async Task A_meeting_is_found_by_an_item_of_its_agenda_or_by_its_minutes_with_the_part_that_matched()
    {
        var meeting = await HeldWithNoticeAsync("son-la", "Phiên họp thử biên bản", "Nội dung khác");
        var filler = string.Join(" ", Enumerable.Repeat("Các đại biểu thảo luận.", 30));
        await host.Database.ExecuteAsync($"""
            insert into meetings.agenda_items (id, province, meeting_id, "order", title, presenter, duration_minutes)
            values (gen_random_uuid(), 'son-la', '{meeting}', 1, 'Báo cáo tiến độ xây dựng trung tâm điều hành thông minh', 'Sở KH&CN', 20);
            update meetings.meetings set minutes = '{filler}
            Đồng chí Trưởng Ban kết luận: giao Sở Nội vụ rà soát quy chế phối hợp liên ngành. {filler}' where id = '{meeting}';
            """);
        var client = await host.SignInAsync("son-la.member");

        var byAgenda = await Html.GetAsync(client, "/son-la/tim-kiem?q=" + Uri.EscapeDataString("trung tam dieu hanh thong minh") + "&loai=cuoc-hop");
        var agendaHit = Assert.Single(byAgenda.QuerySelectorAll("ol.search-results li"), li => li.QuerySelector("a")!.GetAttribute("href") == $"/son-la/meetings/{meeting}");
        Assert.Contains("trung tâm điều hành thông minh", agendaHit.QuerySelector(".passage")!.TextContent, StringComparison.Ordinal);

        var byMinutes = await Html.GetAsync(client, "/son-la/tim-kiem?q=" + Uri.EscapeDataString("quy che phoi hop lien nganh") + "&loai=cuoc-hop");
        var minutesHit = Assert.Single(byMinutes.QuerySelectorAll("ol.search-results li"), li => li.QuerySelector("a")!.GetAttribute("href") == $"/son-la/meetings/{meeting}");
        // The passage is the part of the minutes around the words, not their beginning.
        var passage = minutesHit.QuerySelector(".passage")!.TextContent;
        Assert.Contains("rà soát quy chế phối hợp liên ngành", passage, StringComparison.Ordinal);
        Assert.StartsWith("…", passage, StringComparison.Ordinal);
        Assert.Contains("quy chế phối hợp liên ngành", minutesHit.QuerySelectorAll(".passage mark").Select(m => m.TextContent), StringComparer.Ordinal);
    }
}
