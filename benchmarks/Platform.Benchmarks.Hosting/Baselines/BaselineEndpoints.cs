using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Npgsql;
using Platform.Core.Dates;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;

namespace Platform.Benchmarks.Hosting.Baselines;

/// <summary>
/// Floors for the benchmark (benchmarks/Platform.Benchmarks): <c>/_baseline/{province}/members</c> reads the rows the
/// members page reads, with the same three statements and columns, but with raw Npgsql and a hand-written table instead
/// of EF Core, Mapster and Razor; <c>/_baseline/{province}/tasks-dashboard</c> does the same for the tasks dashboard,
/// and <c>/_baseline/{province}/report-consolidation</c> for the page where a compiled report gathers its sources.
/// Measured in the same run as the pages, they show what each page costs on top of the database round trips on this
/// machine today. Mapped only in a host the benchmark attached this assembly to, with <c>Benchmarks:Baseline</c> true.
/// </summary>
internal static partial class BaselineEndpoints
{
    /// <summary>The configuration switch (default false).</summary>
    public const string SwitchKey = "Benchmarks:Baseline";

    private const string CommitteeSql = """
        SELECT c.full_name, c.short_name, c.id, c.founding_date, c.founding_number, c.founding_signer, c.founding_title,
               c.regulation_date, c.regulation_number, c.regulation_signer, c.regulation_title,
               c.replaces_date, c.replaces_number, c.replaces_signer, c.replaces_title
        FROM committees.committees AS c
        WHERE c.province = $1
        LIMIT 2
        """;

    private const string SeatsSql = """
        SELECT s.id, s.key, s.role, s.office, s.article, a.name, s.portfolios, sa.name, s.seal_article, s.duties,
               s.valid_from, s.valid_until, s."order", s.origin, s.xmin
        FROM committees.seats AS s
        LEFT JOIN committees.agencies AS a ON a.id = s.agency_id AND a.province = $1
        LEFT JOIN committees.agencies AS sa ON sa.id = s.seal_agency_id AND sa.province = $1
        WHERE s.province = $1 AND (s.valid_from IS NULL OR s.valid_from <= $2) AND (s.valid_until IS NULL OR $2 <= s.valid_until)
        ORDER BY s.role, s."order"
        """;

    private const string HoldersSql = """
        SELECT a.id, a.seat_id, p.full_name, p.is_demo, a."from", a.until, a.end_kind,
               a.appointed_by_number, a.appointed_by_date, a.appointed_by_signer,
               a.ended_by_number, a.ended_by_date, a.ended_by_signer
        FROM committees.appointments AS a
        INNER JOIN committees.people AS p ON p.id = a.person_id AND p.province = $1
        WHERE a.province = $1 AND a."from" <= $2 AND (a.until IS NULL OR $2 <= a.until)
        """;

