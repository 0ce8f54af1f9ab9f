using Microsoft.EntityFrameworkCore;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Search;
using Platform.Core.Tenancy;
using Platform.Consultations.Model;
using Platform.Consultations.Persistence;

namespace Platform.Consultations.Services;

/// <summary>
/// The text inside a consultation's files — the request's documents and the answers' — in the province's search
/// (written opinions are kept with the committee's records: Đắk Lắk, Art. 3; Sơn La, Art. 3). Files of a draft are the
/// standing agency's until approved, not found here, as the consultation itself is not. One statement.
/// </summary>
internal sealed class ConsultationFileSearch(ConsultationsDbContext db, CurrentProvince province) : ISearchSource, IModuleService
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
            .Where(SearchMatch.On<ConsultationFile>(f => f.SearchText, query))
            .Where(f => !byYear || (f.UploadedAt >= yearStart && f.UploadedAt < yearEnd))
            .Join(db.Consultations.Where(c => c.State != ConsultationState.Draft), f => f.ConsultationId, c => c.Id, (f, c) => new { f, c.Number, c.Year, c.Subject })
            .Select(x => new
            {
                x.f.Id, x.f.ConsultationId, x.f.FileName, x.f.UploadedAt, x.Number, x.Year, x.Subject,
                Start = Math.Max(0, x.f.SearchText.IndexOf(first) - FileSearch.Before),
                Excerpt = (x.f.Text ?? "").Substring(Math.Max(0, x.f.SearchText.IndexOf(first) - FileSearch.Before), FileSearch.Window),
                Length = (x.f.Text ?? "").Length,
                Score = EF.Functions.TrigramsWordSimilarity(query.Folded, x.f.SearchText),
            })
            .OrderByDescending(r => r.Score).ThenByDescending(r => r.UploadedAt).ThenBy(r => r.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SearchHit(
            Kind, $"{r.FileName} — Lấy ý kiến số {r.Number}/{r.Year}: {r.Subject}", FileSearch.Passage(r.Excerpt, r.Start, r.Length),
            $"/{code}/y-kien/{r.ConsultationId}", Platform.Core.Dates.VietnamTime.DayOf(r.UploadedAt), r.Score))];
    }
}
