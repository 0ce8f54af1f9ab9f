using Microsoft.EntityFrameworkCore;
using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Modules;
using Platform.Meetings.Model;
using Platform.Meetings.Persistence;
using Platform.Meetings.Rules;

namespace Platform.Meetings.Services;

/// <summary>A meeting in a list or a calendar.</summary>
internal sealed record MeetingRow(Guid Id, Sdk.Meetings.MeetingKind Kind, string Title, MeetingStatus Status, DateTimeOffset StartsAt, int DurationMinutes, Sdk.Meetings.MeetingMode Mode, string? Location, string ChairSeatKey);

/// <summary>Everything the meeting page shows, read with a fixed number of statements.</summary>
internal sealed record MeetingDetail(
    Meeting Meeting,
    IReadOnlyList<MeetingDocument> Documents,
    IReadOnlyList<AbsenceRequest> Requests,
    ConclusionNotice? Notice,
    IReadOnlyList<NoticeRecipient> Recipients)
{
    /// <summary>
    /// The request was made by someone who no longer holds its seat on the meeting's day (the invitation names the
    /// seat's holder on that day): it no longer applies (<see cref="AbsenceRequest.MadeByAnotherHolder"/>).
    /// </summary>
    public bool Lapsed(AbsenceRequest request) =>
        request.MadeByAnotherHolder(Meeting.Invitations.FirstOrDefault(i => i.Id == request.InvitationId)?.Name);
}

/// <summary>An invitation of the signed-in member, with its meeting and request.</summary>
internal sealed record MyInvitation(Invitation Invitation, MeetingRow Meeting, AbsenceRequest? Request);

/// <summary>A notice issued to one of the signed-in member's seats.</summary>
internal sealed record MyNotice(Guid NoticeId, Guid MeetingId, string? Number, DateOnly? Date, string MeetingTitle, DateTimeOffset IssuedAt, DateTimeOffset? ReadAt);

/// <summary>A request waiting for the signed-in approver.</summary>
internal sealed record PendingRequest(AbsenceRequest Request, Invitation Invitation, MeetingRow Meeting);

/// <summary>Attendance counts of one seat or agency over a year.</summary>
internal sealed record AttendanceCount(string Key, string Name, int Invited, int Present, int Excused, int Substitute, int Absent, int NotRecorded)
{
    /// <summary>Present or represented by an approved substitute, as a share of the meetings invited to.</summary>
    public double Rate => Invited == 0 ? 0 : (double)(Present + Substitute) / Invited;
}

/// <summary>What the meetings pages read. Every method issues a fixed number of statements, whatever the data's size.</summary>
internal sealed class MeetingQueries(MeetingsDbContext db, ICommitteeDirectory committee) : IModuleService
{
    /// <summary>How an invitation names a seat nobody holds on the meeting's day.</summary>
    public const string Vacant = "(khuyết)";

    public async Task<IReadOnlyList<MeetingRow>> BetweenAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var start = VietnamTime.StartOf(from);
        var end = VietnamTime.StartOf(to.AddDays(1));
        return await Rows(db.Meetings.AsNoTracking().Where(m => m.StartsAt >= start && m.StartsAt < end).OrderBy(m => m.StartsAt)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<RegularMeetingRow>> RegularAsync(CancellationToken ct) =>
        await db.Meetings.AsNoTracking()
            .Where(m => m.PeriodKind != null)
            .Select(m => new RegularMeetingRow(m.Id, m.Kind, m.PeriodKind, m.PeriodYear, m.PeriodNumber, m.Status, m.StartsAt))
            .ToListAsync(ct);

    public async Task<MeetingDetail?> DetailAsync(Guid id, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking()
            .Include(m => m.Agenda.OrderBy(a => a.Order))
            .Include(m => m.Invitations.OrderBy(i => i.Order))
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return null;
        }

        await FollowTheSeatsAsync(meeting, ct);
        var documents = await db.Documents.AsNoTracking().Where(d => d.MeetingId == id).OrderBy(d => d.UploadedAt).ToListAsync(ct);
        var requests = await db.AbsenceRequests.AsNoTracking().Where(r => r.MeetingId == id).OrderBy(r => r.RequestedAt).ToListAsync(ct);
        ForgetExcusesOfReplacedHolders(meeting.Invitations, requests);
        var notice = await db.Notices.AsNoTracking().Include(n => n.Items.OrderBy(i => i.Number)).SingleOrDefaultAsync(n => n.MeetingId == id, ct);
        var recipients = notice is null
            ? []
            : await db.NoticeRecipients.AsNoTracking().Where(r => r.NoticeId == notice.Id).OrderBy(r => r.SeatKey == null).ThenBy(r => r.IssuedAt).ThenBy(r => r.Id).ToListAsync(ct);
        return new MeetingDetail(meeting, documents, requests, notice, recipients);
    }

