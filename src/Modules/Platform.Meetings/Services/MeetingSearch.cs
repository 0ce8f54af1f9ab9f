using Microsoft.EntityFrameworkCore;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Search;
using Platform.Core.Tenancy;
using Platform.Meetings.Model;
using Platform.Meetings.Persistence;

namespace Platform.Meetings.Services;

/// <summary>
/// The items of issued conclusion notices in the province's search — what the head concluded, the record officials
/// look for most (Đắk Lắk, Art. 9.1; Sơn La, Art. 11.1). Drafts are the secretariat's and the chair's, not found here.
/// One statement.
/// </summary>
internal sealed class NoticeSearch(MeetingsDbContext db, CurrentProvince province) : ISearchSource, IModuleService
{
    public string Kind => "ket-luan";

    public Message Label => new("Kết luận", "Conclusions");

    /// <summary>An item's year is its notice's; its agency the one that leads it.</summary>
    public SearchFilters Understands => SearchFilters.Year | SearchFilters.Agency;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var code = province.Required.Code.Value;
        var items = db.NoticeItems.AsNoTracking().Where(SearchMatch.On<ConclusionItem>(i => i.SearchText, query));
        if (query.Agency is { } agency)
        {
            items = items.Where(i => i.LeadAgencyKey == agency);
        }

        var notices = db.Notices.Where(n => n.Status == NoticeStatus.Issued);
        if (query.Days is var (first, until))
        {
            notices = notices.Where(n => n.Date >= first && n.Date < until);
        }

        var rows = await items
            .Join(notices, i => i.NoticeId, n => n.Id, (i, n) => new { Item = i, Notice = n })
            .Join(db.Meetings, x => x.Notice.MeetingId, m => m.Id, (x, m) => new
            {
                x.Item.Number, x.Item.Text, x.Notice.MeetingId, NoticeNumber = x.Notice.Number, x.Notice.Date, m.Title,
                Score = EF.Functions.TrigramsWordSimilarity(query.Folded, x.Item.SearchText),
            })
            .OrderByDescending(r => r.Score).ThenByDescending(r => r.Date).ThenBy(r => r.MeetingId).ThenBy(r => r.Number)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SearchHit(
            Kind, $"Thông báo kết luận {r.NoticeNumber} — {r.Title}", $"{r.Number}. {r.Text}",
            $"/{code}/meetings/{r.MeetingId}/notice", r.Date, r.Score))];
    }
}

/// <summary>Meetings in the province's search, by title; one statement.</summary>
internal sealed class MeetingTitleSearch(MeetingsDbContext db, CurrentProvince province) : ISearchSource, IModuleService
{
    public string Kind => "cuoc-hop";

    public Message Label => new("Cuộc họp", "Meetings");

    /// <summary>A meeting's year is the year it sits in (Vietnam time).</summary>
    public SearchFilters Understands => SearchFilters.Year;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var code = province.Required.Code.Value;
        var meetings = db.Meetings.AsNoTracking().Where(SearchMatch.On<Meeting>(m => m.SearchText, query));
        if (query.Days is var (first, until))
        {
            var (start, end) = (Platform.Core.Dates.VietnamTime.StartOf(first), Platform.Core.Dates.VietnamTime.StartOf(until));
            meetings = meetings.Where(m => m.StartsAt >= start && m.StartsAt < end);
        }

        var rows = await meetings
            .Select(m => new { m.Id, m.Title, m.StartsAt, m.Location, Score = EF.Functions.TrigramsWordSimilarity(query.Folded, m.SearchText) })
            .OrderByDescending(m => m.Score).ThenByDescending(m => m.StartsAt).ThenBy(m => m.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(m => new SearchHit(
            Kind, m.Title, m.Location ?? "", $"/{code}/meetings/{m.Id}", Platform.Core.Dates.VietnamTime.DayOf(m.StartsAt), m.Score))];
    }
}
