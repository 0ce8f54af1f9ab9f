using Microsoft.EntityFrameworkCore;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Search;
using Platform.Core.Tenancy;
using Platform.Consultations.Model;
using Platform.Consultations.Persistence;

namespace Platform.Consultations.Services;

/// <summary>
/// Consultations in the province's search: subject, details, the synthesis of opinions and the head's conclusion
/// (Đắk Lắk, Art. 3; Sơn La, Art. 3 — written opinions are a working form of the committee, kept with its records).
/// Drafts are the standing agency's until approved, not found here. One statement.
/// </summary>
internal sealed class ConsultationSearch(ConsultationsDbContext db, CurrentProvince province) : ISearchSource, IModuleService
{
    public string Kind => "lay-y-kien";

    public Message Label => new("Lấy ý kiến", "Consultations");

    /// <summary>A consultation's year is the year of its number.</summary>
    public SearchFilters Understands => SearchFilters.Year;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var code = province.Required.Code.Value;
        var consultations = db.Consultations.AsNoTracking()
            .Where(c => c.State != ConsultationState.Draft)
            .Where(SearchMatch.On<Consultation>(c => c.SearchText, query));
        if (query.Year is { } year)
        {
            consultations = consultations.Where(c => c.Year == year);
        }

        var rows = await consultations
            .Select(c => new { c.Id, c.Number, c.Year, c.Subject, c.Conclusion, c.Synthesis, c.Details, c.Deadline, Score = EF.Functions.TrigramsWordSimilarity(query.Folded, c.SearchText) })
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.Deadline).ThenBy(c => c.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(c => new SearchHit(
            Kind, $"Lấy ý kiến số {c.Number}/{c.Year}: {c.Subject}", c.Conclusion ?? c.Synthesis ?? c.Details ?? "",
            $"/{code}/y-kien/{c.Id}", c.Deadline, c.Score))];
    }
}
