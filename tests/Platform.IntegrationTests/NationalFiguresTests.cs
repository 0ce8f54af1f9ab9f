using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Dates;
using Platform.Core.National;
using Platform.Core.Tenancy;
using Platform.Sdk;
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
