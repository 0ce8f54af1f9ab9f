using Microsoft.EntityFrameworkCore;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Search;
using Platform.Core.Tenancy;
using Platform.Tasks.Persistence;

namespace Platform.Tasks.Services;

/// <summary>Tasks in the province's search: title, expected output and source, folded (<c>tasks.search_text</c>); one statement.</summary>
internal sealed class TaskSearch(TasksDbContext db, CurrentProvince province) : ISearchSource, IModuleService
{
    public string Kind => "nhiem-vu";

    public Message Label => new("Nhiệm vụ", "Tasks");

    /// <summary>A task's year is its due day's; its agencies the lead and the co-operating ones; its portfolio the pack's.</summary>
    public SearchFilters Understands => SearchFilters.Year | SearchFilters.Agency | SearchFilters.Portfolio;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var code = province.Required.Code.Value;
        var tasks = db.Tasks.AsNoTracking().Where(SearchMatch.On<Model.TaskItem>(t => t.SearchText, query));
        if (query.Days is var (first, until))
        {
            tasks = tasks.Where(t => t.Due >= first && t.Due < until);
        }

        if (query.Agency is { } agency)
        {
            tasks = tasks.Where(t => t.LeadAgencyKey == agency || t.CoAgencyKeys.Contains(agency));
        }

        if (query.Portfolio is { } portfolio)
        {
            tasks = tasks.Where(t => t.PortfolioKey == portfolio);
        }

        var rows = await tasks
            .Select(t => new { t.Id, t.Title, t.ExpectedOutput, t.SourceLabel, t.Due, Score = EF.Functions.TrigramsWordSimilarity(query.Folded, t.SearchText) })
            .OrderByDescending(t => t.Score).ThenByDescending(t => t.Due).ThenBy(t => t.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(t => new SearchHit(
            Kind, t.Title, string.Join(" — ", new[] { t.ExpectedOutput, t.SourceLabel }.Where(s => !string.IsNullOrWhiteSpace(s))),
            $"/{code}/tasks/{t.Id}", t.Due, t.Score))];
    }
}
