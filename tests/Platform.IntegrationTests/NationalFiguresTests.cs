using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Dates;
using Platform.Core.National;
using Platform.Core.Tenancy;
using Platform.Sdk;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The figures the tasks, reporting, consultations, inspections and indices modules give the national roll-up (issue
/// 17): each province counted by its own rules on rows the tests arrange in 2031, nothing of a province the session
/// does not read, and a number of statements that grows neither with the provinces nor with the quarters.
/// </summary>
public sealed class NationalFiguresTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    private static readonly Period Q1 = new(PeriodKind.Quarter, 2031, 1);
    private static readonly Period Q2 = new(PeriodKind.Quarter, 2031, 2);

    /// <summary>Mid-May 2031: the first quarter is over, the second runs.</summary>
    private static readonly DateOnly Today = new(2031, 5, 15);

    [Fact]
    public async Task Tasks_on_time_rate_and_overdue_count_per_province_and_quarter()
    {
        _ = host.Services;
        // Only the arranged tasks: the demo's open tasks would all be overdue by 2031.
        await host.Database.ExecuteAsync($"""
            delete from tasks.tasks where province in ('son-la', 'dak-lak');
            {Task("son-la", "2031-02-15", "2031-02-15", 2, "2031-02-10")}
            {Task("son-la", "2031-03-01", "2031-03-01", 2, "2031-03-20")}
            {Task("son-la", "2031-01-31", "2031-03-31", 2, "2031-03-25")}
            {Task("son-la", "2031-03-10", "2031-03-10", 1, null)}
            {Task("son-la", "2031-03-15", "2031-03-15", 2, "2031-04-20")}
            {Task("son-la", "2031-02-01", "2031-02-01", 3, null)}
            {Task("son-la", "2031-05-14", "2031-05-14", 0, null)}
            {Task("son-la", "2031-05-15", "2031-05-15", 1, null)}
            {Task("dak-lak", "2031-03-20", "2031-03-20", 2, "2031-03-20")}
            """);

        var values = await ReadAsync("Platform.Tasks.National.TaskFigures", ["son-la", "dak-lak"], [Q1, Q2]);

        // Sơn La, Q1: done on time, done late, done on time by an approved extension: 2 of 3. Overdue on 31/03: the task
        // open since 10/03 and the one only done on 20/04; the one done late on 20/03 was done by then, the cancelled one
        // never counts.
        AssertValue(values, "tasks.on-time", "son-la", Q1, 66.7m, "2/3");
        AssertValue(values, "tasks.overdue", "son-la", Q1, 2m, null);
        // Q2 so far: the one done on 20/04, late: 0 of 1. Overdue today: still the one of 10/03, and the one due
        // yesterday; the one due today is not yet.
        AssertValue(values, "tasks.on-time", "son-la", Q2, 0m, "0/1");
        AssertValue(values, "tasks.overdue", "son-la", Q2, 2m, null);
        AssertValue(values, "tasks.on-time", "dak-lak", Q1, 100m, "1/1");
        AssertValue(values, "tasks.overdue", "dak-lak", Q1, 0m, null);
        AssertValue(values, "tasks.on-time", "dak-lak", Q2, null, "0/0");

        // Each province's rule cites its own regulation.
        var catalog = host.Services.GetRequiredService<IProvinceCatalog>();
        var figures = await FiguresAsync("Platform.Tasks.National.TaskFigures");
        Assert.EndsWith("(Sơn La, Điều 11.2)", figures.Rule("tasks.on-time", catalog.Find("son-la")!)!.Vietnamese, StringComparison.Ordinal);
        Assert.EndsWith("(Đắk Lắk, Art. 8.2)", figures.Rule("tasks.overdue", catalog.Find("dak-lak")!)!.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_on_time_late_and_missing_at_each_stage_of_each_provinces_own_chain()
    {
        var catalog = host.Services.GetRequiredService<IProvinceCatalog>();
        var sonLa = catalog.Find("son-la")!;
        var dakLak = catalog.Find("dak-lak")!;
        // The members owing a report in Q1 2031: the seats that exist then (the district chairs' seat ended with the
        // districts in 2025).
        var members = Owing(sonLa, "thanh-vien", Q1);
        var (a, b, c) = (members[0], members[1], members[2]);

        // Sơn La, Q1 2031 (Art. 12.4: members before the 10th of March; 12.5: thematic reports by the 20th; 12.6: the
        // general report by the period's end). Two members on time — one of them sent a corrected version late, which
        // does not make the report late — one late, the others missing; one thematic report on time; no general report.
        await host.Database.ExecuteAsync($"""
            delete from reporting.submissions where province in ('son-la', 'dak-lak') and year = 2031;
            {Submission(a, "thanh-vien", 1, "2031-03-01", replaced: true)}
            {Submission(a, "thanh-vien", 2, "2031-04-02")}
            {Submission(b, "thanh-vien", 1, "2031-03-02")}
            {Submission(c, "thanh-vien", 1, "2031-03-28")}
            {Submission(new Submitter(SubmitterKind.Body, "co-quan-thuong-truc-khcn"), "chuyen-de", 1, "2031-03-15")}
            """);

        var values = await ReadAsync("Platform.Reporting.National.ReportFigures", ["son-la", "dak-lak"], [Q1, Q2]);

        var n = members.Count;
        var thematic = Owing(sonLa, "chuyen-de", Q1).Count;
        var due = n + thematic + 1;
        AssertValue(values, "reports.on-time", "son-la", Q1, Math.Round(100m * 3 / due, 1), $"2/{n} · 1/{thematic} · 0/1");
        AssertValue(values, "reports.late", "son-la", Q1, 1m, "1 · 0 · 0");
        AssertValue(values, "reports.missing", "son-la", Q1, due - 4, $"{n - 3} · {thematic - 1} · 1");
        // Q2's reports fall due in June: none is judged on 15 May.
        AssertValue(values, "reports.on-time", "son-la", Q2, null, $"0/0 · 0/0 · 0/0");

        // Đắk Lắk's own chain (Art. 13.1): two stages, nothing submitted for Q1, all missing.
        var dakLakMembers = Owing(dakLak, "thanh-vien", Q1).Count;
        AssertValue(values, "reports.on-time", "dak-lak", Q1, 0m, $"0/{dakLakMembers} · 0/1");
        AssertValue(values, "reports.missing", "dak-lak", Q1, dakLakMembers + 1, $"{dakLakMembers} · 1");

        var figures = await FiguresAsync("Platform.Reporting.National.ReportFigures");
        var rule = figures.Rule("reports.on-time", sonLa)!.Vietnamese;
        Assert.Contains("(1) ", rule, StringComparison.Ordinal);
        Assert.Contains("Sơn La, Điều 12.4", rule, StringComparison.Ordinal);
        Assert.Contains("Sơn La, Điều 12.6", rule, StringComparison.Ordinal);
        Assert.Contains("Đắk Lắk, Điều 13.1", figures.Rule("reports.on-time", dakLak)!.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("trước ngày 25", figures.Rule("reports.on-time", dakLak)!.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consultations_answered_on_time_per_province_and_quarter()
    {
        _ = host.Services;
        var (closed, withdrawn, open) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await host.Database.ExecuteAsync($"""
            delete from consultations.consultations where province in ('son-la', 'dak-lak') and extract(year from deadline) = 2031;
            insert into consultations.consultations (id, province, year, number, subject, urgent, chosen_recipients, deadline, state, drafted_by, drafted_at)
            values ('{closed}', 'son-la', 2031, 9201, 'Góp ý kế hoạch', false, false, '2031-02-20', 2, 'thử', now()),
                   ('{withdrawn}', 'son-la', 2031, 9202, 'Thu hồi', false, false, '2031-02-25', 3, 'thử', now()),
                   ('{open}', 'son-la', 2031, 9203, 'Đang mở', false, false, '2031-05-20', 1, 'thử', now());
            insert into consultations.recipients (id, province, consultation_id, "order", seat_key, office)
            values (gen_random_uuid(), 'son-la', '{closed}', 1, 'a', 'A'), (gen_random_uuid(), 'son-la', '{closed}', 2, 'b', 'B'),
                   (gen_random_uuid(), 'son-la', '{closed}', 3, 'c', 'C'), (gen_random_uuid(), 'son-la', '{withdrawn}', 1, 'a', 'A'),
                   (gen_random_uuid(), 'son-la', '{open}', 1, 'a', 'A');
            insert into consultations.answers (id, province, consultation_id, seat_key, revision, current, sent_by, sent_at, late)
            values (gen_random_uuid(), 'son-la', '{closed}', 'a', 1, false, 'thử', now(), false),
                   (gen_random_uuid(), 'son-la', '{closed}', 'a', 2, true, 'thử', now(), true),
                   (gen_random_uuid(), 'son-la', '{closed}', 'b', 1, true, 'thử', now(), true);
            """);

        var values = await ReadAsync("Platform.Consultations.National.ConsultationFigures", ["son-la", "dak-lak"], [Q1, Q2]);

        // Three asked: one answered on time (its later correction does not count against it), one late, one silent; the
        // withdrawn consultation does not count, nor the one still open before its deadline.
        AssertValue(values, "consultations.answered-on-time", "son-la", Q1, 33.3m, "1/3");
        AssertValue(values, "consultations.answered-on-time", "son-la", Q2, null, "0/0");
        AssertValue(values, "consultations.answered-on-time", "dak-lak", Q1, null, "0/0");

        var catalog = host.Services.GetRequiredService<IProvinceCatalog>();
        var figures = await FiguresAsync("Platform.Consultations.National.ConsultationFigures");
        Assert.Contains("Sơn La, Điều 9.1b, 9.1đ", figures.Rule("consultations.answered-on-time", catalog.Find("son-la")!)!.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("Đắk Lắk, Điều 3", figures.Rule("consultations.answered-on-time", catalog.Find("dak-lak")!)!.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspection_missions_held_and_concluded_per_province_and_quarter()
    {
        _ = host.Services;
        var (issued, draft) = (Guid.NewGuid(), Guid.NewGuid());
        await host.Database.ExecuteAsync($"""
            delete from inspections.missions where province in ('son-la', 'dak-lak') and year = 2031;
            delete from inspections.plans where province in ('son-la', 'dak-lak') and year = 2031;
            insert into inspections.plans (id, province, year, content, drafted_by, drafted_at, issued_at)
            values ('{issued}', 'son-la', 2031, 'Kế hoạch 2031', 'thử', now(), now()),
                   ('{draft}', 'dak-lak', 2031, 'Kế hoạch 2031 (dự thảo)', 'thử', now(), null);
            {Mission("son-la", null, "2031-02-10", concluded: true)}
            {Mission("son-la", null, "2031-03-20", concluded: false)}
            {Mission("son-la", issued, "2031-04-10", concluded: true)}
            {Mission("son-la", null, "2031-05-20", concluded: false)}
            {Mission("dak-lak", draft, "2031-03-01", concluded: false)}
            {Mission("dak-lak", null, "2031-01-15", concluded: false)}
            """);

        var values = await ReadAsync("Platform.Inspections.National.InspectionFigures", ["son-la", "dak-lak"], [Q1, Q2]);

        // Sơn La: two ad hoc missions ended in Q1, one concluded; in Q2 one of the plan ended and concluded, the one
        // ending on 20/05 has not ended yet. Đắk Lắk: the mission of a plan not issued is a draft and not counted.
        AssertValue(values, "inspections.held", "son-la", Q1, 2m, "1/2");
        AssertValue(values, "inspections.held", "son-la", Q2, 1m, "1/1");
        AssertValue(values, "inspections.held", "dak-lak", Q1, 1m, "0/1");
        AssertValue(values, "inspections.held", "dak-lak", Q2, 0m, "0/0");

        var catalog = host.Services.GetRequiredService<IProvinceCatalog>();
        var figures = await FiguresAsync("Platform.Inspections.National.InspectionFigures");
        Assert.Contains("(Đắk Lắk, Điều 3, 4.3, 8.2)", figures.Rule("inspections.held", catalog.Find("dak-lak")!)!.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("(Sơn La, Art. 3, 6.2, 11.2)", figures.Rule("inspections.held", catalog.Find("son-la")!)!.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_rank_and_targets_from_the_results_published_by_the_quarters_end()
    {
        var catalog = host.Services.GetRequiredService<IProvinceCatalog>();
        await host.Database.ExecuteAsync("""
            delete from indices.results where province = 'son-la';
            delete from indices.targets where province = 'son-la';
            insert into indices.results (id, province, index_key, year, score, rank, ranked_of, source_body, source_document, source_date, entered_by, entered_at)
            values (gen_random_uuid(), 'son-la', 'dti', 2029, 0.55, 20, 34, 'Bộ KH&CN', 'DTI 2029 (thử)', '2030-04-15', 'thử', now()),
                   (gen_random_uuid(), 'son-la', 'dti', 2030, 0.60, 15, 34, 'Bộ KH&CN', 'DTI 2030 (thử)', '2031-04-20', 'thử', now()),
                   (gen_random_uuid(), 'son-la', 'papi', 2030, 44.0, 10, 34, 'UNDP', 'PAPI 2030 (thử)', '2031-03-01', 'thử', now());
            insert into indices.targets (id, province, index_key, year, score, rank, source_document, entered_by, entered_at)
            values (gen_random_uuid(), 'son-la', 'dti', 2029, null, 18, 'Kế hoạch (thử)', 'thử', now()),
                   (gen_random_uuid(), 'son-la', 'dti', 2030, null, 16, 'Kế hoạch (thử)', 'thử', now()),
                   (gen_random_uuid(), 'son-la', 'papi', 2030, 45.0, null, 'Kế hoạch (thử)', 'thử', now());
            """);

        var values = await ReadAsync("Platform.Indices.National.IndexFigures", ["son-la", "dak-lak"], [Q1, Q2]);

        // On 31/03 the DTI 2030 was not yet published (20/04): 2029's rank 20, short of the top 18; PAPI 2030 short of 45
        // points. By 15/05 the DTI 2030 is known: rank 15, within the top 16.
        AssertValue(values, "indices.dti-rank", "son-la", Q1, 20m, "20/34");
        AssertValue(values, "indices.targets-met", "son-la", Q1, 0m, "0/2");
        AssertValue(values, "indices.dti-rank", "son-la", Q2, 15m, "15/34");
        AssertValue(values, "indices.targets-met", "son-la", Q2, 50m, "1/2");

        // Đắk Lắk's regulation follows no index: no figure, and no rule to cite.
        Assert.DoesNotContain(values, v => v.Province == "dak-lak");
        var figures = await FiguresAsync("Platform.Indices.National.IndexFigures");
        Assert.Null(figures.Rule("indices.dti-rank", catalog.Find("dak-lak")!));
        Assert.Contains("Sơn La, Điều 8.2", figures.Rule("indices.dti-rank", catalog.Find("son-la")!)!.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_for_one_province_gives_no_figure_of_another()
    {
        var reading = host.Services.GetRequiredService<NationalReading>();
        var catalog = host.Services.GetRequiredService<IProvinceCatalog>();
        await using var scope = host.Services.CreateAsyncScope();
        foreach (var figures in scope.ServiceProvider.GetServices<INationalFigures>())
        {
            await using var session = await reading.OpenAsync(["son-la"], default);
            var values = await figures.ReadAsync(session, catalog.Provinces, [Q1, Q2], Today, default);
            Assert.All(values, v => Assert.Equal("son-la", v.Province));
        }
    }

    [Fact]
    public async Task Each_module_reads_its_figures_in_as_many_statements_for_two_provinces_and_eight_quarters_as_for_one()
    {
        var reading = host.Services.GetRequiredService<NationalReading>();
        var catalog = host.Services.GetRequiredService<IProvinceCatalog>();
        var sonLa = catalog.Provinces.Where(p => p.Code.Value == "son-la").ToList();
        var eight = Enumerable.Range(0, 8).Select(i => new Period(PeriodKind.Quarter, 2029 + (i / 4), (i % 4) + 1)).ToList();
        await using var scope = host.Services.CreateAsyncScope();
        var all = scope.ServiceProvider.GetServices<INationalFigures>().ToList();
        Assert.Contains(all, f => f.GetType().Name == "TaskFigures");

        foreach (var figures in all)
        {
            async Task<int> CountAsync(IReadOnlyList<ProvinceDefinition> provinces, IReadOnlyList<Period> quarters)
            {
                await using var session = await reading.OpenAsync([.. provinces.Select(p => p.Code.Value)], default);
                host.Sql.Reset();
                await figures.ReadAsync(session, provinces, quarters, Today, default);
                return host.Sql.Count;
            }

            var one = await CountAsync(sonLa, [Q1]);
            Assert.True(one > 0, $"{figures.GetType().Name} read nothing: the counter is not wired");
            Assert.Equal(one, await CountAsync(catalog.Provinces, [Q1]));
            Assert.Equal(one, await CountAsync(sonLa, eight));
            Assert.Equal(one, await CountAsync(catalog.Provinces, eight));
        }
    }

    private static string Task(string province, string originalDue, string due, int progress, string? completedOn) => $"""
        insert into tasks.tasks (id, province, title, source, source_label, lead_agency_key, co_agency_keys, issuer_seat_key, assigned_by, assigned_at,
                                 original_due, due, recurrence, progress, completed_on, search_text)
        values (gen_random_uuid(), '{province}', 'Nhiệm vụ thử', 2, 'Giao trực tiếp', 'so-khcn', '{"{}"}', 'truong-ban', 'thử', now(),
                date '{originalDue}', date '{due}', 0, {progress}, {(completedOn is null ? "null" : $"date '{completedOn}'")}, 'nhiem vu thu');
        """;

    private static List<Submitter> Owing(ProvinceDefinition province, string stage, Period quarter) =>
    [
        .. province.Reporting.Find(stage)!.Submitters.Where(s => s.Kind != SubmitterKind.Seat || province.FindSeat(s.Key) is not { } seat
            || ((seat.ValidFrom is null || seat.ValidFrom <= quarter.End) && (seat.ValidUntil is null || quarter.Start <= seat.ValidUntil))),
    ];

    private static string Submission(Submitter who, string stage, int edition, string submittedOn, bool replaced = false) => $"""
        insert into reporting.submissions (id, province, period_kind, year, number, stage_key, submitter_kind, submitter_key, edition, status,
                                           full_results, updated_by, updated_at, submitted_by, submitted_at, submitted_on)
        values (gen_random_uuid(), 'son-la', 0, 2031, 1, '{stage}', {(int)who.Kind}, '{who.Key}', {edition}, {(replaced ? 2 : 1)}, 'Kết quả.', 'thử', now(), 'thử', now(), date '{submittedOn}');
        """;

    private static string Mission(string province, Guid? plan, string to, bool concluded) => $"""
        insert into inspections.missions (id, province, year, plan_id, subject, "from", "to", lead_seat_key, lead_office, set_up_by, set_up_at, notice_issued_at)
        values (gen_random_uuid(), '{province}', 2031, {(plan is { } p ? $"'{p}'" : "null")}, 'Kiểm tra thử', date '{to}' - 5, date '{to}', 'truong-ban', 'Trưởng Ban', 'thử', now(),
                {(concluded ? "now()" : "null")});
        """;

    private async Task<INationalFigures> FiguresAsync(string type)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetServices<INationalFigures>().Single(f => f.GetType().FullName == type);
    }

    private async Task<IReadOnlyList<FigureValue>> ReadAsync(string type, IReadOnlyList<string> codes, IReadOnlyList<Period> quarters)
    {
        var reading = host.Services.GetRequiredService<NationalReading>();
        var catalog = host.Services.GetRequiredService<IProvinceCatalog>();
        await using var scope = host.Services.CreateAsyncScope();
        var figures = scope.ServiceProvider.GetServices<INationalFigures>().Single(f => f.GetType().FullName == type);
        await using var session = await reading.OpenAsync(codes, default);
        return await figures.ReadAsync(session, [.. catalog.Provinces.Where(p => codes.Contains(p.Code.Value))], quarters, Today, default);
    }

    private static void AssertValue(IReadOnlyList<FigureValue> values, string figure, string province, Period quarter, decimal? value, string? detail)
    {
        var found = Assert.Single(values, v => v.Figure == figure && v.Province == province && v.Quarter == quarter);
        Assert.Equal(value, found.Value);
        if (detail is not null)
        {
            Assert.Equal(detail, found.Detail);
        }
    }
}
