using Microsoft.EntityFrameworkCore;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Search;
using Platform.Core.Tenancy;
using Platform.Tasks.Model;
using Platform.Tasks.Persistence;

namespace Platform.Tasks.Services;

/// <summary>
/// The progress reports, comments and extension requests written on tasks, in the province's search: the record of how
/// a conclusion was carried out is kept with the committee's other records (Đắk Lắk, Art. 8.5; Sơn La, Art. 8.1–8.3).
/// A hit links to its task. One statement.
/// </summary>
internal sealed class TaskUpdateSearch(TasksDbContext db, CurrentProvince province) : ISearchSource, IModuleService
{
    public string Kind => "tien-do";

    public Message Label => new("Báo cáo tiến độ", "Progress reports");

    /// <summary>An update's year is the day it was written; its agency and portfolio are its task's.</summary>
    public SearchFilters Understands => SearchFilters.Year | SearchFilters.Agency | SearchFilters.Portfolio;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var code = province.Required.Code.Value;
        var updates = db.Updates.AsNoTracking().Where(u => u.Text != null).Where(SearchMatch.On<TaskUpdate>(u => u.SearchText, query));
        if (query.YearMoments is (true, var start, var end))
        {
            updates = updates.Where(u => u.At >= start && u.At < end);
        }

        var tasks = db.Tasks.AsNoTracking();
        if (query.Agency is { } agency)
        {
            tasks = tasks.Where(t => t.LeadAgencyKey == agency || t.CoAgencyKeys.Contains(agency));
        }

        if (query.Portfolio is { } portfolio)
        {
            tasks = tasks.Where(t => t.PortfolioKey == portfolio);
        }

        var rows = await updates
            .Join(tasks, u => u.TaskId, t => t.Id, (u, t) => new
            {
                u.TaskId, u.Id, u.Text, u.Author, u.At, t.Title,
                Score = EF.Functions.TrigramsWordSimilarity(query.Folded, u.SearchText),
            })
            .OrderByDescending(r => r.Score).ThenByDescending(r => r.At).ThenBy(r => r.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SearchHit(
            Kind, $"{r.Title} — {r.Author}", r.Text ?? "", $"/{code}/tasks/{r.TaskId}", VietnamTime.DayOf(r.At), r.Score))];
    }
}