    /// <summary>The invitations of these seats to meetings from <paramref name="since"/> on, with any request.</summary>
    public async Task<IReadOnlyList<MyInvitation>> InvitationsOfAsync(IReadOnlyList<string> seats, DateOnly since, CancellationToken ct)
    {
        var start = VietnamTime.StartOf(since);
        var rows = await (
                from i in db.Invitations.AsNoTracking()
                join m in db.Meetings.AsNoTracking() on i.MeetingId equals m.Id
                where i.SeatKey != null && seats.Contains(i.SeatKey) && m.StartsAt >= start && m.Status != MeetingStatus.Proposed
                orderby m.StartsAt
                select new
                {
                    Invitation = i,
                    Meeting = new MeetingRow(m.Id, m.Kind, m.Title, m.Status, m.StartsAt, m.DurationMinutes, m.Mode, m.Location, m.ChairSeatKey),
                    Request = db.AbsenceRequests.Where(r => r.InvitationId == i.Id).OrderByDescending(r => r.RequestedAt).FirstOrDefault(),
                })
            .ToListAsync(ct);
        return [.. rows.Select(r => new MyInvitation(r.Invitation, r.Meeting, r.Request))];
    }

    /// <summary>Notices issued to these seats, newest first.</summary>
    public async Task<IReadOnlyList<MyNotice>> NoticesOfAsync(IReadOnlyList<string> seats, int take, CancellationToken ct) =>
        await (
                from r in db.NoticeRecipients.AsNoTracking()
                join n in db.Notices.AsNoTracking() on r.NoticeId equals n.Id
                join m in db.Meetings.AsNoTracking() on n.MeetingId equals m.Id
                where r.SeatKey != null && seats.Contains(r.SeatKey)
                orderby r.IssuedAt descending
                select new MyNotice(n.Id, m.Id, n.Number, n.Date, m.Title, r.IssuedAt, r.ReadAt))
            .Take(take)
            .ToListAsync(ct);

    /// <summary>Absence requests waiting for the holder of one of these seats.</summary>
    public async Task<IReadOnlyList<PendingRequest>> PendingForAsync(IReadOnlyList<string> seats, CancellationToken ct)
    {
        var rows = await (
                from r in db.AbsenceRequests.AsNoTracking()
                join i in db.Invitations.AsNoTracking() on r.InvitationId equals i.Id
                join m in db.Meetings.AsNoTracking() on r.MeetingId equals m.Id
                where r.Status == RequestStatus.Pending && seats.Contains(r.ApproverSeatKey)
                orderby m.StartsAt, r.RequestedAt
                select new { r, i, Meeting = new MeetingRow(m.Id, m.Kind, m.Title, m.Status, m.StartsAt, m.DurationMinutes, m.Mode, m.Location, m.ChairSeatKey) })
            .ToListAsync(ct);
        return [.. rows.Select(x => new PendingRequest(x.r, x.i, x.Meeting))];
    }

    /// <summary>Proposed meetings waiting for the head's decision.</summary>
    public async Task<IReadOnlyList<MeetingRow>> ProposedAsync(CancellationToken ct) =>
        await Rows(db.Meetings.AsNoTracking().Where(m => m.Status == MeetingStatus.Proposed).OrderBy(m => m.StartsAt)).ToListAsync(ct);

    /// <summary>Meetings chaired by these seats whose conclusion notice waits for approval.</summary>
    public async Task<IReadOnlyList<MeetingRow>> NoticesToApproveAsync(IReadOnlyList<string> seats, CancellationToken ct) =>
        await Rows(
                from m in db.Meetings.AsNoTracking()
                where seats.Contains(m.ChairSeatKey) && db.Notices.Any(n => n.MeetingId == m.Id && n.Status == NoticeStatus.Draft && n.Number != null)
                orderby m.StartsAt
                select m)
            .ToListAsync(ct);

