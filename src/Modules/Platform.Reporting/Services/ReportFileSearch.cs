using Microsoft.EntityFrameworkCore;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Search;
using Platform.Core.Tenancy;
using Platform.Reporting.Model;
using Platform.Reporting.Persistence;
using Platform.Sdk.Reporting;

namespace Platform.Reporting.Services;

/// <summary>
/// The text inside the files attached to submitted reports, in the province's search (the standing agencies keep and
/// synthesise the committee's reports: Đắk Lắk, Art. 8.5; Sơn La, Art. 11.1–11.2). Only the version in force: a draft's
/// files are its author's, and a replaced version's are those of the version that replaced it. One statement.
/// </summary>
internal sealed class ReportFileSearch(ReportingDbContext db, CurrentProvince province) : ISearchSource, IModuleService
{
    public string Kind => FileSearch.Kind;

    public Message Label => FileSearch.Label;

    /// <summary>A file's year is its report's submission day.</summary>
    public SearchFilters Understands => SearchFilters.Year;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var definition = province.Required;
        var first = query.Words.FirstOrDefault() ?? query.Folded;
        var (byYear, firstDay, untilDay) = query.YearDays;
        var rows = await db.Files.AsNoTracking()
            .Where(SearchMatch.On<ReportFile>(f => f.SearchText, query))
            .Join(db.Submissions.Where(s => s.Status == SubmissionStatus.Submitted), f => f.SubmissionId, s => s.Id,
                (f, s) => new { f, s.PeriodKind, s.Year, s.Number, s.StageKey, s.SubmitterKey, s.SubmittedOn })
            .Where(x => !byYear || (x.SubmittedOn >= firstDay && x.SubmittedOn < untilDay))
            .Select(x => new
            {
                x.f.Id, x.f.FileName, x.PeriodKind, x.Year, x.Number, x.StageKey, x.SubmitterKey, x.SubmittedOn,
                Start = Math.Max(0, x.f.SearchText.IndexOf(first) - FileSearch.Before),
                Excerpt = (x.f.Text ?? "").Substring(Math.Max(0, x.f.SearchText.IndexOf(first) - FileSearch.Before), FileSearch.Window),
                Length = (x.f.Text ?? "").Length,
                Score = EF.Functions.TrigramsWordSimilarity(query.Folded, x.f.SearchText),
            })
            .OrderByDescending(r => r.Score).ThenByDescending(r => r.SubmittedOn).ThenBy(r => r.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r =>
        {
            var period = new Period(r.PeriodKind, r.Year, r.Number);
            return new SearchHit(
                Kind, $"{r.FileName} — {period.Label}", FileSearch.Passage(r.Excerpt, r.Start, r.Length),
                $"/{definition.Code.Value}/reports/write?ky={period.Code}&buoc={Uri.EscapeDataString(r.StageKey)}&ai={Uri.EscapeDataString(r.SubmitterKey)}",
                r.SubmittedOn, r.Score);
        })];
    }
}
