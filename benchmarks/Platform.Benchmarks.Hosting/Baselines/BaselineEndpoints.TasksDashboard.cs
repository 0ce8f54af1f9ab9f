using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Npgsql;
using Platform.Core.Dates;
using Platform.Core.Tenancy;
using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Benchmarks.Hosting.Baselines;

/// <summary>
/// <c>/_baseline/{province}/tasks-dashboard</c>: the rows the tasks dashboard reads (<c>TaskQueries.DashboardAsync</c>
/// and <c>OnTimeAsync</c>, and the agencies' names every task page reads) with the same statements and columns as
/// EF Core sends them, written as the page's tables without EF Core, Razor or the layout.
/// </summary>
internal static partial class BaselineEndpoints
{
    /// <summary>How far ahead "due soon" looks (<c>TaskQueries.SoonDays</c>).</summary>
    private const int SoonDays = 14;

    /// <summary>Each of the dashboard's lists shows this many tasks.</summary>
    private const int ListLength = 20;

    private const string AgenciesSql = """
        SELECT a.key, a.name, a.short_name
        FROM committees.agencies AS a
        WHERE a.province = $1
        ORDER BY a.kind, a.name
        """;

    // Closed tasks from their tallies (tasks.closed_tallies, kept by a trigger); open ones (0 not started, 1 in progress)
    // counted live from the partial index of open tasks, as TaskQueries.DashboardAsync reads them.
    private const string ClosedCountsSql = """
        SELECT c.lead_agency_key, c.portfolio_key, COALESCE(sum(c.on_time), 0)::int, COALESCE(sum(c.late), 0)::int, COALESCE(sum(c.cancelled), 0)::int
        FROM tasks.closed_tallies AS c
        WHERE c.province = $1
        GROUP BY c.lead_agency_key, c.portfolio_key
        """;

    private const string OpenCountsSql = """
        SELECT t0.lead_agency_key, t0."Key", count(*) FILTER (WHERE t0.due < $2)::int,
               count(*) FILTER (WHERE t0.due >= $2 AND t0.due <= $3)::int, count(*) FILTER (WHERE t0.due >= $2)::int
        FROM (
            SELECT t.due, t.lead_agency_key, COALESCE(t.portfolio_key, '') AS "Key"
            FROM tasks.tasks AS t
            WHERE t.province = $1 AND t.progress IN (0, 1)
        ) AS t0
        GROUP BY t0.lead_agency_key, t0."Key"
        """;

    private const string OverdueSql = """
        SELECT t.id, t.title, t.source, t.source_label, t.source_path, t.portfolio_key, t.lead_agency_key, t.co_agency_keys,
               t.original_due, t.due, t.progress, t.percent, t.completed_on
        FROM tasks.tasks AS t
        WHERE t.province = $1 AND t.progress IN (0, 1) AND t.due < $2
        ORDER BY t.due, t.id
        LIMIT $3
        """;

    private const string DueSoonSql = """
        SELECT t.id, t.title, t.source, t.source_label, t.source_path, t.portfolio_key, t.lead_agency_key, t.co_agency_keys,
               t.original_due, t.due, t.progress, t.percent, t.completed_on
        FROM tasks.tasks AS t
        WHERE t.province = $1 AND t.progress IN (0, 1) AND t.due >= $2 AND t.due <= $3
        ORDER BY t.due, t.id
        LIMIT $4
        """;

    private const string ClosedOnTimeSql = """
        SELECT c.lead_agency_key, c.due_quarter, COALESCE(sum(c.on_time), 0)::int, COALESCE(sum(c.late), 0)::int
        FROM tasks.closed_tallies AS c
        WHERE c.province = $1 AND c.due_quarter >= $2
        GROUP BY c.lead_agency_key, c.due_quarter
        """;

    private const string OpenPastDueSql = """
        SELECT t0.lead_agency_key, t0."Year", t0."Quarter", count(*)::int
        FROM (
            SELECT t.lead_agency_key, date_part('year', t.due)::int AS "Year", (date_part('month', t.due)::int - 1) / 3 + 1 AS "Quarter"
            FROM tasks.tasks AS t
            WHERE t.province = $1 AND t.progress IN (0, 1) AND t.due >= $2 AND t.due < $3
        ) AS t0
        GROUP BY t0.lead_agency_key, t0."Year", t0."Quarter"
        """;

