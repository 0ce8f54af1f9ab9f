using Microsoft.EntityFrameworkCore;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Search;
using Platform.Core.Tenancy;
using Platform.Tasks.Model;
using Platform.Tasks.Persistence;

namespace Platform.Tasks.Services;

/// <summary>
/// The text inside the evidence files of task progress updates in the province's search (every reader of the province
/// may open them, as the task page shows them). The passage is a window of the text around the first word of the
/// query, cut in the database. One statement.
/// </summary>
internal sealed class TaskFileSearch(TasksDbContext db, CurrentProvince province) : ISearchSource, IModuleService
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
            .Where(SearchMatch.On<TaskFile>(f => f.SearchText, query))
            .Join(db.Tasks, f => f.TaskId, t => t.Id, (f, t) => new { f, t.Title })
            .Join(db.Updates, x => x.f.UpdateId, u => u.Id, (x, u) => new { x.f, x.Title, u.At })
            .Where(x => !byYear || (x.At >= yearStart && x.At < yearEnd))
            .Select(x => new
            {
                x.f.Id, x.f.TaskId, x.f.FileName, x.Title, x.At,
                Start = Math.Max(0, x.f.SearchText.IndexOf(first) - FileSearch.Before),
                Excerpt = (x.f.Text ?? "").Substring(Math.Max(0, x.f.SearchText.IndexOf(first) - FileSearch.Before), FileSearch.Window),
                Length = (x.f.Text ?? "").Length,
                Score = EF.Functions.TrigramsWordSimilarity(query.Folded, x.f.SearchText),
            })
            .OrderByDescending(r => r.Score).ThenByDescending(r => r.At).ThenBy(r => r.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SearchHit(
            Kind, $"{r.FileName} — {r.Title}", FileSearch.Passage(r.Excerpt, r.Start, r.Length),
            $"/{code}/tasks/{r.TaskId}", Platform.Core.Dates.VietnamTime.DayOf(r.At), r.Score))];
    }
}
