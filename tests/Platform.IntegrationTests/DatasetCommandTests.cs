using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Reporting;
using Platform.Core.Tenancy;
using Platform.Sdk;
using Platform.Benchmarks.Hosting.Dataset;
using Platform.Testing;

namespace Platform.IntegrationTests;

/// <summary>
/// The load-test dataset command: what it writes is consistent with what the app writes — tasks as the task commands
/// store them, periodic reports as the pack's reporting chain asks for them and the report page reads them — and it runs once.
/// </summary>
public sealed class DatasetCommandTests(PlatformFactory host) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Generates_a_year_of_consistent_data_once()
    {
        var today = VietnamTime.Today(host.Services.GetRequiredService<TimeProvider>());
        using var first = new StringWriter();
        Assert.Equal(0, await DatasetCommand.RunAsync(host.Services, "son-la", 1, first));
        Assert.Contains("tasks ", first.ToString(), StringComparison.Ordinal);

        await using var connection = new NpgsqlConnection(host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            select t.title, t.expected_output, t.source_label, t.search_text,
                   (select count(*) from tasks.updates u where u.task_id = t.id)::int,
                   t.due <> t.original_due, (select count(*) from tasks.extensions x where x.task_id = t.id and x.status = 1)::int
            from tasks.tasks t where t.province = 'son-la' and t.assigned_by = $1
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = LoadTestDataset.Author });
        await using var reader = await command.ExecuteReaderAsync();
        var tasks = 0;
        while (await reader.ReadAsync())
        {
            tasks++;
            var (title, output, label) = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
            // What TaskCommands stores for the search, character for character.
            Assert.Equal(VietnameseText.Fold($"{title} {output} {label}"), reader.GetString(3));
            Assert.InRange(reader.GetInt32(4), 1, 3);
            Assert.Equal(reader.GetBoolean(5) ? 1 : 0, reader.GetInt32(6));
        }

        Assert.InRange(tasks, 5_000, 8_000);
        var reports = await ReportsFollowTheChainAsync(today);
        await ThePageShowsAQuartersReportsAsync(today);

        using var second = new StringWriter();
        Assert.Equal(1, await DatasetCommand.RunAsync(host.Services, "son-la", 1, second));
        Assert.Equal(tasks, await host.Database.ScalarAsync<long>(
            $"select count(*) from tasks.tasks where province = 'son-la' and assigned_by = '{LoadTestDataset.Author}'"));
        Assert.Equal(reports, await host.Database.ScalarAsync<long>(
            $"select count(*) from reporting.submissions where province = 'son-la' and updated_by = '{LoadTestDataset.Author}'"));
    }

    /// <summary>
    /// One submitted first version for every obligation of the Sơn La chain due in the generated year before today —
    /// every member's report (Art. 12.4), every thematic and general report (Art. 12.5–12.6) — and none for anything
    /// else; of a realistic length, on working days, late by ten days at most (then the next working day); each compiled report listing the reports
    /// of its source stage submitted by its own day; each thematic report with a summary of about a third (Art. 12.5).
    /// </summary>
    private async Task<long> ReportsFollowTheChainAsync(DateOnly today)
    {
        var province = host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!;
        var calendar = host.Services.GetRequiredService<IWorkingCalendar>();
        var start = today.AddYears(-1);
        var owed = DeadlineChain.Periods(province.Reporting, start, today)
            .SelectMany(p => DeadlineChain.For(province, p, calendar))
            .Where(o => o.Due >= start && o.Due < today)
            .ToDictionary(o => (o.Period, o.Stage.Key, o.Submitter.Key));
        Assert.Contains(owed.Values, o => o.Stage.Key == "thanh-vien");

        var rows = new List<(Guid Id, Obligation Obligation, DateOnly SubmittedOn, string? CompiledFrom, ReportSections Full, ReportSections? Summary)>();
        await using var connection = new NpgsqlConnection(host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            select id, period_kind, year, number, stage_key, submitter_key, status, edition, submitted_on, compiled_from::text,
                   full_results, full_shortcomings, full_causes, full_tasks_and_solutions, full_proposals,
                   summary_results, summary_shortcomings, summary_causes, summary_tasks_and_solutions, summary_proposals
            from reporting.submissions where province = 'son-la' and updated_by = $1
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = LoadTestDataset.Author });
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var key = (new Period((PeriodKind)reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)), reader.GetString(4), reader.GetString(5));
                Assert.True(owed.TryGetValue(key, out var obligation), $"a report nobody owed: {key}");
                Assert.Equal((1, 1), (reader.GetInt32(6), reader.GetInt32(7))); // submitted, first version
                string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                var full = new ReportSections(Text(10)!, Text(11)!, Text(12)!, Text(13)!, Text(14)!);
                var summary = Text(15) is null ? null : new ReportSections(Text(15)!, Text(16)!, Text(17)!, Text(18)!, Text(19)!);
                rows.Add((reader.GetGuid(0), obligation, reader.GetFieldValue<DateOnly>(8), Text(9), full, summary));
            }
        }

        Assert.Equal(owed.Count, rows.Count);
        Assert.Equal(owed.Count, rows.Select(r => r.Obligation).Distinct().Count()); // one each
        foreach (var (id, obligation, day, compiledFrom, full, summary) in rows)
        {
            Assert.InRange(full.Words, LoadTestDataset.ReportWordsMin, LoadTestDataset.ReportWordsMax * 11 / 10); // sections end on a whole sentence
            Assert.True(calendar.IsWorkingDay(day), $"submitted on a day off: {day}");
            Assert.InRange(day, obligation.Period.Start, obligation.OnTime(day) ? obligation.Due : calendar.OnOrAfter(obligation.Due.AddDays(10)));
            Assert.True(day < today);

            Assert.Equal(obligation.Stage.Summary is not null, summary is not null);
            if (obligation.Stage.Summary is { } rule)
            {
                Assert.InRange((double)summary!.Words / full.Words, rule.Share - rule.Tolerance, rule.Share + rule.Tolerance);
            }

            Assert.Equal(obligation.Stage.Compiles is not null, compiledFrom is not null);
            if (obligation.Stage.Compiles is { } compiles)
            {
                // As the app's snapshot: the source stage's reports sent to this submitter and submitted by then.
                var sent = province.Reporting.Find(compiles)!.Recipients.Contains(obligation.Submitter.Key);
                var expected = rows.Where(r => sent && r.Obligation.Period == obligation.Period && r.Obligation.Stage.Key == compiles && r.SubmittedOn <= day)
                    .Select(r => (r.Id, r.Obligation.Submitter.Key)).OrderBy(r => r.Id).ToList();
                using var json = JsonDocument.Parse(compiledFrom!);
                var listed = json.RootElement.EnumerateArray()
                    .Select(e => (e.GetProperty("SourceId").GetGuid(), e.GetProperty("SubmitterKey").GetString()!, e.GetProperty("Edition").GetInt32()))
                    .ToList();
                Assert.All(listed, l => Assert.Equal(1, l.Item3));
                Assert.Equal(expected, listed.Select(l => (l.Item1, l.Item2)).OrderBy(l => l.Item1).ToList());
            }
        }

        return rows.Count;
    }

    /// <summary>
    /// The police's thematic report for the last quarter (Art. 12.5) reads, as the demo viewer sees it, every member's
    /// report and its own submitted version: what the benchmark measures, read through EF Core.
    /// </summary>
    private async Task ThePageShowsAQuartersReportsAsync(DateOnly today)
    {
        var province = host.Services.GetRequiredService<IProvinceCatalog>().Find("son-la")!;
        var quarter = Period.Containing(PeriodKind.Quarter, today).Previous();
        var members = DeadlineChain.For(province, quarter, host.Services.GetRequiredService<IWorkingCalendar>()).Count(o => o.Stage.Key == "thanh-vien");
        var viewer = await host.SignInAsync("son-la.viewer");

        var page = await Html.GetAsync(viewer, $"/son-la/reports/write?ky=Q{quarter.Number}-{quarter.Year}&buoc=chuyen-de&ai=co-quan-thuong-truc-de-an-06");

        Assert.Contains($"Đã nhận {members}/{members} báo cáo.", page.Text(), StringComparison.Ordinal);
        Assert.Equal(members, page.QuerySelectorAll("section[aria-labelledby=sources] details")[0].QuerySelectorAll("h4").Length);
        Assert.Contains("Báo cáo tóm tắt", page.QuerySelector("article.document")!.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nowhere", 1)]
    [InlineData("son-la", 0)]
    [InlineData("son-la", DatasetCommand.MaxYears + 1)]
    [InlineData(null, 1)] // two provinces are loaded: which one?
    public async Task Refuses_wrong_arguments(string? province, int years)
    {
        using var output = new StringWriter();
        Assert.Equal(2, await DatasetCommand.RunAsync(host.Services, province, years, output));
        Assert.Contains("usage", output.ToString(), StringComparison.Ordinal);
    }
}