    private static async Task WriteTasksDashboardAsync(
        string province, HttpContext http, IProvinceCatalog catalog, NpgsqlDataSource database, HtmlEncoder html,
        TimeProvider clock, CancellationToken ct)
    {
        if (catalog.Find(province) is not { } definition)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var today = VietnamTime.Today(clock);
        var soon = today.AddDays(SoonDays);
        var current = Period.Containing(PeriodKind.Quarter, today);
        Period[] quarters = [current.Previous().Previous().Previous(), current.Previous().Previous(), current.Previous(), current];

        await using var connection = await database.OpenConnectionAsync(ct);
        await using (var setting = new NpgsqlCommand("SELECT set_config('app.province', $1, false)", connection) { Parameters = { new() { Value = province } } })
        {
            await setting.ExecuteNonQueryAsync(ct);
        }

        var agencies = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var command = Statement(connection, AgenciesSql, province))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                agencies[reader.GetString(0)] = reader.IsDBNull(2) ? reader.GetString(1) : reader.GetString(2);
            }
        }

        var cells = new List<(string Agency, string Portfolio, Counts Counts)>();
        await using (var command = Statement(connection, ClosedCountsSql, province))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                cells.Add((reader.GetString(0), reader.GetString(1), new Counts("", 0, 0, 0, reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4))));
            }
        }

        await using (var command = Statement(connection, OpenCountsSql, province, today, soon))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                cells.Add((reader.GetString(0), reader.GetString(1), new Counts("", reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), 0, 0, 0)));
            }
        }

        var byAgency = Sum(cells, c => c.Agency);
        var byPortfolio = Sum(cells, c => c.Portfolio);
        var overdue = await TaskRowsAsync(Statement(connection, OverdueSql, province, today, ListLength), ct);
        var dueSoon = await TaskRowsAsync(Statement(connection, DueSoonSql, province, today, soon, ListLength), ct);
        var rates = new Dictionary<(string Agency, Period Quarter), (int Counted, int OnTime)>();
        await using (var command = Statement(connection, ClosedOnTimeSql, province, quarters[0].Start))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var quarter = Period.Containing(PeriodKind.Quarter, reader.GetFieldValue<DateOnly>(1));
                var (counted, onTime) = rates.GetValueOrDefault((reader.GetString(0), quarter));
                rates[(reader.GetString(0), quarter)] = (counted + reader.GetInt32(2) + reader.GetInt32(3), onTime + reader.GetInt32(2));
            }
        }

        await using (var command = Statement(connection, OpenPastDueSql, province, quarters[0].Start, today))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var quarter = new Period(PeriodKind.Quarter, reader.GetInt32(1), reader.GetInt32(2));
                var (counted, onTime) = rates.GetValueOrDefault((reader.GetString(0), quarter));
                rates[(reader.GetString(0), quarter)] = (counted + reader.GetInt32(3), onTime);
            }
        }

        foreach (var empty in rates.Where(r => r.Value.Counted == 0).Select(r => r.Key).ToList())
        {
            rates.Remove(empty);
        }

        string AgencyName(string key) => agencies.GetValueOrDefault(key) ?? key;
        string PortfolioName(string key) =>
            key.Length == 0 ? "—" : definition.Portfolios.FirstOrDefault(p => p.Key == key) is { } p ? p.ShortName ?? p.Name : key;

        var code = html.Encode(province);
        var page = new StringBuilder(64 * 1024);
        Masthead(page, html, definition, code, "Bảng theo dõi nhiệm vụ", "/tasks/dashboard");
        page.Append("<p><a href=\"/").Append(code).Append("/tasks\">← Nhiệm vụ</a></p>\n<h1>Bảng theo dõi nhiệm vụ</h1>\n<p class=\"muted\">Ngày ")
            .Append(VietnamTime.Format(today)).Append(". Quá hạn: chưa hoàn thành sau thời hạn đang áp dụng; sắp đến hạn: trong ")
            .Append(SoonDays).Append(" ngày tới.");
        if (definition.Tasks.Monitoring is { } monitoring)
        {
            page.Append(" <span>Cơ quan thường trực theo dõi, đôn đốc (").Append(html.Encode(definition.Name)).Append(", ")
                .Append(html.Encode(monitoring.ToVietnamese())).Append(")</span>");
        }

        page.Append("</p>\n");
        foreach (var (title, rows, name) in new[] { ("Theo cơ quan chủ trì", byAgency, (Func<string, string>)AgencyName), ("Theo lĩnh vực", byPortfolio, PortfolioName) })
        {
            page.Append("<section class=\"card\"><h2>").Append(title).Append("</h2>\n<table class=\"counts\"><thead><tr><th scope=\"col\">Tên</th>")
                .Append("<th scope=\"col\">Quá hạn</th><th scope=\"col\">Sắp đến hạn</th><th scope=\"col\">Đang theo dõi</th>")
                .Append("<th scope=\"col\">Hoàn thành đúng hạn</th><th scope=\"col\">Hoàn thành quá hạn</th><th scope=\"col\">Đã hủy</th></tr></thead>\n<tbody>\n");
            foreach (var r in rows.OrderByDescending(r => r.Overdue).ThenBy(r => name(r.Key)))
            {
                page.Append("<tr><td>").Append(html.Encode(name(r.Key))).Append("</td><td").Append(r.Overdue > 0 ? " class=\"state-overdue\">" : ">")
                    .Append(r.Overdue).Append("</td><td>").Append(r.DueSoon).Append("</td><td>").Append(r.Open).Append("</td><td>")
                    .Append(r.DoneOnTime).Append("</td><td>").Append(r.DoneLate).Append("</td><td>").Append(r.Cancelled).Append("</td></tr>\n");
            }

            page.Append("</tbody></table></section>\n");
        }

        page.Append("<section class=\"card\"><h2 id=\"ontime\">Tỷ lệ hoàn thành đúng hạn theo quý</h2>\n<p class=\"muted\">")
            .Append("Tính trên các nhiệm vụ có thời hạn đang áp dụng trong quý, chưa hủy, đã hoàn thành hoặc đã quá hạn; đúng hạn là hoàn thành ")
            .Append("không muộn hơn thời hạn đang áp dụng (kể cả gia hạn đã được đồng ý).</p>\n<table class=\"ontime\"><thead><tr><th scope=\"col\">Cơ quan chủ trì</th>");
        foreach (var quarter in quarters)
        {
            page.Append("<th scope=\"col\">").Append(quarter.Label).Append("</th>");
        }

        page.Append("</tr></thead>\n<tbody>\n");
        foreach (var agency in byAgency.Select(a => a.Key).Union(rates.Keys.Select(k => k.Agency)).Distinct().OrderBy(AgencyName))
        {
            page.Append("<tr><td>").Append(html.Encode(AgencyName(agency))).Append("</td>");
            foreach (var quarter in quarters)
            {
                page.Append(rates.TryGetValue((agency, quarter), out var rate)
                    ? $"<td><span>{((double)rate.OnTime / rate.Counted).ToString("P0", CultureInfo.CurrentCulture)}</span> <span class=\"muted\">({rate.OnTime}/{rate.Counted})</span></td>"
                    : "<td><span class=\"muted\">—</span></td>");
            }

            page.Append("</tr>\n");
        }

        page.Append("</tbody></table></section>\n");
        TaskTable(page, html, code, "Quá hạn lâu nhất", overdue, today, AgencyName);
        page.Append("<p><a href=\"/").Append(code).Append("/tasks?tinh-trang=Overdue\">Tất cả nhiệm vụ quá hạn</a></p>\n");
        TaskTable(page, html, code, "Sắp đến hạn", dueSoon, today, AgencyName);
        page.Append("</main>\n<footer><a href=\"/\">Các tỉnh đang phục vụ</a></footer>\n</body>\n</html>\n");
        await WriteHtmlAsync(http, page, ct);
    }

    /// <summary>The head of the page and the province's menu, as the layout writes them (without indentation).</summary>
    private static void Masthead(StringBuilder page, HtmlEncoder html, ProvinceDefinition definition, string code, string title, string path) =>
        page.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head><meta charset=\"utf-8\" /><title>").Append(title).Append(" · ")
            .Append(html.Encode(definition.Committee.ShortName)).Append("</title><link rel=\"stylesheet\" href=\"/css/site.css\" /></head>\n<body>\n")
            .Append("<header><p>UBND tỉnh ").Append(html.Encode(definition.Name)).Append("</p><a href=\"/").Append(code).Append("\">")
            .Append(html.Encode(definition.Committee.ShortName)).Append("</a><p>").Append(html.Encode(definition.Committee.FullName)).Append("</p>")
            .Append("<form method=\"post\" action=\"/language\"><input type=\"hidden\" name=\"returnUrl\" value=\"/").Append(code).Append(path)
            .Append("\" /><input type=\"hidden\" name=\"culture\" value=\"en-GB\" /><button type=\"submit\">English</button></form></header>\n<nav><ul>")
            .Append("<li><a href=\"/").Append(code).Append("\">Tổng quan</a></li><li><a href=\"/").Append(code).Append("/members\">Thành viên</a></li>")
            .Append("<li><a href=\"/").Append(code).Append("/bodies\">Tổ chức giúp việc</a></li><li><a href=\"/").Append(code).Append("/meetings\">Cuộc họp</a></li>")
            .Append("<li><a href=\"/").Append(code).Append("/tasks\">Nhiệm vụ</a></li><li><a href=\"/").Append(code).Append("/reports\">Báo cáo định kỳ</a></li>")
            .Append("<li><a href=\"/").Append(code).Append("/quy-che\">Quy chế</a></li></ul></nav>\n<main>\n");

    /// <summary>A list of tasks as <c>_TaskTable</c> writes it: title, lead agency, deadline in force (and the first one), state, source.</summary>
    private static void TaskTable(StringBuilder page, HtmlEncoder html, string code, string title, List<TaskRow> rows, DateOnly today, Func<string, string> agencyName)
    {
        page.Append("<section class=\"card\"><h2>").Append(title).Append("</h2>\n");
        if (rows.Count == 0)
        {
            page.Append("<p class=\"muted\">Không có nhiệm vụ nào.</p></section>\n");
            return;
        }

        page.Append("<table class=\"tasks\"><thead><tr><th scope=\"col\">Nhiệm vụ</th><th scope=\"col\">Cơ quan chủ trì</th><th scope=\"col\">Thời hạn</th>")
            .Append("<th scope=\"col\">Tình trạng</th><th scope=\"col\">Nguồn</th></tr></thead>\n<tbody>\n");
        foreach (var t in rows)
        {
            var (css, label) = State(t, today);
            page.Append("<tr class=\"").Append(css).Append("\"><td><a href=\"/").Append(code).Append("/tasks/").Append(t.Id).Append("\">")
                .Append(html.Encode(t.Title)).Append("</a></td><td>").Append(html.Encode(agencyName(t.LeadAgencyKey)));
            if (t.CoAgencies > 0)
            {
                page.Append(" <span class=\"muted\"> + ").Append(t.CoAgencies).Append("</span>");
            }

            page.Append("</td><td>").Append(VietnamTime.Format(t.Due));
            if (t.Due != t.OriginalDue)
            {
                page.Append(" <span class=\"muted\" title=\"Thời hạn ban đầu\"> (").Append(VietnamTime.Format(t.OriginalDue)).Append(")</span>");
            }

            page.Append("</td><td><span class=\"badge ").Append(css).Append("\">").Append(label).Append("</span>");
            if (t.Percent is { } percent && css is "state-inprogress" or "state-overdue")
            {
                page.Append(" <span class=\"muted\"> ").Append(percent).Append("%</span>");
            }

            page.Append("</td><td class=\"muted\">").Append(html.Encode(t.SourceLabel)).Append("</td></tr>\n");
        }

        page.Append("</tbody></table></section>\n");
    }

    /// <summary>The task's state today, by the rules of <c>TaskStates</c>: its CSS class and label.</summary>
    private static (string Css, string Label) State(TaskRow t, DateOnly today) => t.Progress switch
    {
        3 => ("state-cancelled", "Đã hủy"),
        2 => t.CompletedOn <= t.Due ? ("state-doneontime", "Hoàn thành đúng hạn") : ("state-donelate", "Hoàn thành quá hạn"),
        _ when t.Due < today => ("state-overdue", "Quá hạn"),
        1 => ("state-inprogress", "Đang thực hiện"),
        _ => ("state-notstarted", "Chưa thực hiện"),
    };

    /// <summary>The counts of one dimension (agency or portfolio) from the cells of both, as the page sums them.</summary>
    private static List<Counts> Sum(List<(string Agency, string Portfolio, Counts Counts)> cells, Func<(string Agency, string Portfolio, Counts Counts), string> key) =>
        [.. cells.GroupBy(key, StringComparer.Ordinal)
            .Select(g => new Counts(
                g.Key, g.Sum(c => c.Counts.Overdue), g.Sum(c => c.Counts.DueSoon), g.Sum(c => c.Counts.Open),
                g.Sum(c => c.Counts.DoneOnTime), g.Sum(c => c.Counts.DoneLate), g.Sum(c => c.Counts.Cancelled)))
            .Where(c => c.Overdue + c.Open + c.DoneOnTime + c.DoneLate + c.Cancelled > 0)];

    // Every column of the page's projection is read, as EF Core materialises it; the table shows most of them.
    private static async Task<List<TaskRow>> TaskRowsAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            var rows = new List<TaskRow>();
            while (await reader.ReadAsync(ct))
            {
                rows.Add(new TaskRow(
                    reader.GetGuid(0), reader.GetString(1), reader.GetString(3), reader.GetString(6), reader.GetFieldValue<string[]>(7).Length,
                    reader.GetFieldValue<DateOnly>(8), reader.GetFieldValue<DateOnly>(9), reader.GetInt32(10),
                    reader.IsDBNull(11) ? null : reader.GetInt32(11), reader.IsDBNull(12) ? null : reader.GetFieldValue<DateOnly>(12)));
            }

            return rows;
        }
    }

    /// <summary>A command with positional parameters: the province, then the values in order.</summary>
    private static NpgsqlCommand Statement(NpgsqlConnection connection, string sql, string province, params object[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = province });
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    private sealed record Counts(string Key, int Overdue, int DueSoon, int Open, int DoneOnTime, int DoneLate, int Cancelled);

    private sealed record TaskRow(
        Guid Id, string Title, string SourceLabel, string LeadAgencyKey, int CoAgencies, DateOnly OriginalDue, DateOnly Due, int Progress,
        int? Percent, DateOnly? CompletedOn);
}
