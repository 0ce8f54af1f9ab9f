using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Commands;
using Platform.Core.Modules;
using Platform.Meetings.Contracts;
using Platform.Meetings.Model;
using Platform.Meetings.Persistence;

namespace Platform.Meetings.Services;

/// <summary>Documents other modules generate for a meeting, stored as the standing agency's uploads are (<see cref="DocumentStore.AddAsync"/>).</summary>
internal sealed class MeetingAttachments(MeetingsDbContext db, DocumentStore documents) : IMeetingAttachments, IModuleService
{
    public async Task<IReadOnlyList<MeetingHeading>> UpcomingAsync(DateTimeOffset from, CancellationToken cancellationToken) =>
        await db.Meetings.AsNoTracking()
            .Where(m => (m.Status == MeetingStatus.Proposed || m.Status == MeetingStatus.Scheduled) && m.StartsAt >= from)
            .OrderBy(m => m.StartsAt).ThenBy(m => m.Id)
            .Take(20)
            .Select(m => new MeetingHeading(m.Id, m.Title, m.StartsAt, m.TakesOpinions))
            .ToListAsync(cancellationToken);

    public async Task<Outcome> AttachAsync(Guid meetingId, string fileName, byte[] content, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var status = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId).Select(m => (MeetingStatus?)m.Status).SingleOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            return Outcome.Missing;
        }

        if (status is not (MeetingStatus.Proposed or MeetingStatus.Scheduled))
        {
            return Outcome.Broken(new("Chỉ đính kèm tài liệu cho cuộc họp chưa diễn ra.", "Documents are attached only to a meeting still to be held."));
        }

        using var stream = new MemoryStream(content, writable: false);
        return await documents.AddAsync(meetingId, fileName, content.LongLength, stream, DocumentClassification.Normal, user, cancellationToken);
    }
}
