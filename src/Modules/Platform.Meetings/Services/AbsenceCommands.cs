using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Commands;
using Platform.Core.Forms;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Meetings.Model;
using Platform.Meetings.Persistence;
using Platform.Meetings.Rules;
using Platform.Sdk.Meetings;

namespace Platform.Meetings.Services;

/// <summary>What a member types when asking to be excused.</summary>
internal sealed class AbsenceForm
{
    public string? SeatKey { get; set; }
    [StringLength(TextLimits.Default)]
    public string? Reason { get; set; }
    public bool SendsSubstitute { get; set; }
    [StringLength(TextLimits.Name)]
    public string? SubstituteName { get; set; }
    [StringLength(TextLimits.Name)]
    public string? SubstituteTitle { get; set; }
    [StringLength(TextLimits.Long)]
    public string? WrittenOpinion { get; set; }
}

/// <summary>
/// Members ask to be excused; the approver the province names (the head or the chair) decides. A late request is
/// kept and flagged with the rule it breaks; a request the rules forbid is refused with the rule.
/// </summary>
internal sealed class AbsenceCommands(MeetingsDbContext db, MeetingRulebook rules, ICurrentActor actor, TimeProvider clock) : IModuleService
{
    private string Province => rules.Province.Code.Value;

    public async Task<Outcome> RequestAsync(Guid meetingId, AbsenceForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.Invitations).SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
        {
            return Outcome.Missing;
        }

        var invitation = meeting.Invitations.SingleOrDefault(i => i.SeatKey is not null && i.SeatKey == form.SeatKey);
        if (invitation is null || !user.HoldsSeat(Province, form.SeatKey))
        {
            return Outcome.Refused(new("Chỉ thành viên được mời mới xin vắng mặt cho vị trí của mình.", "Only an invited member asks to be excused, for their own seat."));
        }

        var errors = new Dictionary<string, Message>();
        if (string.IsNullOrWhiteSpace(form.Reason))
        {
            errors[nameof(AbsenceForm.Reason)] = new("Hãy nêu lý do vắng mặt.", "Give the reason for the absence.");
        }

        if (form.SendsSubstitute && string.IsNullOrWhiteSpace(form.SubstituteName))
        {
            errors[nameof(AbsenceForm.SubstituteName)] = new("Hãy nhập họ tên người dự họp thay.", "Enter the substitute's name.");
        }

        if (form.SendsSubstitute && string.IsNullOrWhiteSpace(form.SubstituteTitle))
        {
            errors[nameof(AbsenceForm.SubstituteTitle)] = new("Hãy nhập chức vụ người dự họp thay.", "Enter the substitute's position.");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        if (rules.CheckRequest(meeting, invitation.SeatKey!, form.SendsSubstitute, form.WrittenOpinion, now) is { } refusal)
        {
            return Outcome.Invalid(new Dictionary<string, Message> { [nameof(AbsenceForm.WrittenOpinion)] = refusal });
        }

        if (await db.AbsenceRequests.AnyAsync(r => r.InvitationId == invitation.Id && r.Status != RequestStatus.Refused, ct))
        {
            return Outcome.Broken(new("Đã có đề nghị vắng mặt cho vị trí này; chờ quyết định hoặc xem kết quả.", "There is already a request for this seat; wait for or see its decision."));
        }

        var request = new AbsenceRequest
        {
            Id = Guid.CreateVersion7(),
            Province = Province,
            MeetingId = meetingId,
            InvitationId = invitation.Id,
            SeatKey = invitation.SeatKey!,
            Reason = form.Reason!.Trim(),
            SubstituteName = form.SendsSubstitute ? form.SubstituteName!.Trim() : null,
            SubstituteTitle = form.SendsSubstitute ? form.SubstituteTitle!.Trim() : null,
            WrittenOpinion = string.IsNullOrWhiteSpace(form.WrittenOpinion) ? null : form.WrittenOpinion.Trim(),
            RequestedBy = actor.Name,
            RequestedAt = now,
            LateRule = rules.LateRule(now, meeting.StartsAt)?.Vietnamese,
            ApproverSeatKey = rules.ApproverSeatKey(meeting),
        };
        db.AbsenceRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(request.Id);
    }

    public async Task<Outcome> DecideAsync(Guid requestId, bool approve, string? note, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        var request = await db.AbsenceRequests.SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return Outcome.Missing;
        }

        if (!user.HoldsSeat(Province, request.ApproverSeatKey))
        {
            return Outcome.Refused(rules.OnlyTheApproverExcuses());
        }

        if (request.Version != version)
        {
            return Edits.Clash;
        }

        if (request.Status != RequestStatus.Pending)
        {
            return Outcome.Broken(new("Đề nghị này đã được quyết định.", "This request was already decided."));
        }

        if (!approve && string.IsNullOrWhiteSpace(note))
        {
            return Outcome.Invalid(new Dictionary<string, Message> { ["Note"] = new("Hãy ghi lý do không đồng ý.", "Give the reason for refusing.") });
        }

        var meeting = await db.Meetings.Include(m => m.Invitations).SingleAsync(m => m.Id == request.MeetingId, ct);
        var now = clock.GetUtcNow();
        if (approve && rules.CheckApproval(meeting, request, now) is { } refusal)
        {
            return Outcome.Broken(refusal);
        }

        request.Status = approve ? RequestStatus.Approved : RequestStatus.Refused;
        (request.DecidedBy, request.DecidedAt, request.DecisionNote) = (actor.Name, now, string.IsNullOrWhiteSpace(note) ? null : note.Trim());

        // The register starts from the decision: excused, or represented by the approved substitute.
        var invitation = meeting.Invitations.Single(i => i.Id == request.InvitationId);
        if (approve && invitation.Attendance == Attendance.NotRecorded)
        {
            invitation.Attendance = request.SubstituteName is null ? Attendance.Excused : Attendance.Substitute;
            invitation.SubstituteName = request.SubstituteName is null ? null : $"{request.SubstituteName}, {request.SubstituteTitle}";
        }

        return await Edits.SaveAsync(db, request.MeetingId, ct);
    }
}
