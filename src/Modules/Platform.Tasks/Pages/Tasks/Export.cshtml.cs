using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Exports;
using Platform.Core.Tenancy;
using Platform.Tasks.Rules;
using Platform.Tasks.Services;

namespace Platform.Tasks.Pages.Tasks;

/// <summary>
/// The filtered list as CSV or, with <c>dinh-dang=xlsx</c>, as an Excel workbook of the same columns and rows with
/// dates as dates (<see cref="Xlsx"/>). CSV: UTF-8 with a byte-order mark so Excel opens Vietnamese intact, comma-separated, every
/// field quoted, dates dd/MM/yyyy, no cell a spreadsheet would take for a formula (<see cref="Csv"/>). Streamed, so a long list does not sit in memory.
/// </summary>
internal sealed class ExportModel(
    TaskQueries queries, CommitteeActors actors, CurrentProvince province, TimeProvider clock, IAuthorizationService authorization, ICommitteeDirectory committee)
    : TaskListPage(authorization, committee)
{

    private static readonly string[] Header =
        ["Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Lĩnh vực", "Thời hạn ban đầu", "Thời hạn", "Tình trạng", "Ngày hoàn thành", "Nguồn"];

    /// <summary><c>xlsx</c> for an Excel workbook of the same columns and rows; anything else is CSV.</summary>
    [BindProperty(SupportsGet = true, Name = "dinh-dang")] public string? Format { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await PrepareAsync(ct);
        var today = VietnamTime.Today(clock);
        var filter = Filter(Mine ? (await actors.OfAsync(User, ct)).Agencies : []);
        filter.Page = 1;
        var portfolios = province.Required.Portfolios.ToDictionary(f => f.Key, f => f.ShortName ?? f.Name);

        var rows = queries.ExportAsync(filter, today).Select(t => new object?[]
        {
            t.Title,
            AgencyName(t.LeadAgencyKey),
            string.Join("; ", t.CoAgencyKeys.Select(AgencyName)),
            t.PortfolioKey is null ? "" : portfolios.GetValueOrDefault(t.PortfolioKey, t.PortfolioKey),
            t.OriginalDue,
            t.Due,
            TaskLabels.State(t.StateOn(today)),
            t.CompletedOn,
            t.SourceLabel,
        });
        var name = $"nhiem-vu-{ProvinceCode}-{today:yyyyMMdd}";
        Response.Headers.CacheControl = "private, no-store";
        if (Format == "xlsx")
        {
            // The package is written to a temporary file (it needs to seek), then sent.
            await using var file = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            await Xlsx.WriteAsync(file, "Nhiệm vụ", Header, rows, ct);
            file.Position = 0;
            Response.ContentType = Xlsx.ContentType;
            Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.xlsx\"";
            Response.ContentLength = file.Length;
            await file.CopyToAsync(Response.Body, ct);
            return new EmptyResult();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.csv\"";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteAsync(Csv.Line(Header));
        await foreach (var row in rows.WithCancellation(ct))
        {
            await writer.WriteAsync(Csv.Line(row.Select(v => v is DateOnly d ? VietnamTime.Format(d) : (string?)v)));
        }

        return new EmptyResult();
    }
}
