using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Platform.Core.Dates;
using Platform.Core.Reporting;
using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Benchmarks.Hosting.Dataset;

/// <summary>What one run of the generator made, or why it refused.</summary>
internal sealed record DatasetResult(string? Refusal, IReadOnlyList<(string What, long Count)> Made, TimeSpan Elapsed)
{
    /// <summary>How the reports made at each stage of the pack's chain are named in <see cref="Made"/>: this and the stage's key.</summary>
    public const string ReportsAt = "reports at ";

    public long this[string what] => Made.FirstOrDefault(m => m.What == what).Count;

    /// <summary>The reports made at each stage, in the chain's order.</summary>
    public IEnumerable<(string Stage, long Count)> ReportsByStage =>
        Made.Where(m => m.What.StartsWith(ReportsAt, StringComparison.Ordinal)).Select(m => (m.What[ReportsAt.Length..], m.Count));
}

/// <summary>
/// A load-test dataset for one province: <c>years</c> years of meetings ending today (the regular meeting of each
/// period and about 36 extraordinary ones a year), every member seat of the day invited, each held meeting's conclusion
/// notice issued with numbered items, an issued annual plan for each year without one, and about 6 000 tasks a year
/// from those items, those plans and direct assignment, with states, extensions and one to three history entries each;
/// and a submitted periodic report for every obligation of the pack's reporting chain whose deadline has passed
/// (<see cref="PlanReports"/>).
/// <para>
/// Written with set-based SQL over the owner's connection in one transaction: fast (seconds), but nothing of it goes
/// through the modules' services, so none of it is audited. Only for test and benchmark databases; the command that
/// runs it (<see cref="DatasetCommand"/>) refuses anything else. Every row it writes names
/// <see cref="Author"/> as its author (created, drafted or assigned by), and it refuses a province that already has them.
/// </para>
/// </summary>
internal sealed class LoadTestDataset(NpgsqlDataSource owner, IWorkingCalendar calendar)
{
    /// <summary>The author of every generated row: how they are told from real ones, and how a second run is refused.</summary>
    public const string Author = "Dữ liệu thử tải (dataset)";

    public const int ExtraordinaryMeetingsPerYear = 36;
    public const int PlanItemsPerYear = 400;
    public const int DirectTasksPerYear = 4_800;

    /// <summary>Items per conclusion notice: from this many…</summary>
    public const int ItemsPerNoticeMin = 5;

    /// <summary>…to this many.</summary>
    public const int ItemsPerNoticeMax = 25;

    /// <summary>A report is from this many words…</summary>
    public const int ReportWordsMin = 300;

    /// <summary>…to this many (a compiled report from <see cref="CompiledReportWordsMin"/>).</summary>
    public const int ReportWordsMax = 1_500;

    /// <summary>A compiled report gathers several: it is at least this long.</summary>
    public const int CompiledReportWordsMin = 800;

    /// <summary>The share of reports submitted after their deadline (when that day is before today).</summary>
    public const double LateReportShare = 0.08;

    // Enum values as stored (the modules' enums are internal to them).
    private const int MeetingHeld = 2;
    private const int NoticeIssued = 2;
    private const int PlanIssued = 1;
    private const int FromConclusion = 0, FromPlan = 1, Direct = 2;
    private const int ReportSubmitted = 1;

