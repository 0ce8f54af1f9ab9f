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
/// Periodic reports in the province's search: every section of every submitted version, full text and summary (the
/// standing agencies keep and synthesise the committee's reports: Đắk Lắk, Art. 8.5; Sơn La, Art. 11.1–11.2). Drafts are
/// their authors' and are not found. The passage shown is the section that holds the words. One statement.
/// </summary>
internal sealed class ReportSearch(ReportingDbContext db, CurrentProvince province) : ISearchSource, IModuleService
{
    public string Kind => "bao-cao";

    public Message Label => new("Báo cáo định kỳ", "Periodic reports");

    /// <summary>A report's year is the day it was submitted; its agency the submitting seat's agency or the body's lead agency.</summary>
    public SearchFilters Understands => SearchFilters.Year | SearchFilters.Agency;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var definition = province.Required;
        var submissions = db.Submissions.AsNoTracking()
            .Where(s => s.Status != SubmissionStatus.Draft)
            .Where(SearchMatch.On<Submission>(s => s.SearchText, query));
        if (query.Days is var (first, until))
        {
            submissions = submissions.Where(s => s.SubmittedOn >= first && s.SubmittedOn < until);
        }

        if (query.Agency is { } agency)
        {
            // Who submits for the agency, read from the pack: its members' seats and the bodies it leads.
            var seats = definition.Seats.Where(s => s.AgencyKey == agency).Select(s => s.Key).ToList();
            var bodies = definition.Bodies.Where(b => b.LeadAgencyKey == agency).Select(b => b.Key).ToList();
            submissions = submissions.Where(s => (s.SubmitterKind == SubmitterKind.Seat && seats.Contains(s.SubmitterKey))
                || (s.SubmitterKind == SubmitterKind.Body && bodies.Contains(s.SubmitterKey)));
        }

        var rows = await submissions
            .Select(s => new { s.Id, s.PeriodKind, s.Year, s.Number, s.StageKey, s.SubmitterKind, s.SubmitterKey, s.Edition, s.SubmittedOn, s.Full, s.Summary, Score = EF.Functions.TrigramsWordSimilarity(query.Folded, s.SearchText) })
            .OrderByDescending(s => s.Score).ThenByDescending(s => s.SubmittedOn).ThenBy(s => s.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(s =>
        {
            var period = new Period(s.PeriodKind, s.Year, s.Number);
            var stage = definition.Reporting.Stages.FirstOrDefault(t => t.Key == s.StageKey)?.Name ?? s.StageKey;
            var who = s.SubmitterKind == SubmitterKind.Seat
                ? definition.FindSeat(s.SubmitterKey)?.Office
                : definition.Bodies.FirstOrDefault(b => b.Key == s.SubmitterKey)?.Name;
            var sections = Enum.GetValues<ReportSection>().SelectMany(x => new[] { s.Full[x], s.Summary[x] }).OfType<string>().Where(t => t.Trim().Length > 0).ToList();
            var passage = sections.OrderByDescending(t => WordsFound(t, query)).FirstOrDefault() ?? "";
            return new SearchHit(
                Kind, $"{period.Label} — {stage} — {who ?? s.SubmitterKey}" + (s.Edition > 1 ? $" (bản {s.Edition})" : ""), passage,
                $"/{definition.Code.Value}/reports/write?ky={period.Code}&buoc={Uri.EscapeDataString(s.StageKey)}&ai={Uri.EscapeDataString(s.SubmitterKey)}",
                s.SubmittedOn, s.Score);
        })];
    }

    /// <summary>How many of the query's words a section holds as whole words: the section shown is the one that holds most.</summary>
    private static int WordsFound(string section, SearchQuery query)
    {
        var words = VietnameseText.Fold(section).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', ';', ':', '!', '?', '(', ')', '"', '\'', '-')).ToHashSet(StringComparer.Ordinal);
        return query.Words.Count(words.Contains);
    }
}
