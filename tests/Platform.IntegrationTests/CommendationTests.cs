using System.Net;
using Npgsql;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Commendation, criticism and discipline proposals as the regulations put them: the standing agency proposes (Đắk Lắk,
/// Art. 8.4; Sơn La, Art. 11.3) with the evidence the platform holds, and the head commends, criticises or proposes to
/// the competent level (Đắk Lắk, Art. 4.5; Sơn La, Art. 4.4).
/// </summary>
public sealed class CommendationTests(MeetingHost host) : IClassFixture<MeetingHost>, IAsyncLifetime
{
    private HttpClient _secretariat = null!;
    private HttpClient _head = null!;

    public async Task InitializeAsync()
    {
        host.Clock.Now = null;
        _secretariat = await host.SignInAsync("son-la.secretariat");
        _head = await host.SignInAsync("son-la.leader");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Dictionary<string, string> Proposal(string agency, string grounds, string? year = null, string kind = "Commendation") => new()
    {
        ["Form.Kind"] = kind,
        ["Form.Nominee"] = "Agency",
        ["Form.AgencyKey"] = agency,
        ["Form.Grounds"] = grounds,
        ["Form.EvidenceYear"] = year ?? "",
    };

    private async Task<Guid> ProposeAsync(Dictionary<string, string> fields)
    {
        var response = await Forms.SubmitAsync(_secretariat, "/son-la/khen-thuong/moi", "[name='Form.Grounds']", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Guid.Parse(response.RequestMessage!.RequestUri!.Segments[^1]);
    }

    [Fact]
    public async Task A_commendation_proposal_carries_the_agencys_on_time_rate_and_inspection_findings_for_the_year()
    {
        // Sơn La's Department of Home Affairs in 2003: three tasks done on time, one late, one still open past its
        // deadline, one cancelled (not counted): 3 of 5 on time.
        await host.Database.ExecuteAsync("""
            delete from tasks.tasks where province = 'son-la' and lead_agency_key = 'so-noi-vu' and extract(year from due) = 2003;
            insert into tasks.tasks (id, province, title, source, source_label, lead_agency_key, co_agency_keys, issuer_seat_key, assigned_by, assigned_at,
                                     original_due, due, recurrence, progress, completed_on, search_text)
            select gen_random_uuid(), 'son-la', 'Nhiệm vụ ' || n, 2, 'Giao trực tiếp', 'so-noi-vu', '{}', 'truong-ban', 'thử', now(),
                   date '2003-06-30', date '2003-06-30', 0,
                   case when n <= 4 then 2 when n = 5 then 1 else 3 end,
                   case when n <= 3 then date '2003-06-20' when n = 4 then date '2003-07-15' end, 'nhiem vu'
            from generate_series(1, 6) n;
            """);

        // A mission closed in 2003 found something about the department; one closed in 2004 is not that year's.
        await host.Database.ExecuteAsync("""
            delete from inspections.missions where province = 'son-la' and subject like 'Kiểm tra thử CCHC%';
            insert into inspections.missions (id, province, year, subject, "from", "to", lead_seat_key, lead_office, set_up_by, set_up_at, notice_text, notice_number, notice_date)
            values ('0193b000-0000-7000-8000-000000000031', 'son-la', 2003, 'Kiểm tra thử CCHC năm 2003', date '2003-05-01', date '2003-05-10', 'truong-ban', 'Trưởng Ban', 'thử', now(), 'Kết luận', '7/TB-BCĐ', date '2003-05-20'),
                   ('0193b000-0000-7000-8000-000000000032', 'son-la', 2004, 'Kiểm tra thử CCHC năm 2004', date '2004-05-01', date '2004-05-10', 'truong-ban', 'Trưởng Ban', 'thử', now(), 'Kết luận', '8/TB-BCĐ', date '2004-05-20');
            insert into inspections.inspected_agencies (id, province, mission_id, agency_key, findings)
            values (gen_random_uuid(), 'son-la', '0193b000-0000-7000-8000-000000000031', 'so-noi-vu', 'Hồ sơ một cửa đầy đủ, đúng hạn.'),
                   (gen_random_uuid(), 'son-la', '0193b000-0000-7000-8000-000000000032', 'so-noi-vu', 'Phát hiện năm sau.');
            """);

        var id = await ProposeAsync(Proposal("so-noi-vu", "Hoàn thành tốt cải cách hành chính năm 2003.", "2003"));

        Assert.Equal("2003|5|3|1|1", await host.Database.ScalarAsync<string>(
            $"select evidence_year || '|' || tasks_counted || '|' || tasks_on_time || '|' || tasks_late || '|' || tasks_overdue from commendations.nominations where id = '{id}'"));
        var page = await Html.GetAsync(_head, $"/son-la/khen-thuong/{id}");
        Assert.StartsWith("60", page.QuerySelector("#rate")!.Text().Trim(), StringComparison.Ordinal);
        Assert.Contains("Sở Nội vụ", page.QuerySelector("#nominee")!.Text(), StringComparison.Ordinal);
        // The inspection findings of that year, with the mission and its closing notice.
        var findings = page.QuerySelector("#findings")!.Text();
        Assert.Contains("Kiểm tra thử CCHC năm 2003 (thông báo kết luận số 7/TB-BCĐ ngày 20/05/2003): Hồ sơ một cửa đầy đủ, đúng hạn.", findings, StringComparison.Ordinal);
        Assert.DoesNotContain("Phát hiện năm sau", findings, StringComparison.Ordinal);
        // The figures are those shown when proposed: a task closed afterwards does not change what the head decides on.
        await host.Database.ExecuteAsync("update tasks.tasks set progress = 2, completed_on = date '2003-06-01' where province = 'son-la' and lead_agency_key = 'so-noi-vu' and progress = 1 and due = date '2003-06-30'");
        Assert.StartsWith("60", (await Html.GetAsync(_head, $"/son-la/khen-thuong/{id}")).QuerySelector("#rate")!.Text().Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_proposal_carries_the_agencys_periodic_reports_judged_by_the_provinces_own_chain()
    {
        // Sơn La's DOST reports as a member's agency (Art. 12.4) and leads a standing agency (Art. 12.5): this year's
        // reports whose deadline has passed are counted on time, late or missing.
        var year = Core.Dates.VietnamTime.Today(TimeProvider.System).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var id = await ProposeAsync(Proposal("so-khcn", "Tổng hợp báo cáo đầy đủ, kịp thời.", year));

        var judged = await host.Database.ScalarAsync<int>($"select reports_on_time + reports_late + reports_missing from commendations.nominations where id = '{id}'");
        Assert.True(judged > 0, "no report of the year was judged");
        var cells = (await Html.GetAsync(_head, $"/son-la/khen-thuong/{id}")).QuerySelectorAll("#reports td").Select(c => int.Parse(c.Text().Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(judged, cells.Sum());
    }

    [Fact]
    public async Task Only_the_head_decides_and_a_deputy_is_refused_citing_the_regulation()
    {
        var id = await ProposeAsync(Proposal("so-khcn", "Dẫn đầu về chuyển đổi số."));
        var deputy = await host.SignInHoldingAsync("son-la", "pho-truong-ban-thuong-truc");

        var refused = await Forms.PostAsync(deputy, $"/son-la/khen-thuong/{id}", $"/son-la/khen-thuong/{id}?handler=Decide",
            new Dictionary<string, string> { ["decision"] = "Decide", ["version"] = await VersionAsync(id) });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Sơn La, Điều 4.4", (await Html.ParseAsync(refused)).QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await host.Database.ScalarAsync<int>($"select state from commendations.nominations where id = '{id}'"));

        var decided = await Forms.SubmitAsync(_head, $"/son-la/khen-thuong/{id}", "[name=decision]", new Dictionary<string, string> { ["decision"] = "Decide" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal("1|truong-ban", await host.Database.ScalarAsync<string>($"select state || '|' || decided_by_seat from commendations.nominations where id = '{id}'"));
        // The standing agency hears of the decision.
        Assert.True(await host.Database.ScalarAsync<long>(
            $"select count(*) from notifications.outbox where province = 'son-la' and kind = 'commendation.decided' and link like '%{id}'") == 1);
    }

    [Fact]
    public async Task A_request_for_discipline_is_forwarded_with_its_reference_never_decided_by_the_committee()
    {
        var id = await ProposeAsync(Proposal("so-tai-chinh", "Chậm triển khai nhiều nhiệm vụ được giao.", kind: "Discipline"));

        var decided = await Forms.PostAsync(_head, $"/son-la/khen-thuong/{id}", $"/son-la/khen-thuong/{id}?handler=Decide",
            new Dictionary<string, string> { ["decision"] = "Decide", ["version"] = await VersionAsync(id) });
        Assert.Equal((HttpStatusCode)422, decided.StatusCode);
        Assert.Contains("cấp có thẩm quyền", (await Html.ParseAsync(decided)).QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);

        // Forwarding needs the document's reference; what was typed is kept.
        var missing = await Forms.SubmitAsync(_head, $"/son-la/khen-thuong/{id}", "[name=decision]", new Dictionary<string, string> { ["decision"] = "Forward", ["Note"] = "Đề nghị UBND tỉnh xem xét." });
        Assert.Equal((HttpStatusCode)422, missing.StatusCode);
        var again = await Html.ParseAsync(missing);
        Assert.Equal("Đề nghị UBND tỉnh xem xét.", again.QuerySelector("#note")!.TextContent);
        Assert.Contains("số, ngày văn bản", again.Text(), StringComparison.Ordinal);

        var forwarded = await Forms.SubmitAsync(_head, $"/son-la/khen-thuong/{id}", "[name=decision]",
            new Dictionary<string, string> { ["decision"] = "Forward", ["Reference"] = "15/TTr-BCĐ ngày 10/12/2026" });
        Assert.Equal(HttpStatusCode.OK, forwarded.StatusCode);
        Assert.Equal("2|15/TTr-BCĐ ngày 10/12/2026", await host.Database.ScalarAsync<string>($"select state || '|' || forward_reference from commendations.nominations where id = '{id}'"));
    }

    [Fact]
    public async Task A_decision_on_a_page_opened_before_another_decision_is_refused_not_overwritten()
    {
        var id = await ProposeAsync(Proposal("so-khcn", "Hoàn thành sớm kế hoạch năm."));
        var stale = await Forms.OpenAsync(_head, $"/son-la/khen-thuong/{id}", "[name=decision]");
        var withdrawn = await Forms.SubmitAsync(_secretariat, $"/son-la/khen-thuong/{id}", "#reason", new Dictionary<string, string> { ["Note"] = "Bổ sung hồ sơ." });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        var late = await stale.SendAsync(_head, new Dictionary<string, string> { ["decision"] = "Decide" });

        Assert.NotEqual(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal("4|Bổ sung hồ sơ.", await host.Database.ScalarAsync<string>($"select state || '|' || decision_note from commendations.nominations where id = '{id}'"));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_messages_and_what_was_typed_is_kept()
    {
        var response = await Forms.SubmitAsync(_secretariat, "/son-la/khen-thuong/moi", "[name='Form.Grounds']", new Dictionary<string, string>
        {
            ["Form.Kind"] = "Commendation",
            ["Form.Nominee"] = "Person",
            ["Form.PersonName"] = "",
            ["Form.PersonPosition"] = "Chuyên viên",
            ["Form.Grounds"] = "Có nhiều sáng kiến.",
            ["Form.EvidenceYear"] = "1990",
        });

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("họ và tên", page.Text(), StringComparison.Ordinal);
        Assert.Contains("Năm lấy số liệu", page.Text(), StringComparison.Ordinal);
        Assert.Equal("Có nhiều sáng kiến.", page.QuerySelector("#grounds")!.TextContent);
        Assert.Equal("Chuyên viên", page.QuerySelector("#position")!.GetAttribute("value"));
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("select count(*) from commendations.nominations where grounds = 'Có nhiều sáng kiến.'"));
    }

    [Fact]
    public async Task Members_who_are_neither_the_standing_agency_nor_leaders_cannot_read_or_propose()
    {
        var member = await host.SignInAsync("son-la.member");

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/son-la/khen-thuong")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/son-la/khen-thuong/moi")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _head.GetAsync("/son-la/khen-thuong/moi")).StatusCode);
    }

    [Fact]
    public async Task The_register_reads_a_constant_number_of_statements_whatever_the_number_of_proposals()
    {
        await AddAsync(2);
        var before = await CountAsync(_head, "/son-la/khen-thuong");
        await AddAsync(20);
        var after = await CountAsync(_head, "/son-la/khen-thuong");

        Assert.True(before > 0, "the counter is not wired to the host");
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Every_table_of_the_commendations_schema_is_isolated_and_a_dak_lak_proposal_is_not_read_from_son_la()
    {
        _ = host.Services;
        Assert.Equal("nominations:true:true", await host.Database.ScalarAsync<string>("""
            select string_agg(c.relname || ':' || c.relrowsecurity || ':' || c.relforcerowsecurity, ',' order by c.relname)
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'commendations' and c.relkind = 'r' and c.relname <> '__migrations'
            """));
        var id = Guid.CreateVersion7();
        await host.Database.ExecuteAsync($"""
            insert into commendations.nominations (id, province, year, number, kind, nominee, agency_key, agency_name, grounds, proposed_by, proposed_at, state)
            values ('{id}', 'dak-lak', 2002, 1, 0, 0, 'so-khcn', 'Sở Khoa học và Công nghệ', 'Thành tích của Đắk Lắk', 'thử', now(), 0)
            """);

        await using var connection = new NpgsqlConnection(host.Database.ApplicationConnectionString);
        await connection.OpenAsync();
        await using (var set = new NpgsqlCommand("select set_config('app.province', 'son-la', false)", connection))
        {
            await set.ExecuteScalarAsync();
        }

        await using var read = new NpgsqlCommand($"select count(*) from commendations.nominations where id = '{id}'", connection);
        Assert.Equal(0L, (long)(await read.ExecuteScalarAsync())!);
        Assert.Equal(HttpStatusCode.NotFound, (await _head.GetAsync($"/son-la/khen-thuong/{id}")).StatusCode);
        Assert.DoesNotContain("Thành tích của Đắk Lắk", await _head.GetStringAsync("/son-la/khen-thuong"), StringComparison.Ordinal);
    }

    private Task<string> VersionAsync(Guid id) =>
        host.Database.ScalarAsync<string>($"select xmin::text from commendations.nominations where id = '{id}'");

    private Task AddAsync(int count) => host.Database.ExecuteAsync($"""
        insert into commendations.nominations (id, province, year, number, kind, nominee, agency_key, agency_name, grounds, proposed_by, proposed_at, state,
                                             evidence_year, tasks_counted, tasks_on_time, tasks_late, tasks_overdue)
        select gen_random_uuid(), 'son-la', 1990, coalesce((select max(number) from commendations.nominations where province = 'son-la' and year = 1990), 0) + n,
               n % 3, n % 2, 'so-khcn', 'Sở Khoa học và Công nghệ', 'Căn cứ ' || n, 'thử', now(), n % 5, 1990, 10, 8, 1, 1
        from generate_series(1, {count}) n
        """);

    private async Task<int> CountAsync(HttpClient client, string url)
    {
        await client.GetAsync(url);
        host.Sql.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return host.Sql.Count;
    }
}