    public async Task<DatasetResult> GenerateAsync(ProvinceDefinition province, int years, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        var clock = Stopwatch.StartNew();
        var today = VietnamTime.DayOf(now);
        // The load-test dataset spans the years asked for, to measure volume; it is not demo data. Reports are still
        // generated only where the chain owes them (nothing due before the regulation applies, Sdk 1.2).
        var start = today.AddYears(-years);
        var code = province.Code.Value;

        await using var connection = await owner.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var sql = new Statements(connection, transaction, ct);

        // Forced row-level security applies to the owner too: act for this province. setseed makes the draws repeatable.
        await sql.ExecuteAsync("select set_config('app.province', @province, true), setseed(0.2025)", ("province", code));

        var refusal = await CheckAsync(sql, code);
        if (refusal is not null)
        {
            return new DatasetResult(refusal, [], clock.Elapsed);
        }

        var agencies = await sql.ListAsync<string>(
            """
            select distinct a.key from committees.seats s join committees.agencies a on a.id = s.agency_id
            where s.province = @province and s.role <> @head order by a.key
            """,
            ("province", code), ("head", (int)SeatRole.Head));
        if (agencies.Count == 0)
        {
            return new DatasetResult(
                $"Tỉnh {code} không có cơ quan thành viên nào để chủ trì nhiệm vụ. / The province has no member agency to lead tasks.", [], clock.Elapsed);
        }

        var random = new Random(2025);
        var meetings = await PlanMeetingsAsync(sql, province, years, start, today, random);
        var plans = await PlanPlansAsync(sql, code, start, today);
        var head = province.Seats.First(s => s.Role == SeatRole.Head).Key;
        var (foldFrom, foldTo) = Vocabulary.FoldTable();
        sql.Shared =
        [
            ("province", code),
            ("author", Author),
            ("today", today),
            ("now", now.ToUniversalTime()),
            ("start", start),
            ("head_seat", head),
            ("deputy_seat", province.Seats.FirstOrDefault(s => s.Role == SeatRole.StandingDeputy)?.Key ?? head),
            ("committee", province.Committee.ShortName),
            ("agencies", agencies.ToArray()),
            ("portfolios", province.Portfolios.Select(p => p.Key).ToArray()),
            ("actions", Vocabulary.Actions),
            ("subjects", Vocabulary.Subjects),
            ("outputs", Vocabulary.Outputs),
            ("progress_notes", Vocabulary.ProgressNotes),
            ("cancel_reasons", Vocabulary.CancelReasons),
            ("extension_reasons", Vocabulary.ExtensionReasons),
            ("fold_from", foldFrom),
            ("fold_to", foldTo),
        ];

        await sql.ExecuteAsync(
            Sql.Meetings,
            ("m_starts_at", meetings.Select(m => m.StartsAt).ToArray()),
            ("m_kind", meetings.Select(m => (int)m.Kind).ToArray()),
            ("m_title", meetings.Select(m => m.Title).ToArray()),
            ("m_mode", meetings.Select(m => (int)m.Mode).ToArray()),
            ("m_duration", meetings.Select(m => m.Duration).ToArray()),
            ("m_period_kind", meetings.Select(m => (int?)m.Period?.Kind).ToArray()),
            ("m_period_year", meetings.Select(m => m.Period?.Year).ToArray()),
            ("m_period_number", meetings.Select(m => m.Period?.Number).ToArray()),
            ("m_delegated", meetings.Select(m => m.Delegated).ToArray()),
            ("held", MeetingHeld));
        await sql.ExecuteAsync(Sql.Invitations);
        await sql.ExecuteAsync(Sql.Notices, ("issued", NoticeIssued));
        await sql.ExecuteAsync(Sql.NoticeItems, ("items_min", ItemsPerNoticeMin), ("items_max", ItemsPerNoticeMax));
        await sql.ExecuteAsync(Sql.NoticeRecipients);
        await sql.ExecuteAsync(
            Sql.Plans,
            ("plan_year", plans.Select(p => p.Year).ToArray()),
            ("plan_number", plans.Select(p => p.Number).ToArray()),
            ("plan_day", plans.Select(p => p.Day).ToArray()),
            ("issued", PlanIssued));
        await sql.ExecuteAsync(Sql.PlanItems, ("plan_items", PlanItemsPerYear));
        await sql.ExecuteAsync(Sql.TasksFromConclusions, ("source", FromConclusion));
        await sql.ExecuteAsync(Sql.TasksFromPlans, ("source", FromPlan));
        await sql.ExecuteAsync(Sql.DirectTasks, ("source", Direct), ("direct", DirectTasksPerYear * years));
        await sql.ExecuteAsync(Sql.States);
        await sql.ExecuteAsync(Sql.AssignedEntries);
        await sql.ExecuteAsync(Sql.MiddleEntries);
        await sql.ExecuteAsync(Sql.ClosingEntries);
        await sql.ExecuteAsync(Sql.Extensions);

        var reports = PlanReports(province, start, today, random);
        await sql.ExecuteAsync(
            Sql.Reports,
            ("r_id", reports.Select(r => r.Id).ToArray()),
            ("r_period_kind", reports.Select(r => (int)r.Obligation.Period.Kind).ToArray()),
            ("r_year", reports.Select(r => r.Obligation.Period.Year).ToArray()),
            ("r_number", reports.Select(r => r.Obligation.Period.Number).ToArray()),
            ("r_stage", reports.Select(r => r.Obligation.Stage.Key).ToArray()),
            ("r_submitter_kind", reports.Select(r => (int)r.Obligation.Submitter.Kind).ToArray()),
            ("r_submitter", reports.Select(r => r.Obligation.Submitter.Key).ToArray()),
            ("r_full_results", reports.Select(r => r.Full.Results).ToArray()),
            ("r_full_shortcomings", reports.Select(r => r.Full.Shortcomings).ToArray()),
            ("r_full_causes", reports.Select(r => r.Full.Causes).ToArray()),
            ("r_full_tasks", reports.Select(r => r.Full.TasksAndSolutions).ToArray()),
            ("r_full_proposals", reports.Select(r => r.Full.Proposals).ToArray()),
            ("r_summary_results", reports.Select(r => r.Summary?.Results).ToArray()),
            ("r_summary_shortcomings", reports.Select(r => r.Summary?.Shortcomings).ToArray()),
            ("r_summary_causes", reports.Select(r => r.Summary?.Causes).ToArray()),
            ("r_summary_tasks", reports.Select(r => r.Summary?.TasksAndSolutions).ToArray()),
            ("r_summary_proposals", reports.Select(r => r.Summary?.Proposals).ToArray()),
            ("r_compiled_from", reports.Select(r => r.CompiledFrom).ToArray()),
            ("r_updated_at", reports.Select(r => r.UpdatedAt).ToArray()),
            ("r_submitted_at", reports.Select(r => r.SubmittedAt).ToArray()),
            ("r_submitted_on", reports.Select(r => r.SubmittedOn).ToArray()),
            ("submitted", ReportSubmitted));

        var made = await sql.CountsAsync(Sql.Counts);
        var byStage = (await sql.CountsAsync(Sql.ReportsByStage)).ToDictionary(c => c.What, c => c.Count);
        made.AddRange(province.Reporting.Stages.OrderBy(s => s.Order).Select(s => (DatasetResult.ReportsAt + s.Key, byStage.GetValueOrDefault(s.Key))));
        made.Add(("late reports", reports.LongCount(r => !r.Obligation.OnTime(r.SubmittedOn))));
        await transaction.CommitAsync(ct);

        // Fresh statistics, so that the pages measured next are planned for the data they now hold.
        await using (var analyse = new NpgsqlCommand(Sql.Analyse, connection))
        {
            await analyse.ExecuteNonQueryAsync(ct);
        }

        return new DatasetResult(null, made, clock.Elapsed);
    }

