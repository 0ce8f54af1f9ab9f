using System.Security.Claims;
using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Commands;
using Platform.Core.Forms;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Meetings.Model;
using Platform.Meetings.Persistence;
using Platform.Meetings.Rules;

namespace Platform.Meetings.Services;

/// <summary>One row of the register as typed.</summary>
internal sealed class AttendanceRow
{
    public Guid InvitationId { get; set; }
    public Attendance Attendance { get; set; }
    [StringLength(TextLimits.Name)]
    public string? SubstituteName { get; set; }
    [StringLength(TextLimits.Line)]
    public string? Note { get; set; }
}

/// <summary>The attendance register: recorded all at once, refused all at once when a row breaks a rule.</summary>
internal sealed class AttendanceCommands(MeetingsDbContext db, MeetingRulebook rules, MeetingAccess access) : IModuleService
{
    /// <summary>The standing agency records the register of a held meeting; anyone else is refused.</summary>
    public async Task<Outcome> RecordAsync(Guid meetingId, IReadOnlyList<AttendanceRow> rows, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RefuseUnlessSecretariatAsync(user) is { } refused)
        {
            return refused;
        }

        var meeting = await db.Meetings.Include(m => m.Invitations).SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
        {
            return Outcome.Missing;
        }

        if (meeting.Version != version)
        {
            return Edits.Clash;
        }

        if (meeting.CheckTakesAttendance() is { } notHeld)
        {
            return notHeld;
        }

        var approved = await db.AbsenceRequests.AsNoTracking()
            .Where(r => r.MeetingId == meetingId && r.Status == RequestStatus.Approved)
            .ToDictionaryAsync(r => r.InvitationId, ct);
        var errors = new Dictionary<string, Message>();
        foreach (var row in rows)
        {
            var invitation = meeting.Invitations.SingleOrDefault(i => i.Id == row.InvitationId);
            if (invitation is null || !Enum.IsDefined(row.Attendance))
            {
                return Outcome.Missing;
            }

            var key = row.InvitationId.ToString();
            if (rules.CheckAttendance(invitation, row.Attendance, approved.GetValueOrDefault(invitation.Id)) is { } broken)
            {
                errors[key] = broken;
            }
            else if (row.Attendance == Attendance.Substitute && string.IsNullOrWhiteSpace(row.SubstituteName))
            {
                errors[key] = new($"{invitation.Office}: hãy ghi người dự họp thay.", $"{invitation.Office}: name the substitute.");
            }

            invitation.Attendance = row.Attendance;
            invitation.SubstituteName = row.Attendance == Attendance.Substitute ? row.SubstituteName?.Trim() : null;
            invitation.AttendanceNote = string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim();
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        // The meeting row's version guards the whole register: touching it makes a concurrent register save fail.
        db.Entry(meeting).Property(m => m.Minutes).IsModified = true;
        return await Edits.SaveAsync(db, meetingId, ct);
    }
}
