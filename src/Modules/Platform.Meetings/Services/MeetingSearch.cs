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

/// <summary>
/// Meetings in the province's search: by title, by an item of the agenda or its presenter, and by the minutes (the
/// record the standing agency keeps: Đắk Lắk, Art. 8.5; Sơn La, Art. 8.1–8.3) — one hit per meeting, the passage the
/// part that matched. One statement.
/// </summary>
internal sealed class MeetingSearch(MeetingsDbContext db, CurrentProvince province) : ISearchSource, IModuleService
{
    public string Kind => "cuoc-hop";

    public Message Label => new("Cuộc họp", "Meetings");

    /// <summary>A meeting's year is the year it sits in (Vietnam time).</summary>
    public SearchFilters Understands => SearchFilters.Year;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var code = province.Required.Code.Value;
        var meetings = db.Meetings.AsNoTracking();
        if (query.YearMoments is (true, var start, var end))
        {
            meetings = meetings.Where(m => m.StartsAt >= start && m.StartsAt < end);
        }

        // What matched, in the order shown when one meeting matches in several places: the title, then the agenda, then the minutes.
        var titles = db.Meetings.AsNoTracking().Where(SearchMatch.On<Meeting>(m => m.SearchText, query))
            .Select(m => new { MeetingId = m.Id, Part = 0, Passage = m.Location ?? "", Score = EF.Functions.TrigramsWordSimilarity(query.Folded, m.SearchText) });
        var agenda = db.AgendaItems.AsNoTracking().Where(SearchMatch.On<AgendaItem>(a => a.SearchText, query))
            .Select(a => new { a.MeetingId, Part = 1, Passage = a.Title, Score = EF.Functions.TrigramsWordSimilarity(query.Folded, a.SearchText) });
        var minutes = db.Meetings.AsNoTracking().Where(SearchMatch.On<Meeting>(m => m.MinutesSearchText, query))
            .Select(m => new { MeetingId = m.Id, Part = 2, Passage = m.Minutes ?? "", Score = EF.Functions.TrigramsWordSimilarity(query.Folded, m.MinutesSearchText) });
        var rows = await titles.Concat(agenda).Concat(minutes)
            .Join(meetings, x => x.MeetingId, m => m.Id, (x, m) => new { x.MeetingId, x.Part, x.Passage, x.Score, m.Title, m.StartsAt })
            .OrderByDescending(r => r.Score).ThenByDescending(r => r.StartsAt).ThenBy(r => r.MeetingId).ThenBy(r => r.Part)
            .Take(limit * 3)
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.MeetingId).Select(g => g.First()).Take(limit).Select(m => new SearchHit(
            Kind, m.Title, m.Part == 2 ? FileSearch.Around(m.Passage, query) : m.Passage,
            $"/{code}/meetings/{m.MeetingId}", Platform.Core.Dates.VietnamTime.DayOf(m.StartsAt), m.Score))];
    }
}
