using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Committees.Persistence;
using Platform.Core.Tenancy;
using Platform.Meetings.Persistence;
using Platform.Reporting.Persistence;
using Platform.Tasks.Persistence;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// Defence in depth: the application connects as a role that owns nothing, and forced row-level security limits it
/// to the province its connection acts for — so a query that forgets its filter still sees no other province. The
/// committees' tables, the meetings', the tasks' and the reports' are covered alike.
/// </summary>
public sealed class RowLevelSecurityTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task With_the_query_filter_switched_off_the_database_still_returns_one_province()
    {
        _ = host.Services; // the host has started: migrations ran and both provinces' data is loaded
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!);
        var db = scope.ServiceProvider.GetRequiredService<CommitteesDbContext>();

        var provinces = await db.Seats.IgnoreQueryFilters().Select(s => s.Province).Distinct().ToListAsync();
        var people = await db.People.IgnoreQueryFilters().Select(p => p.Province).Distinct().ToListAsync();

        Assert.Equal(["son-la"], provinces);
        Assert.Equal(["son-la"], people);
        Assert.Equal(2, await host.Database.ScalarAsync<long>("select count(distinct province) from committees.seats"));
    }

    [Fact]
    public async Task The_application_role_sees_nothing_without_a_province_and_cannot_write_another()
    {
        _ = host.Services;
        await using var connection = new NpgsqlConnection(host.Database.ApplicationConnectionString);
        await connection.OpenAsync();

        Assert.Equal(0L, await Scalar(connection, "select count(*) from committees.seats"));

        await Scalar(connection, "select 1 from set_config('app.province', 'dak-lak', false)");
        Assert.Equal(0L, await Scalar(connection, "select count(*) from committees.seats where province = 'son-la'"));
        Assert.True(await Scalar(connection, "select count(*) from committees.seats") > 0);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Scalar(connection,
            "insert into committees.people (id, province, full_name, is_demo) values (gen_random_uuid(), 'son-la', 'Người lạ', false) returning 1"));
        Assert.Equal("42501", refused.SqlState); // new row violates row-level security policy
    }

    [Fact]
    public async Task The_application_role_owns_nothing_and_cannot_switch_the_policies_off()
    {
        _ = host.Services;
        await using var connection = new NpgsqlConnection(host.Database.ApplicationConnectionString);
        await connection.OpenAsync();

        var refused = await Assert.ThrowsAsync<PostgresException>(() =>
            Scalar(connection, "alter table committees.seats disable row level security"));
        Assert.Equal("42501", refused.SqlState); // must be owner of table
    }

    [Fact]
    public async Task Every_table_of_the_meetings_schema_is_isolated_by_forced_row_level_security()
    {
        _ = host.Services;

        // Each table: row-level security on, forced (so even an owner's session is filtered), and a province column to filter on.
        var tables = await host.Database.ScalarAsync<string>("""
            select string_agg(c.relname || ':' || c.relrowsecurity || ':' || c.relforcerowsecurity || ':' ||
                   exists (select from information_schema.columns k where k.table_schema = n.nspname and k.table_name = c.relname and k.column_name = 'province'),
                   ',' order by c.relname)
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'meetings' and c.relkind = 'r' and c.relname <> '__migrations' -- EF Core's history: no province in it
            """);

        Assert.Equal(
            "absence_requests:true:true:true,agenda_items:true:true:true,briefing_contents:true:true:true,briefings:true:true:true," +
            "document_contents:true:true:true,document_numbers:true:true:true,documents:true:true:true," +
            "invitations:true:true:true,meetings:true:true:true,notice_items:true:true:true,notice_recipients:true:true:true,notices:true:true:true",
            tables);
    }

    [Fact]
    public async Task With_the_query_filter_switched_off_the_meetings_tables_still_return_one_province()
    {
        _ = host.Services;
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!);
        var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();

        Assert.Equal(["son-la"], await db.Meetings.IgnoreQueryFilters().Select(m => m.Province).Distinct().ToListAsync());
        Assert.Equal(["son-la"], await db.Invitations.IgnoreQueryFilters().Select(i => i.Province).Distinct().ToListAsync());
        Assert.Equal(["son-la"], await db.AgendaItems.IgnoreQueryFilters().Select(a => a.Province).Distinct().ToListAsync());
        Assert.Equal(["son-la"], await db.Notices.IgnoreQueryFilters().Select(n => n.Province).Distinct().ToListAsync());
        Assert.Equal(["son-la"], await db.NoticeItems.IgnoreQueryFilters().Select(i => i.Province).Distinct().ToListAsync());
        Assert.Equal(["son-la"], await db.NoticeRecipients.IgnoreQueryFilters().Select(r => r.Province).Distinct().ToListAsync());
        Assert.Equal(2, await host.Database.ScalarAsync<long>("select count(distinct province) from meetings.meetings"));
        Assert.Equal(2, await host.Database.ScalarAsync<long>("select count(distinct province) from meetings.notice_recipients"));
    }

    [Fact]
    public async Task The_application_role_sees_no_meeting_without_a_province_and_cannot_write_one_for_another()
    {
        _ = host.Services;
        await using var connection = new NpgsqlConnection(host.Database.ApplicationConnectionString);
        await connection.OpenAsync();

        Assert.Equal(0L, await Scalar(connection, "select count(*) from meetings.meetings"));
        Assert.Equal(0L, await Scalar(connection, "select count(*) from meetings.invitations"));

        await Scalar(connection, "select 1 from set_config('app.province', 'dak-lak', false)");
        Assert.Equal(0L, await Scalar(connection, "select count(*) from meetings.notice_recipients where province = 'son-la'"));
        Assert.True(await Scalar(connection, "select count(*) from meetings.notice_recipients") > 0);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Scalar(connection, """
            insert into meetings.meetings (id, province, kind, title, mode, starts_at, duration_minutes, status, chair_seat_key, takes_opinions, created_by, created_at)
            values (gen_random_uuid(), 'son-la', 1, 'Cuộc họp giả', 0, now(), 60, 1, 'truong-ban', false, 'kẻ lạ', now()) returning 1
            """));
        Assert.Equal("42501", refused.SqlState);
    }

    [Fact]
    public async Task Every_table_of_the_consultations_schema_is_isolated_by_forced_row_level_security()
    {
        _ = host.Services;

        var tables = await host.Database.ScalarAsync<string>("""
            select string_agg(c.relname || ':' || c.relrowsecurity || ':' || c.relforcerowsecurity || ':' ||
                   exists (select from information_schema.columns k where k.table_schema = n.nspname and k.table_name = c.relname and k.column_name = 'province'),
                   ',' order by c.relname)
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'consultations' and c.relkind = 'r' and c.relname <> '__migrations'
            """);

        Assert.Equal(
            "answer_lines:true:true:true,answers:true:true:true,conclusion_items:true:true:true,consultations:true:true:true," +
            "draft_lines:true:true:true,drafts:true:true:true,file_contents:true:true:true,files:true:true:true,questions:true:true:true,recipients:true:true:true",
            tables);
    }

    [Fact]
    public async Task Every_table_of_the_notifications_schema_is_isolated_by_forced_row_level_security()
    {
        _ = host.Services;

        var tables = await host.Database.ScalarAsync<string>("""
            select string_agg(c.relname || ':' || c.relrowsecurity || ':' || c.relforcerowsecurity || ':' ||
                   exists (select from information_schema.columns k where k.table_schema = n.nspname and k.table_name = c.relname and k.column_name = 'province'),
                   ',' order by c.relname)
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'notifications' and c.relkind = 'r' and c.relname <> '__migrations'
            """);

        Assert.Equal(
            "deliveries:true:true:true,inbox:true:true:true,mail_preferences:true:true:true,outbox:true:true:true,reminder_runs:true:true:true,reminders_sent:true:true:true",
            tables);
    }

    [Fact]
    public async Task The_application_role_reads_no_consultation_of_another_province()
    {
        _ = host.Services;
        await host.Database.ExecuteAsync("""
            insert into consultations.consultations (id, province, year, number, subject, urgent, chosen_recipients, deadline, state, drafted_by, drafted_at)
            values ('0193a000-0000-7000-8000-000000000001', 'dak-lak', 2026, 9001, 'Thử cách ly', false, false, '2026-12-31', 0, 'test', now()),
                   ('0193a000-0000-7000-8000-000000000002', 'son-la', 2026, 9001, 'Thử cách ly', false, false, '2026-12-31', 0, 'test', now())
            on conflict do nothing
            """);
        await using var connection = new NpgsqlConnection(host.Database.ApplicationConnectionString);
        await connection.OpenAsync();

        Assert.Equal(0L, await Scalar(connection, "select count(*) from consultations.consultations"));
        await Scalar(connection, "select 1 from set_config('app.province', 'dak-lak', false)");
        Assert.Equal(0L, await Scalar(connection, "select count(*) from consultations.consultations where province = 'son-la'"));
        Assert.True(await Scalar(connection, "select count(*) from consultations.consultations") > 0);
    }

    [Fact]
    public async Task Every_table_of_the_proposals_schema_is_isolated_by_forced_row_level_security()
    {
        _ = host.Services;

        var tables = await host.Database.ScalarAsync<string>("""
            select string_agg(c.relname || ':' || c.relrowsecurity || ':' || c.relforcerowsecurity || ':' ||
                   exists (select from information_schema.columns k where k.table_schema = n.nspname and k.table_name = c.relname and k.column_name = 'province'),
                   ',' order by c.relname)
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'proposals' and c.relkind = 'r' and c.relname <> '__migrations'
            """);

        Assert.Equal("events:true:true:true,file_contents:true:true:true,files:true:true:true,proposals:true:true:true", tables);
    }

    [Fact]
    public async Task The_application_role_reads_no_proposal_of_another_province()
    {
        _ = host.Services;
        await host.Database.ExecuteAsync("""
            insert into proposals.proposals (id, province, year, number, kind, subject, content, filer_kind, filer_key, filer_name, filed_by, filed_at, filed_on, state, taken_by_meeting)
            values ('0193a000-0000-7000-8000-000000000021', 'dak-lak', 2001, 9001, 1, 'Thử cách ly', 'Thử', 0, 'thu', 'Thử', 'test', now(), '2001-01-01', 0, false),
                   ('0193a000-0000-7000-8000-000000000022', 'son-la', 2001, 9001, 1, 'Thử cách ly', 'Thử', 0, 'thu', 'Thử', 'test', now(), '2001-01-01', 0, false)
            on conflict do nothing
            """);
        await using var connection = new NpgsqlConnection(host.Database.ApplicationConnectionString);
        await connection.OpenAsync();

        Assert.Equal(0L, await Scalar(connection, "select count(*) from proposals.proposals"));
        await Scalar(connection, "select 1 from set_config('app.province', 'son-la', false)");
        Assert.Equal(0L, await Scalar(connection, "select count(*) from proposals.proposals where province = 'dak-lak'"));
        Assert.Equal(1L, await Scalar(connection, "select count(*) from proposals.proposals where year = 2001 and number = 9001"));
    }

    [Fact]
    public async Task Every_table_of_the_indices_schema_is_isolated_by_forced_row_level_security()
    {
        _ = host.Services;

        var tables = await host.Database.ScalarAsync<string>("""
            select string_agg(c.relname || ':' || c.relrowsecurity || ':' || c.relforcerowsecurity || ':' ||
                   exists (select from information_schema.columns k where k.table_schema = n.nspname and k.table_name = c.relname and k.column_name = 'province'),
                   ',' order by c.relname)
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'indices' and c.relkind = 'r' and c.relname <> '__migrations'
            """);

        Assert.Equal("methodologies:true:true:true,methodology_pillars:true:true:true,pillars:true:true:true,results:true:true:true,targets:true:true:true,unit_rankings:true:true:true,unit_scores:true:true:true", tables);
    }

    [Fact]
    public async Task Every_table_of_the_inspections_schema_is_isolated_by_forced_row_level_security()
    {
        _ = host.Services;

        var tables = await host.Database.ScalarAsync<string>("""
            select string_agg(c.relname || ':' || c.relrowsecurity || ':' || c.relforcerowsecurity || ':' ||
                   exists (select from information_schema.columns k where k.table_schema = n.nspname and k.table_name = c.relname and k.column_name = 'province'),
                   ',' order by c.relname)
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'inspections' and c.relkind = 'r' and c.relname <> '__migrations'
            """);

        Assert.Equal(
            "file_contents:true:true:true,files:true:true:true,inspected_agencies:true:true:true,missions:true:true:true,plans:true:true:true," +
            "recommendations:true:true:true,team_members:true:true:true",
            tables);
    }

    [Fact]
    public async Task A_Dak_Lak_inspection_mission_is_invisible_from_Son_La()
    {
        _ = host.Services;
        await host.Database.ExecuteAsync("""
            insert into inspections.missions (id, province, year, subject, "from", "to", lead_seat_key, lead_office, set_up_by, set_up_at)
            values ('0193a000-0000-7000-8000-000000000021', 'dak-lak', 2001, 'Thử cách ly đoàn kiểm tra', '2001-01-01', '2001-01-31', 'truong-ban', 'Chủ tịch UBND tỉnh', 'test', now())
            on conflict do nothing
            """);
        await using var connection = new NpgsqlConnection(host.Database.ApplicationConnectionString);
        await connection.OpenAsync();

        await Scalar(connection, "select 1 from set_config('app.province', 'son-la', false)");
        Assert.Equal(0L, await Scalar(connection, "select count(*) from inspections.missions where subject = 'Thử cách ly đoàn kiểm tra'"));
        await Scalar(connection, "select 1 from set_config('app.province', 'dak-lak', false)");
        Assert.Equal(1L, await Scalar(connection, "select count(*) from inspections.missions where subject = 'Thử cách ly đoàn kiểm tra'"));
    }

    [Fact]
    public async Task The_application_role_reads_no_index_result_of_another_province()
    {
        _ = host.Services;
        await host.Database.ExecuteAsync("""
            insert into indices.results (id, province, index_key, year, score, source_body, source_document, entered_by, entered_at)
            values ('0193a000-0000-7000-8000-000000000011', 'dak-lak', 'thu-cach-ly', 2001, 1, 'thử', 'thử', 'test', now()),
                   ('0193a000-0000-7000-8000-000000000012', 'son-la', 'thu-cach-ly', 2001, 1, 'thử', 'thử', 'test', now())
            on conflict do nothing
            """);
        await using var connection = new NpgsqlConnection(host.Database.ApplicationConnectionString);
        await connection.OpenAsync();

        Assert.Equal(0L, await Scalar(connection, "select count(*) from indices.results"));
        await Scalar(connection, "select 1 from set_config('app.province', 'dak-lak', false)");
        Assert.Equal(0L, await Scalar(connection, "select count(*) from indices.results where province = 'son-la'"));
        Assert.Equal(1L, await Scalar(connection, "select count(*) from indices.results where index_key = 'thu-cach-ly'"));
    }

    [Fact]
    public async Task Every_table_of_the_tasks_schema_is_isolated_by_forced_row_level_security()
    {
        _ = host.Services;

        var tables = await host.Database.ScalarAsync<string>("""
            select string_agg(c.relname || ':' || c.relrowsecurity || ':' || c.relforcerowsecurity || ':' ||
                   exists (select from information_schema.columns k where k.table_schema = n.nspname and k.table_name = c.relname and k.column_name = 'province'),
                   ',' order by c.relname)
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'tasks' and c.relkind = 'r' and c.relname <> '__migrations'
            """);

        Assert.Equal(
            "closed_tallies:true:true:true,extensions:true:true:true,file_contents:true:true:true,files:true:true:true,plan_items:true:true:true," +
            "plans:true:true:true,tasks:true:true:true,updates:true:true:true",
            tables);
    }

    [Fact]
    public async Task With_the_query_filter_switched_off_the_tasks_tables_still_return_one_province()
    {
        _ = host.Services;
        // The demo has no evidence or extension requests: give one task of each province both, as the owner.
        await host.Database.ExecuteAsync("""
            with picked as (select distinct on (province) id, province, due, issuer_seat_key from tasks.tasks order by province, due),
            updates as (
                insert into tasks.updates (id, province, task_id, kind, author, at)
                select gen_random_uuid(), province, id, 1, 'rls-test', now() from picked returning id, province, task_id),
            files as (
                insert into tasks.files (id, province, task_id, update_id, file_name, content_type, size, sha256)
                select gen_random_uuid(), province, task_id, id, 'minh-chung.pdf', 'application/pdf', 3, 'x' from updates returning id, province)
            insert into tasks.file_contents (id, province, bytes) select id, province, '\x010203'::bytea from files;
            insert into tasks.extensions (id, province, task_id, current_due, requested_due, reason, requested_by, requested_at, approver_seat_key, status)
            select gen_random_uuid(), province, id, due, due + 30, 'rls-test', 'rls-test', now(), issuer_seat_key, 0
            from (select distinct on (province) id, province, due, issuer_seat_key from tasks.tasks order by province, due) picked;
            """);
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!);
        var db = scope.ServiceProvider.GetRequiredService<TasksDbContext>();

        Assert.Equal(["son-la"], await db.Tasks.IgnoreQueryFilters().Select(t => t.Province).Distinct().ToListAsync());
        Assert.Equal(["son-la"], await db.Updates.IgnoreQueryFilters().Select(u => u.Province).Distinct().ToListAsync());
        Assert.Equal(["son-la"], await db.Files.IgnoreQueryFilters().Select(f => f.Province).Distinct().ToListAsync());
        Assert.Equal(["son-la"], await db.FileContents.IgnoreQueryFilters().Select(c => c.Province).Distinct().ToListAsync());
        Assert.Equal(["son-la"], await db.Extensions.IgnoreQueryFilters().Select(x => x.Province).Distinct().ToListAsync());
        Assert.Equal(["son-la"], await db.Plans.IgnoreQueryFilters().Select(p => p.Province).Distinct().ToListAsync());
        Assert.Equal(["son-la"], await db.PlanItems.IgnoreQueryFilters().Select(i => i.Province).Distinct().ToListAsync());
        foreach (var table in new[] { "tasks", "updates", "files", "file_contents", "extensions", "plans", "plan_items" })
        {
            Assert.Equal(2, await host.Database.ScalarAsync<long>($"select count(distinct province) from tasks.{table}"));
        }
    }

    [Fact]
    public async Task The_application_role_sees_no_task_without_a_province_and_cannot_write_one_for_another()
    {
        _ = host.Services;
        await using var connection = new NpgsqlConnection(host.Database.ApplicationConnectionString);
        await connection.OpenAsync();

        Assert.Equal(0L, await Scalar(connection, "select count(*) from tasks.tasks"));
        Assert.Equal(0L, await Scalar(connection, "select count(*) from tasks.plans"));

        await Scalar(connection, "select 1 from set_config('app.province', 'dak-lak', false)");
        Assert.Equal(0L, await Scalar(connection, "select count(*) from tasks.tasks where province = 'son-la'"));
        Assert.True(await Scalar(connection, "select count(*) from tasks.tasks") > 0);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Scalar(connection, """
            insert into tasks.tasks (id, province, title, source, source_label, lead_agency_key, co_agency_keys, issuer_seat_key, assigned_by, assigned_at,
                                     original_due, due, recurrence, progress, search_text)
            values (gen_random_uuid(), 'son-la', 'Nhiệm vụ giả', 2, 'Giao trực tiếp', 'so-khcn', '{}', 'truong-ban', 'kẻ lạ', now(),
                    current_date, current_date, 0, 0, 'nhiem vu gia') returning 1
            """));
        Assert.Equal("42501", refused.SqlState);
        var moved = await Assert.ThrowsAsync<PostgresException>(() => Scalar(connection,
            "update tasks.tasks set province = 'son-la' where id = (select id from tasks.tasks limit 1) returning 1"));
        Assert.Equal("42501", moved.SqlState);
    }

    [Fact]
    public async Task Every_table_of_the_reporting_schema_is_isolated_by_forced_row_level_security()
    {
        _ = host.Services;

        var tables = await host.Database.ScalarAsync<string>("""
            select string_agg(c.relname || ':' || c.relrowsecurity || ':' || c.relforcerowsecurity || ':' ||
                   exists (select from information_schema.columns k where k.table_schema = n.nspname and k.table_name = c.relname and k.column_name = 'province'),
                   ',' order by c.relname)
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'reporting' and c.relkind = 'r' and c.relname <> '__migrations'
            """);

        Assert.Equal("file_contents:true:true:true,files:true:true:true,indicator_figures:true:true:true,settings:true:true:true,submissions:true:true:true", tables);
    }

    [Fact]
    public async Task With_the_query_filter_switched_off_the_reports_still_return_one_province()
    {
        _ = host.Services;
        await InsertReportsOfBothProvincesAsync();
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentProvince>().Set(host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!);
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();

        Assert.Equal(["son-la"], await db.Submissions.IgnoreQueryFilters().Select(s => s.Province).Distinct().ToListAsync());
        Assert.Equal(["son-la"], await db.Files.IgnoreQueryFilters().Select(f => f.Province).Distinct().ToListAsync());
        Assert.Equal(["son-la"], await db.FileContents.IgnoreQueryFilters().Select(f => f.Province).Distinct().ToListAsync());
        Assert.Equal(["son-la"], await db.IndicatorFigures.IgnoreQueryFilters().Select(f => f.Province).Distinct().ToListAsync());
        foreach (var table in new[] { "submissions", "files", "file_contents", "indicator_figures" })
        {
            Assert.Equal(2, await host.Database.ScalarAsync<long>($"select count(distinct province) from reporting.{table}"));
        }
    }

    [Fact]
    public async Task The_application_role_sees_no_report_without_a_province_and_cannot_write_one_for_another()
    {
        _ = host.Services;
        await InsertReportsOfBothProvincesAsync();
        await using var connection = new NpgsqlConnection(host.Database.ApplicationConnectionString);
        await connection.OpenAsync();

        Assert.Equal(0L, await Scalar(connection, "select count(*) from reporting.submissions"));

        await Scalar(connection, "select 1 from set_config('app.province', 'dak-lak', false)");
        Assert.Equal(0L, await Scalar(connection, "select count(*) from reporting.submissions where province = 'son-la'"));
        Assert.True(await Scalar(connection, "select count(*) from reporting.submissions") > 0);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Scalar(connection, """
            insert into reporting.submissions (id, province, period_kind, year, number, stage_key, submitter_kind, submitter_key, edition, status, updated_by, updated_at)
            values (gen_random_uuid(), 'son-la', 0, 2030, 1, 'thanh-vien', 0, 'chanh-van-phong-ubnd', 1, 0, 'kẻ lạ', now()) returning 1
            """));
        Assert.Equal("42501", refused.SqlState);
        Assert.Equal(0L, await Scalar(connection, "update reporting.submissions set full_results = 'sửa lén' where province = 'son-la' returning 1"));
    }

    // One submitted report with an attached file in each province, as the owner (the demo submits none); unique per call.
    private Task InsertReportsOfBothProvincesAsync() => host.Database.ExecuteAsync("""
        with made as (
            insert into reporting.submissions (id, province, period_kind, year, number, stage_key, submitter_kind, submitter_key, edition, status,
                                               full_results, updated_by, updated_at, submitted_by, submitted_at, submitted_on)
            select gen_random_uuid(), p, 0, 2000 + (random() * 99)::int, 1, 'thanh-vien', 0, 'rls-' || gen_random_uuid(), 1, 1, 'Kết quả', 'thử', now(), 'thử', now(), current_date
            from unnest(array['son-la', 'dak-lak']) p
            returning id, province),
        bytes as (
            insert into reporting.file_contents (id, province, bytes)
            select gen_random_uuid(), province, '\x25504446'::bytea from made
            returning id, province),
        figures as (
            insert into reporting.indicator_figures (id, province, submission_id, indicator_key, value)
            select gen_random_uuid(), province, id, 'rls-thu', 50 from made)
        insert into reporting.files (id, province, submission_id, content_id, file_name, content_type, size, sha256, added_by, added_at)
        select gen_random_uuid(), m.province, m.id, b.id, 'phu-luc.pdf', 'application/pdf', 4, 'x', 'thử', now()
        from made m join bytes b on b.province = m.province
        """);

    private static async Task<long> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