    /// <summary>
    /// Maps the endpoints into the host's own routing, after the host has set up its pipeline: they are matched by the
    /// host's <c>UseRouting</c> and pass its province middleware, authentication and authorisation like the pages they
    /// are compared with. Registered only when <see cref="SwitchKey"/> is true.
    /// </summary>
    internal sealed class Mapping : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            // The host called UseRouting; UseEndpoints adds to the same route builder, read when the first request comes.
            app.UseEndpoints(endpoints => Map(endpoints));
        };
    }

    /// <summary>The three endpoints, with the same access rule as the pages they are compared with: a role in the province.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/_baseline/{province}/members", WriteMembersAsync).RequireAuthorization(Policies.ProvinceReader);
        endpoints.MapGet("/_baseline/{province}/tasks-dashboard", WriteTasksDashboardAsync).RequireAuthorization(Policies.ProvinceReader);
        endpoints.MapGet("/_baseline/{province}/report-consolidation", WriteReportConsolidationAsync).RequireAuthorization(Policies.ProvinceReader);
    }

    // Columns the table does not show are fetched all the same, so that PostgreSQL does the page's work; only the
    // columns written below are converted.
    private static async Task WriteMembersAsync(
        string province, HttpContext http, IProvinceCatalog catalog, NpgsqlDataSource database, HtmlEncoder html,
        TimeProvider clock, CancellationToken ct)
    {
        if (catalog.Find(province) is not { } definition)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var day = VietnamTime.Today(clock);
        await using var connection = await database.OpenConnectionAsync(ct);
        // Row-level security: the connection acts for this province, as every EF Core connection does.
        await using (var setting = new NpgsqlCommand("SELECT set_config('app.province', $1, false)", connection) { Parameters = { new() { Value = province } } })
        {
            await setting.ExecuteNonQueryAsync(ct);
        }

        string fullName, shortName;
        await using (var command = Command(connection, CommitteeSql, province, day: null))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            (fullName, shortName) = (reader.GetString(0), reader.GetString(1));
        }

        var seats = new List<Seat>();
        await using (var command = Command(connection, SeatsSql, province, day))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                seats.Add(new Seat(
                    reader.GetGuid(0), reader.GetString(1), (SeatRole)reader.GetInt32(2), reader.GetString(3), reader.GetString(4),
                    Nullable(reader, 5), reader.GetFieldValue<string[]>(6), Nullable(reader, 7), Nullable(reader, 8),
                    Duties(reader.IsDBNull(9) ? null : reader.GetString(9)),
                    reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10),
                    reader.IsDBNull(11) ? null : reader.GetFieldValue<DateOnly>(11)));
            }
        }

        var holders = new Dictionary<Guid, Holder>();
        await using (var command = Command(connection, HoldersSql, province, day))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                holders[reader.GetGuid(1)] = new Holder(
                    reader.GetString(2), reader.GetBoolean(3), reader.GetFieldValue<DateOnly>(4), Nullable(reader, 7));
            }
        }

        // The page's content (masthead, menu, day form, one table per role, footer) without Razor, layout or indentation.
        var code = html.Encode(province);
        var page = new StringBuilder(8192);
        page.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head><meta charset=\"utf-8\" /><title>Thành viên · ")
            .Append(html.Encode(shortName)).Append("</title><link rel=\"stylesheet\" href=\"/css/site.css\" /></head>\n<body>\n")
            .Append("<header><p>UBND tỉnh ").Append(html.Encode(definition.Name)).Append("</p><a href=\"/").Append(code).Append("\">")
            .Append(html.Encode(shortName)).Append("</a><p>").Append(html.Encode(fullName)).Append("</p>")
            .Append("<form method=\"post\" action=\"/language\"><input type=\"hidden\" name=\"returnUrl\" value=\"/").Append(code)
            .Append("/members\" /><input type=\"hidden\" name=\"culture\" value=\"en-GB\" /><button type=\"submit\">English</button></form></header>\n")
            .Append("<nav><ul><li><a href=\"/").Append(code).Append("\">Tổng quan</a></li><li><a href=\"/").Append(code)
            .Append("/members\">Thành viên</a></li><li><a href=\"/").Append(code).Append("/bodies\">Tổ chức giúp việc</a></li><li><a href=\"/")
            .Append(code).Append("/quy-che\">Quy chế</a></li></ul></nav>\n<main>\n<h1>Thành viên Ban Chỉ đạo — ")
            .Append(VietnamTime.Format(day)).Append("</h1>\n<form method=\"get\"><label for=\"ngay\">Xem Ban Chỉ đạo tại ngày (dd/MM/yyyy)</label> ")
            .Append("<input type=\"text\" id=\"ngay\" name=\"ngay\" size=\"12\" value=\"").Append(VietnamTime.Format(day))
            .Append("\" /><button type=\"submit\">Xem</button></form>\n");
        foreach (var role in seats.GroupBy(s => s.Role))
        {
            page.Append("<table class=\"members\"><caption>").Append(role.Key).Append(" (").Append(role.Count()).Append(")</caption>\n")
                .Append("<thead><tr><th>Chức vụ theo quy chế</th><th>Người giữ</th><th>Lĩnh vực phụ trách</th><th>Nhiệm vụ</th><th>Con dấu</th></tr></thead>\n<tbody>\n");
            foreach (var seat in role)
            {
                page.Append("<tr id=\"").Append(html.Encode(seat.Key)).Append("\"><th><a href=\"/").Append(code).Append("/seats/")
                    .Append(html.Encode(seat.Key)).Append("\">").Append(html.Encode(seat.Office)).Append("</a> <span class=\"cite\">Điều ")
                    .Append(html.Encode(seat.Article)).Append("</span><div class=\"muted\">").Append(html.Encode(seat.AgencyName ?? "")).Append("</div>");
                if (seat.ValidFrom is not null || seat.ValidUntil is not null)
                {
                    page.Append("<div>Hiệu lực: ").Append(VietnamTime.Format(seat.ValidFrom)).Append(" – ")
                        .Append(VietnamTime.Format(seat.ValidUntil)).Append("</div>");
                }

                page.Append("</th><td>");
                if (holders.GetValueOrDefault(seat.Id) is { } holder)
                {
                    page.Append("<strong>").Append(html.Encode(holder.PersonFullName)).Append("</strong>").Append(holder.IsDemo ? " demo" : "")
                        .Append("<div>Từ ").Append(VietnamTime.Format(holder.From)).Append(" · QĐ ")
                        .Append(html.Encode(holder.AppointedByNumber ?? "")).Append("</div>");
                }
                else
                {
                    page.Append("Còn trống");
                }

                var portfolios = seat.Portfolios.Select(k => definition.Portfolios.FirstOrDefault(p => p.Key == k)?.Name ?? k);
                page.Append("</td><td>").Append(html.Encode(string.Join("; ", portfolios))).Append("</td><td><ul>");
                foreach (var (text, article) in seat.Duties)
                {
                    page.Append("<li>").Append(html.Encode(text)).Append(" Điều ").Append(html.Encode(article)).Append("</li>");
                }

                page.Append("</ul></td><td>").Append(html.Encode(seat.SealAgencyName ?? "")).Append(' ')
                    .Append(html.Encode(seat.SealArticle ?? "")).Append("</td></tr>\n");
            }

            page.Append("</tbody></table>\n");
        }

        page.Append("</main>\n<footer><a href=\"/\">Các tỉnh đang phục vụ</a></footer>\n</body>\n</html>\n");
        await WriteHtmlAsync(http, page, ct);
    }

    /// <summary>
    /// Sends the page as UTF-8 straight from the builder's chunks, as Razor writes through a buffer, rather than first
    /// copying the whole page into one string.
    /// </summary>
    private static async Task WriteHtmlAsync(HttpContext http, StringBuilder page, CancellationToken ct)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        var encoder = Encoding.UTF8.GetEncoder();
        foreach (var chunk in page.GetChunks())
        {
            encoder.Convert(chunk.Span, http.Response.BodyWriter, flush: false, out _, out _);
        }

        encoder.Convert([], http.Response.BodyWriter, flush: true, out _, out _);
        await http.Response.BodyWriter.FlushAsync(ct);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, string province, DateOnly? day)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = province });
        if (day is { } d)
        {
            command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = d });
        }

        return command;
    }

    private static string? Nullable(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>The seat's duties column: a jsonb array of <c>{"Text": …, "Article": …}</c>, as EF Core stores it.</summary>
    private static List<(string Text, string Article)> Duties(string? json)
    {
        if (json is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(d => (d.GetProperty("Text").GetString() ?? "", d.GetProperty("Article").GetString() ?? ""))];
    }

    private sealed record Seat(
        Guid Id, string Key, SeatRole Role, string Office, string Article, string? AgencyName, string[] Portfolios,
        string? SealAgencyName, string? SealArticle, List<(string Text, string Article)> Duties, DateOnly? ValidFrom, DateOnly? ValidUntil);

    private sealed record Holder(string PersonFullName, bool IsDemo, DateOnly From, string? AppointedByNumber);
}
