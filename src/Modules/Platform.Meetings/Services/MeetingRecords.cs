using Microsoft.EntityFrameworkCore;
using Platform.Core.Modules;
using Platform.Meetings.Contracts;
using Platform.Meetings.Persistence;

namespace Platform.Meetings.Services;

/// <summary>Meetings as other modules read them; one statement per question, under the province's filter.</summary>
internal sealed class MeetingRecords(MeetingsDbContext db) : IMeetingRecords, IModuleService
{
    public async Task<MeetingHeading?> MeetingAsync(Guid meetingId, CancellationToken cancellationToken) =>
        await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId)
            .Select(m => new MeetingHeading(m.Id, m.Title, m.StartsAt, m.TakesOpinions))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<MeetingWrittenOpinion>> WrittenOpinionsAsync(IReadOnlyList<string> seatKeys, CancellationToken cancellationToken)
    {
        if (seatKeys.Count == 0)
        {
            return [];
        }

        return await (
                from r in db.AbsenceRequests.AsNoTracking()
                join m in db.Meetings.AsNoTracking() on r.MeetingId equals m.Id
                where seatKeys.Contains(r.SeatKey) && r.WrittenOpinion != null
                orderby r.RequestedAt descending
                select new MeetingWrittenOpinion(m.Id, m.Title, m.StartsAt, r.SeatKey, r.HolderName, r.WrittenOpinion!, r.RequestedAt))
            .ToListAsync(cancellationToken);
    }
}
