using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Platform.Core.Dates;
using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Structure;

namespace Platform.Web.Dataset;

/// <summary>What one run of the generator made, or why it refused.</summary>
internal sealed record DatasetResult(string? Refusal, IReadOnlyList<(string What, long Count)> Made, TimeSpan Elapsed)
{
    public long this[string what] => Made.FirstOrDefault(m => m.What == what).Count;
}

/// <summary>
/// A load-test dataset for one province: <c>years</c> years of meetings ending today (the regular meeting of each
/// period and about 36 extraordinary ones a year), every member seat of the day invited, each held meeting's conclusion
/// notice issued with numbered items, an issued annual plan for each year without one, and about 6 000 tasks a year
/// from those items, those plans and direct assignment, with states, extensions and one to three history entries each.
/// <para>
/// Written with set-based SQL over the owner's connection in one transaction: fast (seconds), but nothing of it goes
/// through the modules' services, so none of it is audited. Only for test and benchmark databases; the command that
/// runs it (<see cref="Commands.DatasetCommand"/>) refuses anything else. Every row it writes names
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

    // Enum values as stored (the modules' enums are internal to them).
    private const int MeetingHeld = 2;
    private const int NoticeIssued = 2;
    private const int PlanIssued = 1;
    private const int FromConclusion = 0, FromPlan = 1, Direct = 2;

    public async Task<DatasetResult> GenerateAsync(ProvinceDefinition province, int years, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        var clock = Stopwatch.StartNew();
        var today = VietnamTime.DayOf(now);
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
        if (agencies.Count < 3)
        {
            return new DatasetResult(
                $"Tỉnh {code} có ít hơn 3 cơ quan thành viên. / The province has fewer than 3 member agencies to lead tasks.", [], clock.Elapsed);
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

        var made = await sql.CountsAsync(Sql.Counts);
        await transaction.CommitAsync(ct);

        // Fresh statistics, so that the pages measured next are planned for the data they now hold.
        await using (var analyse = new NpgsqlCommand(Sql.Analyse, connection))
        {
            await analyse.ExecuteNonQueryAsync(ct);
        }

        return new DatasetResult(null, made, clock.Elapsed);
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
