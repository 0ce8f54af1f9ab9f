using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Npgsql;
using Platform.Core.Dates;
using Platform.Core.Reporting;
using Platform.Core.Tenancy;
using Platform.Sdk;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Benchmarks.Hosting.Baselines;

/// <summary>
/// <c>/_baseline/{province}/report-consolidation?ky=Q3-2026&amp;buoc=chuyen-de&amp;ai=…</c>: what the report page
/// (<c>/{province}/reports/write</c>, the reporting module's <c>WriteModel</c>) reads and shows a reader for a compiled
/// report — in Sơn La a standing agency's thematic report gathering every member's (Art. 12.5) — with the same
/// statements and columns as EF Core sends them: the obligation's versions, the submitted reports of the stage it
/// compiles, the period's submissions without their text (who has reported), and the files attached to those reports
/// (metadata only). The obligation and its deadline come from the pack's chain (<see cref="DeadlineChain"/>), as on
/// the page. Written as the page's content for a reader, without EF Core, Razor or the layout; the draft form of whoever
/// owes the report is never written (the load client is a viewer).
/// </summary>
internal static partial class BaselineEndpoints
{
    private const int Draft = 0, Submitted = 1, Replaced = 2;

    private const string SubmissionColumns = """
        s.id, s.edition, s.number, s.period_kind, s.province, s.stage_key, s.status, s.submitted_at, s.submitted_by, s.submitted_on,
               s.submitter_key, s.submitter_kind, s.updated_at, s.updated_by, s.xmin, s.year, s.compiled_from, s.full_causes, s.full_proposals,
               s.full_results, s.full_shortcomings, s.full_tasks_and_solutions, s.summary_causes, s.summary_proposals, s.summary_results,
               s.summary_shortcomings, s.summary_tasks_and_solutions
        """;

    // ReportBook.VersionsAsync: every version of the obligation's report, newest first.
    private const string VersionsSql = $"""
        SELECT {SubmissionColumns}
        FROM reporting.submissions AS s
        WHERE s.province = $1 AND s.period_kind = $2 AND s.year = $3 AND s.number = $4 AND s.stage_key = $5 AND s.submitter_key = $6
        ORDER BY s.edition DESC
        """;

    // ReportBook.SourcesAsync: the submitted reports of the compiled stage.
    private const string SourcesSql = $"""
        SELECT {SubmissionColumns}
        FROM reporting.submissions AS s
        WHERE s.province = $1 AND s.period_kind = $2 AND s.year = $3 AND s.number = $4 AND s.stage_key = $5 AND s.status = 1
        ORDER BY s.submitter_key
        """;

    // ReportBook.PeriodAsync: the period's submissions without their text.
    private const string PeriodRowsSql = """
        SELECT s.id, s.stage_key, s.submitter_kind, s.submitter_key, s.edition, s.status, s.submitted_on, s.submitted_at, s.submitted_by
        FROM reporting.submissions AS s
        WHERE s.province = $1 AND s.period_kind = $2 AND s.year = $3 AND s.number = $4
        """;

    // The files attached to the sources and to the versions shown, metadata only (never their bytes).
    private const string FilesSql = """
        SELECT f.id, f.added_at, f.added_by, f.content_id, f.content_type, f.file_name, f.province, f.sha256, f.size, f.submission_id
        FROM reporting.files AS f
        WHERE f.province = $1 AND f.submission_id = ANY ($2)
        ORDER BY f.added_at, f.file_name
        """;

    private static readonly string[] SectionNames = ["Kết quả đạt được", "Tồn tại, hạn chế", "Nguyên nhân", "Nhiệm vụ, giải pháp", "Đề xuất, kiến nghị"];

    private static async Task WriteReportConsolidationAsync(
        string province, string? ky, string? buoc, string? ai, HttpContext http, IProvinceCatalog catalog, IWorkingCalendar calendar,
        NpgsqlDataSource database, HtmlEncoder html, TimeProvider clock, CancellationToken ct)
    {
        var obligation = catalog.Find(province) is { } found && Period.TryParse(ky, out var period)
            ? DeadlineChain.For(found, period, calendar).FirstOrDefault(o => o.Stage.Key == buoc && o.Submitter.Key == ai)
            : null;
        if (obligation is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var definition = catalog.Find(province)!;
        var stage = obligation.Stage;
        var today = VietnamTime.Today(clock);

        await using var connection = await database.OpenConnectionAsync(ct);
        await using (var setting = new NpgsqlCommand("SELECT set_config('app.province', $1, false)", connection) { Parameters = { new() { Value = province } } })
        {
            await setting.ExecuteNonQueryAsync(ct);
        }

        var versions = await ReportsAsync(ReportStatement(connection, VersionsSql, province, obligation.Period, stage.Key, obligation.Submitter.Key), ct);
        var state = DeadlineChain.StateOf(obligation, versions.Where(v => v.Status != Draft).Min(v => v.SubmittedOn), today);

        List<Report> sources = [];
        List<(Obligation Obligation, bool Received)> compiled = [];
        if (stage.Compiles is { } compiles)
        {
            if (definition.Reporting.Find(compiles) is { } compiledStage && compiledStage.Recipients.Contains(obligation.Submitter.Key))
            {
                sources = await ReportsAsync(ReportStatement(connection, SourcesSql, province, obligation.Period, compiles), ct);
            }

            var received = new HashSet<(string Stage, string Submitter)>();
            await using (var command = ReportStatement(connection, PeriodRowsSql, province, obligation.Period))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    if (reader.GetInt32(5) != Draft)
                    {
                        received.Add((reader.GetString(1), reader.GetString(3)));
                    }
                }
            }

            compiled = [.. DeadlineChain.For(definition, obligation.Period, calendar)
                .Where(o => o.Stage.Key == compiles && o.Stage.Recipients.Contains(obligation.Submitter.Key))
                .Select(o => (o, received.Contains((o.Stage.Key, o.Submitter.Key))))];
        }