    /// <summary>Attendance at the held meetings of <paramref name="year"/>, per seat and per agency: two grouped statements.</summary>
    public async Task<(IReadOnlyList<AttendanceCount> Seats, IReadOnlyList<AttendanceCount> Agencies)> AttendanceAsync(int year, CancellationToken ct)
    {
        var start = VietnamTime.StartOf(new DateOnly(year, 1, 1));
        var end = VietnamTime.StartOf(new DateOnly(year + 1, 1, 1));
        var invited =
            from i in db.Invitations.AsNoTracking()
            join m in db.Meetings.AsNoTracking() on i.MeetingId equals m.Id
            where m.Status == MeetingStatus.Held && m.StartsAt >= start && m.StartsAt < end && i.SeatKey != null
            select i;

        var seats = await invited
            .GroupBy(i => i.SeatKey!)
            .Select(g => new AttendanceCount(
                g.Key,
                g.Max(i => i.Office)!,
                g.Count(),
                g.Count(i => i.Attendance == Attendance.Present),
                g.Count(i => i.Attendance == Attendance.Excused),
                g.Count(i => i.Attendance == Attendance.Substitute),
                g.Count(i => i.Attendance == Attendance.AbsentWithoutLeave),
                g.Count(i => i.Attendance == Attendance.NotRecorded)))
            .ToListAsync(ct);

        var agencies = await invited
            .Where(i => i.AgencyKey != null)
            .GroupBy(i => i.AgencyKey!)
            .Select(g => new AttendanceCount(
                g.Key,
                g.Key,
                g.Count(),
                g.Count(i => i.Attendance == Attendance.Present),
                g.Count(i => i.Attendance == Attendance.Excused),
                g.Count(i => i.Attendance == Attendance.Substitute),
                g.Count(i => i.Attendance == Attendance.AbsentWithoutLeave),
                g.Count(i => i.Attendance == Attendance.NotRecorded)))
            .ToListAsync(ct);
        return (seats, agencies);
    }

    /// <summary>
    /// Until a meeting is held its invitations are not issued: each member's invitation names whoever holds the seat on
    /// the meeting's day, so a holder replaced by a decision before that day leaves it and the new holder appears. The
    /// names are resolved here, when the meeting, its printable invitation, its register or an absence form is read,
    /// rather than rewritten when an appointment changes: the Committees module knows nothing of meetings (it may not
    /// call them), and the directory answers in its two statements whatever the number of seats or meetings, so a
    /// page's statement count stays fixed. A held or cancelled meeting keeps the names written when it was closed
    /// (<see cref="MeetingCommands.CloseInvitationsAsync"/>): by then the invitation is a record.
    /// </summary>
    private async Task FollowTheSeatsAsync(Meeting meeting, CancellationToken ct)
    {
        if (meeting.Status is MeetingStatus.Held or MeetingStatus.Cancelled)
        {
            return;
        }

        var holders = (await committee.SeatsOnAsync(VietnamTime.DayOf(meeting.StartsAt), ct)).ToDictionary(s => s.SeatKey, s => s.HolderName, StringComparer.Ordinal);
        foreach (var invitation in meeting.Invitations)
        {
            if (invitation.SeatKey is { } seat && holders.TryGetValue(seat, out var holder))
            {
                invitation.Name = holder ?? Vacant;
            }
        }
    }

    /// <summary>
    /// An excuse granted to a holder since replaced does not pass to the seat's new holder (<see cref="AbsenceRequest.MadeByAnotherHolder"/>):
    /// the register line the approval pre-filled goes back to "not recorded". The invitations must name the holder on the day.
    /// </summary>
    internal static void ForgetExcusesOfReplacedHolders(IEnumerable<Invitation> invitations, IReadOnlyList<AbsenceRequest> requests)
    {
        foreach (var invitation in invitations.Where(i => i.Attendance is Attendance.Excused or Attendance.Substitute))
        {
            var approved = requests.Where(r => r.InvitationId == invitation.Id && r.Status == RequestStatus.Approved).ToList();
            if (approved.Count > 0 && approved.All(r => r.MadeByAnotherHolder(invitation.Name)))
            {
                (invitation.Attendance, invitation.SubstituteName) = (Attendance.NotRecorded, null);
            }
        }
    }

    private static IQueryable<MeetingRow> Rows(IQueryable<Meeting> meetings) =>
        meetings.Select(m => new MeetingRow(m.Id, m.Kind, m.Title, m.Status, m.StartsAt, m.DurationMinutes, m.Mode, m.Location, m.ChairSeatKey));
}
