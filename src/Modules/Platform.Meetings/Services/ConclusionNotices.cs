using Microsoft.EntityFrameworkCore;
using Platform.Core.Modules;
using Platform.Meetings.Contracts;
using Platform.Meetings.Model;
using Platform.Meetings.Persistence;

namespace Platform.Meetings.Services;

/// <summary>Issued notices for other modules: two statements (notices with their meetings, then their items).</summary>
internal sealed class ConclusionNotices(MeetingsDbContext db) : IConclusionNotices, IModuleService
{
    public async Task<IReadOnlyList<IssuedNotice>> IssuedAsync(CancellationToken cancellationToken)
    {
        var notices = await (
                from n in db.Notices.AsNoTracking()
                join m in db.Meetings.AsNoTracking() on n.MeetingId equals m.Id
                where n.Status == NoticeStatus.Issued
                orderby n.Date descending, n.IssuedAt descending
                select new { n.Id, n.MeetingId, n.Number, n.Date, n.Signer, m.Title, m.ChairSeatKey })
            .ToListAsync(cancellationToken);
        var ids = notices.Select(n => n.Id).ToList();
        var items = (await db.NoticeItems.AsNoTracking().Where(i => ids.Contains(i.NoticeId)).OrderBy(i => i.Number).ToListAsync(cancellationToken))
            .ToLookup(i => i.NoticeId);
        return [.. notices.Select(n => new IssuedNotice(
            n.Id, n.MeetingId, n.Number!, n.Date!.Value, n.Signer!, n.Title, n.ChairSeatKey,
            [.. items[n.Id].Select(i => new IssuedItem(i.Id, n.Id, n.MeetingId, n.Number!, n.Date!.Value, n.ChairSeatKey, i.Number, i.Text, i.LeadAgencyKey, i.DueDate))]))];
    }

    public async Task<IssuedItem?> ItemAsync(Guid itemId, CancellationToken cancellationToken) =>
        await (
                from i in db.NoticeItems.AsNoTracking()
                join n in db.Notices.AsNoTracking() on i.NoticeId equals n.Id
                join m in db.Meetings.AsNoTracking() on n.MeetingId equals m.Id
                where i.Id == itemId && n.Status == NoticeStatus.Issued
                select new IssuedItem(i.Id, n.Id, m.Id, n.Number!, n.Date!.Value, m.ChairSeatKey, i.Number, i.Text, i.LeadAgencyKey, i.DueDate))
            .SingleOrDefaultAsync(cancellationToken);
}
