using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Search;
using Platform.Core.Tenancy;
using Platform.Proposals.Model;
using Platform.Proposals.Persistence;

namespace Platform.Proposals.Services;

/// <summary>
/// The text inside proposals' files in the province's search, only of the proposals the register lets the signed-in
/// user read (<see cref="ProposalSearch.ViewerAsync"/>, the same rule as the proposals themselves and the file's own
/// page). One statement.
/// </summary>
internal sealed class ProposalFileSearch(ProposalsDbContext db, CurrentProvince province, IHttpContextAccessor http, IAuthorizationService authorization)
    : ISearchSource, IModuleService
{
    public string Kind => FileSearch.Kind;

    public Message Label => FileSearch.Label;

    /// <summary>A file's year is the day it was added.</summary>
    public SearchFilters Understands => SearchFilters.Year;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var definition = province.Required;
        var code = definition.Code.Value;
        if (await ProposalSearch.ViewerAsync(definition, http, authorization) is not { } viewer)
        {
            return [];
        }

        var first = query.Words.FirstOrDefault() ?? query.Folded;
        var (byYear, yearStart, yearEnd) = query.YearMoments;
        var rows = await db.Files.AsNoTracking()
            .Where(SearchMatch.On<ProposalFile>(f => f.SearchText, query))
            .Where(f => !byYear || (f.UploadedAt >= yearStart && f.UploadedAt < yearEnd))
            .Join(db.Proposals.Where(ProposalQueries.Visible(viewer)), f => f.ProposalId, p => p.Id, (f, p) => new { f, p.Number, p.Year, p.Subject })
            .Select(x => new
            {
                x.f.Id, x.f.ProposalId, x.f.FileName, x.f.UploadedAt, x.Number, x.Year, x.Subject,
                Start = Math.Max(0, x.f.SearchText.IndexOf(first) - FileSearch.Before),
                Excerpt = (x.f.Text ?? "").Substring(Math.Max(0, x.f.SearchText.IndexOf(first) - FileSearch.Before), FileSearch.Window),
                Length = (x.f.Text ?? "").Length,
                Score = EF.Functions.TrigramsWordSimilarity(query.Folded, x.f.SearchText),
            })
            .OrderByDescending(r => r.Score).ThenByDescending(r => r.UploadedAt).ThenBy(r => r.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SearchHit(
            Kind, $"{r.FileName} — Kiến nghị số {r.Number}/{r.Year}: {r.Subject}", FileSearch.Passage(r.Excerpt, r.Start, r.Length),
            $"/{code}/kien-nghi/{r.ProposalId}", Platform.Core.Dates.VietnamTime.DayOf(r.UploadedAt), r.Score))];
    }
}
