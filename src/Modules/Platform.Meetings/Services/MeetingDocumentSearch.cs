using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Search;
using Platform.Core.Tenancy;
using Platform.Meetings.Model;
using Platform.Meetings.Persistence;

namespace Platform.Meetings.Services;

/// <summary>
/// The text inside a meeting's documents in the province's search (a meeting's record keeps its documents: Đắk Lắk,
/// Art. 8.5; Sơn La, Art. 11.1): every reader of the province may open them, so every reader finds them. The passage is
/// a window of the text around the first word of the query, cut in the database: the whole texts never leave it. One
/// statement.
/// </summary>
internal sealed class MeetingDocumentSearch(MeetingsDbContext db, CurrentProvince province, MeetingAccess access, IHttpContextAccessor http)
    : ISearchSource, IModuleService
{
    public string Kind => FileSearch.Kind;

    public Message Label => FileSearch.Label;

    /// <summary>A document's year is the day it was added.</summary>
    public SearchFilters Understands => SearchFilters.Year;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var code = province.Required.Code.Value;
        var first = query.Words.FirstOrDefault() ?? query.Folded;
        // A restricted document is found only by those who read it: the standing agency and the leaders.
        var restricted = http.HttpContext?.User is { } user && await access.SeesRestrictedAsync(user);
        var documents = db.Documents.AsNoTracking()
            .Where(d => d.Classification != DocumentClassification.Restricted || restricted)
            .Where(SearchMatch.On<MeetingDocument>(d => d.SearchText, query));
        if (query.YearMoments is (true, var start, var end))
        {
            documents = documents.Where(d => d.UploadedAt >= start && d.UploadedAt < end);
        }

        var rows = await documents
            .Join(db.Meetings, d => d.MeetingId, m => m.Id, (d, m) => new
            {
                d.Id, d.MeetingId, d.FileName, d.UploadedAt, m.Title,
                Start = Math.Max(0, d.SearchText.IndexOf(first) - FileSearch.Before),
                Excerpt = (d.Text ?? "").Substring(Math.Max(0, d.SearchText.IndexOf(first) - FileSearch.Before), FileSearch.Window),
                Length = (d.Text ?? "").Length,
                Score = EF.Functions.TrigramsWordSimilarity(query.Folded, d.SearchText),
            })
            .OrderByDescending(r => r.Score).ThenByDescending(r => r.UploadedAt).ThenBy(r => r.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SearchHit(
            Kind, $"{r.FileName} — {r.Title}", FileSearch.Passage(r.Excerpt, r.Start, r.Length),
            $"/{code}/meetings/{r.MeetingId}", VietnamTime.DayOf(r.UploadedAt), r.Score))];
    }
}