    /// <summary>
    /// Once every province asked for is filled: the tasks table vacuumed (its visibility map set, as autovacuum keeps it
    /// on a live database, so that index-only scans need not visit the table) and the partial index of open tasks
    /// rebuilt. The dataset writes every task open and then closes nine in ten of them in the same transaction, which
    /// leaves that index spread over pages holding a handful of live entries each (70 MB for 31,000 open tasks in 34
    /// provinces); a database filled over years holds its open tasks, the recent ones, in far fewer pages.
    /// </summary>
    public static async Task SettleAsync(NpgsqlDataSource owner, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(owner);
        await using var connection = await owner.OpenConnectionAsync(ct);
        foreach (var statement in Sql.Settle)
        {
            await using var command = new NpgsqlCommand(statement, connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Null when the province may be filled; otherwise why not.</summary>
    private static async Task<string?> CheckAsync(Statements sql, string code)
    {
        if (await sql.ScalarAsync<long>("select count(*) from committees.committees where province = @province", ("province", code)) == 0)
        {
            return $"Tỉnh {code} chưa có Ban Chỉ đạo trong cơ sở dữ liệu. / The province's committee is not in the database (start the host once).";
        }

        if (await sql.ScalarAsync<long>("select count(*) from committees.people where province = @province and not is_demo", ("province", code)) > 0)
        {
            return $"Tỉnh {code} có người thật (không phải demo): đây không phải cơ sở dữ liệu thử. / The province holds real (non-demo) people: this is not a test database.";
        }

        var generated = await sql.ScalarAsync<long>(
            """
            select (select count(*) from tasks.tasks where province = @province and assigned_by = @author)
                 + (select count(*) from meetings.meetings where province = @province and created_by = @author)
                 + (select count(*) from reporting.submissions where province = @province and updated_by = @author)
            """,
            ("province", code), ("author", Author));
        return generated > 0
            ? $"Tỉnh {code} đã có {generated} dòng dữ liệu thử tải; dùng một cơ sở dữ liệu mới. / The province already has {generated} generated rows; use a fresh database."
            : null;
    }

    /// <summary>A meeting to write: its start in UTC, kind, title, period (regular meetings), mode, length and chair.</summary>
    private sealed record PlannedMeeting(DateTimeOffset StartsAt, MeetingKind Kind, string Title, Period? Period, MeetingMode Mode, int Duration, bool Delegated);

    /// <summary>
    /// The regular meeting of every period from <paramref name="start"/> that has none yet (the pack's cadence and
    /// window, moved to a working day), and extraordinary meetings on random working days; all before today.
    /// </summary>
    private async Task<List<PlannedMeeting>> PlanMeetingsAsync(
        Statements sql, ProvinceDefinition province, int years, DateOnly start, DateOnly today, Random random)
    {
        var rule = province.Meetings.Regular.FirstOrDefault(r => r.Kind == MeetingKind.Periodic);
        var kind = rule?.Period ?? PeriodKind.Quarter;
        var window = rule?.Window ?? MeetingWindow.FromDay(21);
        var held = (await sql.ListAsync<string>(
                "select period_year || '-' || period_number from meetings.meetings where province = @province and kind = @kind and period_kind = @period",
                ("province", province.Code.Value), ("kind", (int)MeetingKind.Periodic), ("period", (int)kind)))
            .ToHashSet(StringComparer.Ordinal);

        var meetings = new List<PlannedMeeting>();
        for (var period = Period.Containing(kind, start); period.Start < today; period = period.Next())
        {
            var first = window.LastWorkingWeek ? period.End.AddDays(-6) : period.DayOfLastMonth(window.FromDayOfLastMonth);
            var day = WorkingDay(first.AddDays(random.Next(0, 4)));
            if (day >= start && day < today && !held.Contains($"{period.Year}-{period.Number}"))
            {
                meetings.Add(Meeting(day, MeetingKind.Periodic, $"Phiên họp định kỳ {period.Label}", period, random));
            }
        }

        var span = today.DayNumber - start.DayNumber;
        for (var i = 0; i < ExtraordinaryMeetingsPerYear * years; i++)
        {
            var day = WorkingDay(start.AddDays(random.Next(0, span)));
            if (day < today)
            {
                var subject = Vocabulary.Subjects[random.Next(Vocabulary.Subjects.Length)];
                meetings.Add(Meeting(day, MeetingKind.Extraordinary, $"Họp đột xuất về {subject}", null, random));
            }
        }

        return meetings;
    }

    private static PlannedMeeting Meeting(DateOnly day, MeetingKind kind, string title, Period? period, Random random) => new(
        VietnamTime.StartOf(day).AddHours(random.Next(2) == 0 ? 8 : 14),
        kind,
        title,
        period,
        (MeetingMode)random.Next(3),
        kind == MeetingKind.Periodic ? 180 : 120,
        random.Next(5) == 0);

    /// <summary>A plan to write: its year, decision number and date.</summary>
    private sealed record PlannedPlan(int Year, string Number, DateOnly Day);

    /// <summary>An issued plan for every year whose plan would have been issued since <paramref name="start"/> and that has none.</summary>
    private async Task<List<PlannedPlan>> PlanPlansAsync(Statements sql, string code, DateOnly start, DateOnly today)
    {
        var existing = (await sql.ListAsync<int>("select year from tasks.plans where province = @province", ("province", code))).ToHashSet();
        var plans = new List<PlannedPlan>();
        for (var year = start.Year; year <= today.Year; year++)
        {
            var day = WorkingDay(new DateOnly(year, 1, 10));
            if (day >= start && day < today && !existing.Contains(year))
            {
                plans.Add(new PlannedPlan(year, string.Create(CultureInfo.InvariantCulture, $"{year % 100:00}/KH-BCĐ"), day));
            }
        }

        return plans;
    }

    /// <summary>A report to write: the obligation it answers, its text, what it compiled, and when it was submitted.</summary>
    private sealed record PlannedReport(
        Guid Id, Obligation Obligation, ReportSections Full, ReportSections? Summary, string? CompiledFrom,
        DateTimeOffset UpdatedAt, DateTimeOffset SubmittedAt, DateOnly SubmittedOn);

    /// <summary>
    /// One submitted first version for every obligation of the pack's chain (<see cref="DeadlineChain"/>: the same
    /// stages, submitters and deadlines the reporting pages compute) that falls due from <paramref name="start"/> to the
    /// day before today. Most are submitted on a working day up to a week before the deadline, about one in twelve up to
    /// ten days after it. A compiled stage's report lists, as the app's snapshot does, the reports of the stage it
    /// compiles that were submitted by its own day, and a stage that asks for a summary gets one of about the asked
    /// share (Sơn La, Art. 12.5: one third).
    /// </summary>
    private List<PlannedReport> PlanReports(ProvinceDefinition province, DateOnly start, DateOnly today, Random random)
    {
        var rules = province.Reporting;
        var writer = new ReportWriter(random);
        var reports = new List<PlannedReport>();
        foreach (var period in DeadlineChain.Periods(rules, start, today))
        {
            // In chain order, so that a compiled stage finds the reports it gathers already planned.
            var ofPeriod = new List<PlannedReport>();
            foreach (var obligation in DeadlineChain.For(province, period, calendar).Where(o => o.Due >= start && o.Due < today))
            {
                var day = SubmissionDay(obligation, today, random);
                var at = VietnamTime.StartOf(day).AddMinutes(8 * 60 + random.Next(9 * 60)).ToUniversalTime();
                List<PlannedReport> sources = obligation.Stage.Compiles is { } compiles && rules.Find(compiles) is { } compiled &&
                                              compiled.Recipients.Contains(obligation.Submitter.Key)
                    ? [.. ofPeriod.Where(r => r.Obligation.Stage.Key == compiles && r.SubmittedOn <= day).OrderBy(r => r.Obligation.Submitter.Key, StringComparer.Ordinal)]
                    : [];
                var opening = obligation.Stage.Compiles is null ? null : sources.Count == 0
                    ? $"Chưa nhận được báo cáo nào trong kỳ; {SubmitterName(province, obligation.Submitter)} tổng hợp theo số liệu đã theo dõi."
                    : $"Trên cơ sở {sources.Count} {Lower(rules.Find(obligation.Stage.Compiles)!.Name)} đã nhận trong kỳ, " +
                      $"{SubmitterName(province, obligation.Submitter)} tổng hợp như sau.";
                var words = random.Next(obligation.Stage.Compiles is null ? ReportWordsMin : CompiledReportWordsMin, ReportWordsMax + 1);
                var full = writer.Write(words, period.Label, opening);
                var report = new PlannedReport(
                    Guid.CreateVersion7(at),
                    obligation,
                    full,
                    obligation.Stage.Summary is { } summary ? ReportWriter.Summary(full, summary.Share) : null,
                    obligation.Stage.Compiles is null
                        ? null
                        : JsonSerializer.Serialize(sources.Select(s => new { SourceId = s.Id, SubmitterKey = s.Obligation.Submitter.Key, Edition = 1 })),
                    at.AddMinutes(-random.Next(1, 120)),
                    at,
                    day);
                ofPeriod.Add(report);
            }

            reports.AddRange(ofPeriod);
        }

        return reports;
    }

    /// <summary>
    /// The working day a report was submitted: up to ten days after the deadline for <see cref="LateReportShare"/> of
    /// them (only when that day is before today), otherwise up to a week before it, mostly close to it.
    /// </summary>
    private DateOnly SubmissionDay(Obligation obligation, DateOnly today, Random random)
    {
        if (random.NextDouble() < LateReportShare && calendar.OnOrAfter(obligation.Due.AddDays(1 + random.Next(10))) is var late && late < today)
        {
            return late;
        }

        var early = calendar.OnOrBefore(obligation.Due.AddDays(-(int)(Math.Pow(random.NextDouble(), 1.5) * 8)));
        return early < obligation.Period.Start ? obligation.Due : early;
    }

    /// <summary>Who owes a report, by name, as the reporting pages write it: the seat's office or the body's name.</summary>
    private static string SubmitterName(ProvinceDefinition province, Submitter submitter) => submitter.Kind == SubmitterKind.Seat
        ? province.FindSeat(submitter.Key)?.Office ?? submitter.Key
        : province.Bodies.FirstOrDefault(b => b.Key == submitter.Key)?.Name ?? submitter.Key;

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>The day itself if it is a working day, else the next one.</summary>
    private DateOnly WorkingDay(DateOnly day)
    {
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The commands of the run: one connection, one transaction, shared parameters.</summary>
    private sealed class Statements(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        public (string Name, object Value)[] Shared { get; set; } = [];

        public async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
        {
            await using var command = Command(sql, parameters);
            await command.ExecuteNonQueryAsync(ct);
        }

        public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
        {
            await using var command = Command(sql, parameters);
            return (T)(await command.ExecuteScalarAsync(ct))!;
        }

        public async Task<List<T>> ListAsync<T>(string sql, params (string Name, object Value)[] parameters)
        {
            await using var command = Command(sql, parameters);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var values = new List<T>();
            while (await reader.ReadAsync(ct))
            {
                values.Add(reader.GetFieldValue<T>(0));
            }

            return values;
        }

        /// <summary>Reads rows of (label, count).</summary>
        public async Task<List<(string What, long Count)>> CountsAsync(string sql)
        {
            await using var command = Command(sql, []);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var counts = new List<(string, long)>();
            while (await reader.ReadAsync(ct))
            {
                counts.Add((reader.GetString(0), reader.GetInt64(1)));
            }

            return counts;
        }

        private NpgsqlCommand Command(string sql, (string Name, object Value)[] parameters)
        {
            var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 300 };
            foreach (var (name, value) in Shared.Concat(parameters))
            {
                if (sql.Contains("@" + name, StringComparison.Ordinal))
                {
                    command.Parameters.Add(value is int?[] ints
                        ? new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = ints }
                        : new NpgsqlParameter(name, value));
                }
            }

            return command;
        }
    }
}