        // A draft is its author's; a reader sees only what was submitted.
        versions = [.. versions.Where(v => v.Status != Draft)];

        var files = new Dictionary<Guid, List<(string Name, long Size)>>();
        await using (var command = new NpgsqlCommand(FilesSql, connection))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = province });
            command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. sources.Select(s => s.Id), .. versions.Select(v => v.Id)] });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var submission = reader.GetGuid(9);
                if (!files.TryGetValue(submission, out var list))
                {
                    files[submission] = list = [];
                }

                list.Add((reader.GetString(5), reader.GetInt64(8)));
            }
        }

        string Name(Submitter s) => s.Kind == SubmitterKind.Seat
            ? definition.FindSeat(s.Key)?.Office ?? s.Key
            : definition.Bodies.FirstOrDefault(b => b.Key == s.Key)?.Name ?? s.Key;
        string Cite(ArticleRef article) => $"{definition.Name}, {article.ToVietnamese()}";
        void Files(StringBuilder page, Guid submission)
        {
            if (files.TryGetValue(submission, out var list))
            {
                page.Append("<ul class=\"files\">");
                foreach (var (fileName, size) in list)
                {
                    page.Append("<li>").Append(html.Encode(fileName)).Append(" (").Append(size.ToString("#,0", CultureInfo.InvariantCulture)).Append(" B)</li>");
                }

                page.Append("</ul>\n");
            }
        }

        var code = html.Encode(province);
        var periodCode = html.Encode(ky!);
        var name = Name(obligation.Submitter);
        var page = new StringBuilder((16 * 1024) + sources.Concat(versions).Sum(s => s.Length));
        Masthead(page, html, definition, code, html.Encode($"{stage.Name} — {name}"),
            $"/reports/write?ky={periodCode}&amp;buoc={html.Encode(stage.Key)}&amp;ai={html.Encode(obligation.Submitter.Key)}");
        page.Append("<p><a href=\"/").Append(code).Append("/reports?ky=").Append(periodCode).Append("\">← Báo cáo định kỳ ")
            .Append(obligation.Period.Label).Append("</a></p>\n<h1>").Append(html.Encode(stage.Name)).Append("</h1>\n<p><strong>")
            .Append(html.Encode(name)).Append("</strong> — ").Append(obligation.Period.Label).Append(" · <span class=\"badge report-")
            .Append(state.ToString().ToLowerInvariant()).Append("\">").Append(StateLabel(state)).Append("</span></p>\n");

        page.Append("<section class=\"card\"><h2>Thời hạn</h2>\n<p>").Append(DeadlineText(stage)).Append(": hạn cuối <strong>")
            .Append(VietnamTime.Format(obligation.Due)).Append("</strong>");
        if (obligation.Due != obligation.Nominal)
        {
            page.Append(" <span class=\"muted\">(theo câu chữ ").Append(VietnamTime.Format(obligation.Nominal)).Append("; ")
                .Append(html.Encode(definition.Reporting.NonWorkingDayReason ?? "")).Append(")</span>");
        }

        page.Append(" <span class=\"cite\">").Append(html.Encode(Cite(stage.Article))).Append("</span></p>\n<p>Gửi đồng thời đến: ")
            .Append(html.Encode(string.Join(", ", stage.Recipients.Select(r => r == Recipients.Committee
                ? "Ban Chỉ đạo" : definition.Bodies.FirstOrDefault(b => b.Key == r)?.Name ?? r))))
            .Append("</p>\n</section>\n");

        if (stage.Compiles is not null)
        {
            page.Append("<section class=\"card\" aria-labelledby=\"sources\"><h2 id=\"sources\">Các báo cáo được tổng hợp</h2>\n<p>Đã nhận ")
                .Append(compiled.Count(c => c.Received)).Append('/').Append(compiled.Count).Append(" báo cáo.</p>\n");
            if (compiled.Any(c => !c.Received))
            {
                page.Append("<p class=\"state-overdue\">Chưa gửi: ")
                    .Append(html.Encode(string.Join(", ", compiled.Where(c => !c.Received).Select(c => Name(c.Obligation.Submitter))))).Append("</p>\n");
            }

            for (var section = 0; section < SectionNames.Length; section++)
            {
                var parts = sources.Where(s => s.Full[section] is not null).ToList();
                if (parts.Count == 0)
                {
                    continue;
                }

                page.Append("<details><summary>").Append(SectionNames[section]).Append(" (").Append(parts.Count).Append(")</summary>\n");
                foreach (var source in parts)
                {
                    page.Append("<h4>").Append(html.Encode(Name(source.Submitter))).Append("</h4>\n<p class=\"prose\">")
                        .Append(html.Encode(source.Full[section]!)).Append("</p>\n");
                }

                page.Append("</details>\n");
            }

            foreach (var source in sources.Where(s => files.ContainsKey(s.Id)))
            {
                page.Append("<h4>").Append(html.Encode(Name(source.Submitter))).Append(" — tệp đính kèm</h4>\n");
                Files(page, source.Id);
            }

            page.Append("</section>\n");
        }

        if (versions.FirstOrDefault(v => v.Status == Submitted) is { } current)
        {
            page.Append("<article class=\"document\"><h2>Báo cáo đã gửi — bản ").Append(current.Edition).Append("</h2>\n<p class=\"muted\">")
                .Append(html.Encode(current.SubmittedBy ?? "")).Append(", ").Append(VietnamTime.Format(current.SubmittedAt!.Value)).Append("</p>\n");
            PrintedReport(page, html, current);
            Files(page, current.Id);
            page.Append("</article>\n");
        }

        foreach (var old in versions.Where(v => v.Status == Replaced))
        {
            page.Append("<details><summary>Bản ").Append(old.Edition).Append(" (đã được thay thế) — ").Append(html.Encode(old.SubmittedBy ?? ""))
                .Append(", ").Append(VietnamTime.Format(old.SubmittedAt!.Value)).Append("</summary>\n");
            PrintedReport(page, html, old);
            Files(page, old.Id);
            page.Append("</details>\n");
        }

        page.Append("</main>\n<footer><a href=\"/\">Các tỉnh đang phục vụ</a></footer>\n</body>\n</html>\n");
        await WriteHtmlAsync(http, page, ct);
    }

    /// <summary>A submitted report as the page prints it (<c>_Report</c>): its sections, then its summary when it has one.</summary>
    private static void PrintedReport(StringBuilder page, HtmlEncoder html, Report report)
    {
        for (var section = 0; section < SectionNames.Length; section++)
        {
            if (report.Full[section] is { } text)
            {
                page.Append("<h4>").Append(SectionNames[section]).Append("</h4><p class=\"prose\">").Append(html.Encode(text)).Append("</p>\n");
            }
        }

        if (report.Summary.Any(s => s is not null))
        {
            page.Append("<h3>Báo cáo tóm tắt</h3>\n");
            for (var section = 0; section < SectionNames.Length; section++)
            {
                if (report.Summary[section] is { } text)
                {
                    page.Append("<h4>").Append(SectionNames[section]).Append("</h4><p class=\"prose\">").Append(html.Encode(text)).Append("</p>\n");
                }
            }
        }
    }

    private static string StateLabel(ObligationState state) => state switch
    {
        ObligationState.OnTime => "Đúng hạn",
        ObligationState.Late => "Muộn",
        ObligationState.Missing => "Chưa gửi, quá hạn",
        _ => "Chưa đến hạn",
    };

    private static string DeadlineText(ReportStage stage) => stage.Deadline switch
    {
        DeadlineKind.Before => $"trước ngày {stage.Day} của tháng cuối kỳ",
        DeadlineKind.NoLaterThan => $"chậm nhất vào ngày {stage.Day} của tháng cuối kỳ",
        _ => "trước khi hết kỳ",
    };

    /// <summary>A command with the province and the period's kind, year and number, then the values in order.</summary>
    private static NpgsqlCommand ReportStatement(NpgsqlConnection connection, string sql, string province, Period period, params string[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = province });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = (int)period.Kind });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = period.Year });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = period.Number });
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = value });
        }

        return command;
    }

    // Every column is fetched, as EF Core materialises the whole entity; only those the page shows are converted.
    private static async Task<List<Report>> ReportsAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            var reports = new List<Report>();
            string? Text(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
            while (await reader.ReadAsync(ct))
            {
                reports.Add(new Report(
                    reader.GetGuid(0), reader.GetInt32(1), reader.GetInt32(6), new Submitter((SubmitterKind)reader.GetInt32(11), reader.GetString(10)),
                    reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7), Text(8),
                    reader.IsDBNull(9) ? null : reader.GetFieldValue<DateOnly>(9),
                    [Text(19), Text(20), Text(17), Text(21), Text(18)],
                    [Text(24), Text(25), Text(22), Text(26), Text(23)]));
            }

            return reports;
        }
    }

    /// <summary>A report version: its sections and its summary's, in the order of <see cref="SectionNames"/>.</summary>
    private sealed record Report(
        Guid Id, int Edition, int Status, Submitter Submitter, DateTimeOffset? SubmittedAt, string? SubmittedBy, DateOnly? SubmittedOn,
        string?[] Full, string?[] Summary)
    {
        /// <summary>The characters of its text, full and summary, to size the page.</summary>
        public int Length => Full.Concat(Summary).Sum(s => s?.Length ?? 0);
    }
}
