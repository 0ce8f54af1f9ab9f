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
/// The filtered list as CSV: UTF-8 with a byte-order mark so Excel opens Vietnamese intact, comma-separated, every
/// field quoted, dates dd/MM/yyyy, no cell a spreadsheet would take for a formula (<see cref="Csv"/>). Streamed, so a long list does not sit in memory.
/// </summary>
internal sealed class ExportModel(
    TaskQueries queries, CommitteeActors actors, CurrentProvince province, TimeProvider clock, IAuthorizationService authorization, ICommitteeDirectory committee)
    : TaskListPage(authorization, committee)
{

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await PrepareAsync(ct);
        var today = VietnamTime.Today(clock);
        var filter = Filter(Mine ? (await actors.OfAsync(User, ct)).Agencies : []);
        filter.Page = 1;
        var portfolios = province.Required.Portfolios.ToDictionary(f => f.Key, f => f.ShortName ?? f.Name);

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"nhiem-vu-{ProvinceCode}-{today:yyyyMMdd}.csv\"";
        Response.Headers.CacheControl = "private, no-store";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteAsync(Csv.Line("Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Lĩnh vực", "Thời hạn ban đầu", "Thời hạn", "Tình trạng", "Ngày hoàn thành", "Nguồn"));
        await foreach (var t in queries.ExportAsync(filter, today).WithCancellation(ct))
        {
            await writer.WriteAsync(Csv.Line(
                t.Title,
                AgencyName(t.LeadAgencyKey),
                string.Join("; ", t.CoAgencyKeys.Select(AgencyName)),
                t.PortfolioKey is null ? "" : portfolios.GetValueOrDefault(t.PortfolioKey, t.PortfolioKey),
                VietnamTime.Format(t.OriginalDue),
                VietnamTime.Format(t.Due),
                TaskLabels.State(t.StateOn(today)),
                VietnamTime.Format(t.CompletedOn),
                t.SourceLabel));
        }

        return new EmptyResult();
    }
}
