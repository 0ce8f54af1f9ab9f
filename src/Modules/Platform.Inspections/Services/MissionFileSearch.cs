using Microsoft.EntityFrameworkCore;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Search;
using Platform.Core.Tenancy;
using Platform.Inspections.Model;
using Platform.Inspections.Persistence;

namespace Platform.Inspections.Services;

/// <summary>
/// The text inside inspection missions' documents in the province's search (every reader of the province may open
/// them from the mission's page). The passage is a window of the text around the first word of the query, cut in the
/// database. One statement.
/// </summary>
internal sealed class MissionFileSearch(InspectionsDbContext db, CurrentProvince province) : ISearchSource, IModuleService
{
    public string Kind => FileSearch.Kind;

    public Message Label => FileSearch.Label;

    /// <summary>A file's year is the day it was added.</summary>
    public SearchFilters Understands => SearchFilters.Year;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var code = province.Required.Code.Value;
        var first = query.Words.FirstOrDefault() ?? query.Folded;
        var (byYear, yearStart, yearEnd) = query.YearMoments;
        var rows = await db.Files.AsNoTracking()
            .Where(SearchMatch.On<MissionFile>(f => f.SearchText, query))
            .Where(f => !byYear || (f.UploadedAt >= yearStart && f.UploadedAt < yearEnd))
            .Join(db.Missions, f => f.MissionId, m => m.Id, (f, m) => new { f, m.Subject })
            .Select(x => new
            {
                x.f.Id, x.f.MissionId, x.f.FileName, x.f.UploadedAt, x.Subject,
                Start = Math.Max(0, x.f.SearchText.IndexOf(first) - FileSearch.Before),
                Excerpt = (x.f.Text ?? "").Substring(Math.Max(0, x.f.SearchText.IndexOf(first) - FileSearch.Before), FileSearch.Window),
                Length = (x.f.Text ?? "").Length,
                Score = EF.Functions.TrigramsWordSimilarity(query.Folded, x.f.SearchText),
            })
            .OrderByDescending(r => r.Score).ThenByDescending(r => r.UploadedAt).ThenBy(r => r.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SearchHit(
            Kind, $"{r.FileName} — {r.Subject}", FileSearch.Passage(r.Excerpt, r.Start, r.Length),
            $"/{code}/kiem-tra/doan/{r.MissionId}", Platform.Core.Dates.VietnamTime.DayOf(r.UploadedAt), r.Score))];
    }
}
