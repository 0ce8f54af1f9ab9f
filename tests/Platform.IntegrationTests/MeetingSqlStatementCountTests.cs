using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The meetings pages issue a number of SQL statements that does not grow with the data: a province with dozens more
/// meetings, each with its invitations, absence requests, notices and recipients, and a meeting with long lists of
/// guests, documents and conclusions, is read with exactly as many statements as the demo.
/// </summary>
public sealed class MeetingSqlStatementCountTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData("/son-la/meetings", "son-la.secretariat")]
    [InlineData("/son-la/meetings/{id}", "son-la.secretariat")]
    [InlineData("/son-la/meetings/{id}", "son-la.leader")]
    [InlineData("/son-la/meetings/{id}/status", "son-la.secretariat")]
    [InlineData("/son-la/meetings/{id}/agenda", "son-la.secretariat")]
    [InlineData("/son-la/meetings/{id}/documents", "son-la.secretariat")]
    [InlineData("/son-la/meetings/{id}/invitees", "son-la.leader")]
    [InlineData("/son-la/meetings/{id}/minutes", "son-la.secretariat")]
    [InlineData("/son-la/meetings/{id}/notice", "son-la.member")]
    [InlineData("/son-la/meetings/{id}/attendance", "son-la.secretariat")]
    [InlineData("/son-la/meetings/mine", "son-la.member")]
    [InlineData("/son-la/meetings/mine", "son-la.leader")]
    [InlineData("/son-la/meetings/decisions", "son-la.leader")]
    [InlineData("/son-la/meetings/attendance", "son-la.viewer")]
    [InlineData("/son-la", "son-la.leader")]
    [InlineData("/son-la", "son-la.secretariat")]
    public async Task A_meetings_page_reads_many_meetings_with_as_many_statements_as_a_few(string page, string user)
    {
        var client = await host.SignInAsync(user);
        var meeting = await host.Database.ScalarAsync<Guid>(
            "select id from meetings.meetings where province = 'son-la' and status = 2 order by starts_at limit 1");
        var url = page.Replace("{id}", meeting.ToString(), StringComparison.Ordinal);

        var before = await CountAsync(client, url);
        var meetingsBefore = await host.Database.ScalarAsync<long>("select count(*) from meetings.meetings");
        var recipientsBefore = await host.Database.ScalarAsync<long>("select count(*) from meetings.notice_recipients");
        await GrowSonLaAsync(meeting);
        var after = await CountAsync(client, url);

        Assert.Equal(meetingsBefore + 40, await host.Database.ScalarAsync<long>("select count(*) from meetings.meetings"));
        var recipientsAfter = await host.Database.ScalarAsync<long>("select count(*) from meetings.notice_recipients");
        Assert.True(recipientsAfter > recipientsBefore + 150, $"{recipientsAfter - recipientsBefore} recipients more");
        Assert.True(before > 0, $"the page read nothing ({before}): the counter is not wired to the host");
        Assert.Equal(before, after);
    }

    private async Task<int> CountAsync(HttpClient client, string url)
    {
        await client.GetAsync(url); // warm caches (the first request compiles the page; a first opening of a notice records it)
        host.Sql.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return host.Sql.Count;
    }

    private string MemberSeat =>
        host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!.Seats.First(s => s.Role == SeatRole.Member).Key;

    // 40 more meetings this month chaired by the head — proposed, scheduled and held — each inviting every seat, with
    // absence requests, notices (drafts for the head to approve, and issued ones to every seat) and their items; and
    // on the page's own meeting 60 guests, 20 agenda items, 20 documents, 30 requests, 20 conclusions and 30 agencies
    // receiving its notice. Unique per call.
    private Task GrowSonLaAsync(Guid meeting)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        return host.Database.ExecuteAsync($$"""
            insert into meetings.meetings (id, province, kind, title, mode, location, starts_at, duration_minutes, period_kind, period_year, period_number,
                                           status, chair_seat_key, takes_opinions, created_by, created_at)
            select gen_random_uuid(), 'son-la', case when g % 4 = 0 then 1 else 0 end, 'Cuộc họp thêm {{run}} ' || g, 0, 'Phòng họp',
                   (date_trunc('month', now() at time zone 'Asia/Ho_Chi_Minh') + (g % 27) * interval '1 day' + interval '8 hours') at time zone 'Asia/Ho_Chi_Minh',
                   60 + g, case when g % 4 = 0 then null else 0 end, extract(year from now())::int, 1 + g % 4,
                   case g % 4 when 0 then 0 when 1 then 1 else 2 end, 'truong-ban', g % 3 = 0, 'son-la.secretariat', now()
            from generate_series(1, 40) g;

            insert into meetings.invitations (id, province, meeting_id, seat_key, name, office, agency_key, "order", attendance)
            select gen_random_uuid(), 'son-la', m.id, s.key, 'Người giữ ' || s.key, s.office, 'co-quan-' || (s."order" % 5), s."order",
                   case when m.status = 2 then 1 + s."order" % 4 else 0 end
            from meetings.meetings m cross join committees.seats s
            where m.title like 'Cuộc họp thêm {{run}} %' and s.province = 'son-la';

            insert into meetings.absence_requests (id, province, meeting_id, invitation_id, seat_key, reason, requested_by, requested_at, status, approver_seat_key)
            select gen_random_uuid(), 'son-la', m.id, i.id, i.seat_key, 'Bận công tác', 'thêm', now(), case when m.status = 2 then 1 else 0 end, 'truong-ban'
            from meetings.invitations i join meetings.meetings m on m.id = i.meeting_id
            where m.title like 'Cuộc họp thêm {{run}} %' and m.status in (1, 2) and (i.seat_key = '{{MemberSeat}}' or i."order" % 2 = 0);

            insert into meetings.notices (id, province, meeting_id, number, date, signer, status, drafted_by, drafted_at, issued_by, issued_at)
            select gen_random_uuid(), 'son-la', m.id, 'TB-{{run}}-' || m.duration_minutes, current_date, 'Trưởng Ban Chỉ đạo',
                   case when m.duration_minutes % 2 = 0 then 0 else 2 end, 'son-la.secretariat', now(),
                   case when m.duration_minutes % 2 = 0 then null else 'son-la.secretariat' end, case when m.duration_minutes % 2 = 0 then null else now() end
            from meetings.meetings m
            where m.title like 'Cuộc họp thêm {{run}} %' and m.status = 2;

            insert into meetings.notice_items (id, province, notice_id, number, text, lead_agency_key)
            select gen_random_uuid(), 'son-la', n.id, k, 'Kết luận thêm ' || k, 'so-khcn'
            from meetings.notices n cross join generate_series(1, 3) k
            where n.number like 'TB-{{run}}-%';

            insert into meetings.notice_recipients (id, province, notice_id, seat_key, agency_key, name, issued_at)
            select gen_random_uuid(), 'son-la', n.id, i.seat_key, i.agency_key, i.name, now()
            from meetings.notices n join meetings.invitations i on i.meeting_id = n.meeting_id
            where n.number like 'TB-{{run}}-%' and n.status = 2;

            insert into meetings.invitations (id, province, meeting_id, name, office, "order", invited_by, attendance)
            select gen_random_uuid(), 'son-la', '{{meeting}}', 'Khách mời {{run}} ' || g, 'Cơ quan khách ' || g, 1000 + g, 'son-la.leader', 1
            from generate_series(1, 60) g;

            insert into meetings.agenda_items (id, province, meeting_id, "order", title, presenter, duration_minutes)
            select gen_random_uuid(), 'son-la', '{{meeting}}', 100 + g, 'Nội dung thêm {{run}} ' || g, 'Sở ' || g, 10
            from generate_series(1, 20) g;

            insert into meetings.documents (id, province, meeting_id, file_name, content_type, size, sha256, uploaded_by, uploaded_at)
            select gen_random_uuid(), 'son-la', '{{meeting}}',
                   'tai-lieu-{{run}}-' || g || '.pdf', 'application/pdf', 4, 'x', 'son-la.secretariat', now()
            from generate_series(1, 20) g;

            insert into meetings.document_contents (id, province, bytes)
            select d.id, 'son-la', '\x25504446'::bytea from meetings.documents d where d.file_name like 'tai-lieu-{{run}}-%';

            insert into meetings.absence_requests (id, province, meeting_id, invitation_id, seat_key, reason, requested_by, requested_at, status, approver_seat_key)
            select gen_random_uuid(), 'son-la', i.meeting_id, i.id, 'khach-' || i."order", 'Bận', 'thêm', now(), 2, 'truong-ban'
            from meetings.invitations i where i.name like 'Khách mời {{run}} %' and i."order" <= 1030;

            insert into meetings.notice_items (id, province, notice_id, number, text, lead_agency_key)
            select gen_random_uuid(), 'son-la', n.id, (select max(i.number) from meetings.notice_items i where i.notice_id = n.id) + g,
                   'Kết luận bổ sung {{run}} ' || g, 'so-noi-vu'
            from meetings.notices n cross join generate_series(1, 20) g
            where n.meeting_id = '{{meeting}}';

            insert into meetings.notice_recipients (id, province, notice_id, agency_key, name, issued_at)
            select gen_random_uuid(), 'son-la', n.id, 'them-{{run}}-' || g, 'Cơ quan nhận thêm ' || g, now()
            from meetings.notices n cross join generate_series(1, 30) g
            where n.meeting_id = '{{meeting}}';
            """);
    }
}
