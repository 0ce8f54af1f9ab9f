using Microsoft.EntityFrameworkCore;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Search;
using Platform.Core.Tenancy;
using Platform.Inspections.Model;
using Platform.Inspections.Persistence;

namespace Platform.Inspections.Services;

/// <summary>
/// Inspection missions in the province's search: the subject and the closing notice, the findings about each
/// inspected agency and the recommendations (every reader of the province may read a mission's page). A mission found
/// by several of them is shown once, with its best passage. One statement (the three matches as one UNION ALL).
/// </summary>
internal sealed class InspectionSearch(InspectionsDbContext db, CurrentProvince province) : ISearchSource, IModuleService
{
    public string Kind => "kiem-tra";

    public Message Label => new("Kiểm tra", "Inspections");

    /// <summary>A mission's year is the year it starts.</summary>
    public SearchFilters Understands => SearchFilters.Year;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var code = province.Required.Code.Value;
        var missions = db.Missions.AsNoTracking()
            .Where(SearchMatch.On<Mission>(m => m.SearchText, query))
            .Select(m => new { MissionId = m.Id, Passage = m.NoticeText ?? "", Score = EF.Functions.TrigramsWordSimilarity(query.Folded, m.SearchText) });
        var findings = db.InspectedAgencies.AsNoTracking()
            .Where(SearchMatch.On<InspectedAgency>(a => a.SearchText, query))
            .Select(a => new { a.MissionId, Passage = a.Findings ?? "", Score = EF.Functions.TrigramsWordSimilarity(query.Folded, a.SearchText) });
        var recommendations = db.Recommendations.AsNoTracking()
            .Where(SearchMatch.On<Recommendation>(r => r.SearchText, query))
            .Select(r => new { r.MissionId, Passage = r.Text, Score = EF.Functions.TrigramsWordSimilarity(query.Folded, r.SearchText) });
        var (byYear, firstDay, untilDay) = query.YearDays;
        var rows = await missions.Concat(findings).Concat(recommendations)
            .Join(db.Missions, x => x.MissionId, m => m.Id, (x, m) => new { x.MissionId, x.Passage, x.Score, m.Subject, m.From })
            .Where(x => !byYear || (x.From >= firstDay && x.From < untilDay))
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.From).ThenBy(x => x.MissionId)
            .Take(limit * 3)
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.MissionId).Select(g => g.First()).Take(limit).Select(r => new SearchHit(
            Kind, r.Subject, r.Passage.Length > 400 ? r.Passage[..400] + "…" : r.Passage,
            $"/{code}/kiem-tra/doan/{r.MissionId}", r.From, r.Score))];
    }
}
