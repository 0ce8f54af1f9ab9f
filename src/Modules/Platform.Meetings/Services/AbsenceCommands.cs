using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Committees.Contracts;
using Platform.Core.Commands;
using Platform.Core.Dates;
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
internal sealed class AbsenceCommands(
    MeetingsDbContext db, MeetingRulebook rules, ICommitteeDirectory committee, MeetingNotifications notifications, ICurrentActor actor, TimeProvider clock) : IModuleService
{
    private string Province => rules.Province.Code.Value;

    /// <summary>Who holds the seat on the meeting's day, as its invitation names them until the meeting is held.</summary>
    private async Task<string> HolderOnTheDayAsync(Meeting meeting, string seatKey, CancellationToken ct) =>
        (await committee.SeatsOnAsync(VietnamTime.DayOf(meeting.StartsAt), ct)).FirstOrDefault(s => s.SeatKey == seatKey)?.HolderName ?? MeetingQueries.Vacant;

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

        // A request of a holder since replaced does not stand in the way of the new holder's own.
        var holder = await HolderOnTheDayAsync(meeting, invitation.SeatKey!, ct);
        if (await db.AbsenceRequests.AnyAsync(r => r.InvitationId == invitation.Id && r.Status != RequestStatus.Refused && (r.HolderName == null || r.HolderName == holder), ct))
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
            HolderName = holder,
            RequestedAt = now,
            LateRule = rules.LateRule(now, meeting.StartsAt)?.Vietnamese,
            ApproverSeatKey = rules.ApproverSeatKey(meeting),
        };
        db.AbsenceRequests.Add(request);
        notifications.AbsenceRequested(meeting, request, request.ApproverSeatKey, $"{rules.Province.Name}, {rules.Rules.Absence.Article.ToVietnamese()}");
        await db.SaveChangesAsync(ct);
        return Outcome.Done(request.Id);
    }

    public Task<Outcome> DecideAsync(Guid requestId, bool approve, string? note, uint version, ClaimsPrincipal user, CancellationToken ct) =>
        DecideAsync(requestId, approve, note, version, user, paper: null, ct);

    /// <summary>
    /// The standing agency enters a decision the approver took on paper ("nhập thay"), citing the document's number and
    /// date: the request then names both the approver and the secretary who entered it. The page allows the secretariat only.
    /// </summary>
    public Task<Outcome> EnterOnBehalfAsync(Guid requestId, bool approve, string? note, string? documentNumber, string? documentDate, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Dictionary<string, Message>();
        var number = documentNumber?.Trim().Normalize(System.Text.NormalizationForm.FormC);
        if (string.IsNullOrEmpty(number) || number.Length > TextLimits.Name)
        {
            errors["DocumentNumber"] = new("Hãy nhập số văn bản của người có thẩm quyền (tối đa 200 ký tự).", "Enter the number of the approver's document (at most 200 characters).");
        }

        if (!Platform.Core.Dates.VietnamTime.TryParse(documentDate, out var date))
        {
            errors["DocumentDate"] = new("Ngày ký văn bản phải là một ngày dạng dd/MM/yyyy.", "The document's date must be a date as dd/MM/yyyy.");
        }
        else if (date > Platform.Core.Dates.VietnamTime.Today(clock))
        {
            errors["DocumentDate"] = new("Ngày ký văn bản không được sau hôm nay.", "The document's date cannot be in the future.");
        }

        return errors.Count > 0
            ? Task.FromResult(Outcome.Invalid(errors))
            : DecideAsync(requestId, approve, note, version, user, $"{number} ({Platform.Core.Dates.VietnamTime.Format(date)})", ct);
    }

    private async Task<Outcome> DecideAsync(Guid requestId, bool approve, string? note, uint version, ClaimsPrincipal user, string? paper, CancellationToken ct)
    {
        var request = await db.AbsenceRequests.SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return Outcome.Missing;
        }

        if (!user.HoldsSeat(Province, request.ApproverSeatKey) && paper is null)
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
        if (request.HolderName is not null && request.MadeByAnotherHolder(await HolderOnTheDayAsync(meeting, request.SeatKey, ct)))
        {
            return Outcome.Broken(rules.LapsedRequest(request.HolderName));
        }

        var now = clock.GetUtcNow();
        if (approve && rules.CheckApproval(meeting, request, now) is { } refusal)
        {
            return Outcome.Broken(refusal);
        }

        request.Status = approve ? RequestStatus.Approved : RequestStatus.Refused;
        (request.DecidedBy, request.DecidedAt, request.DecisionNote) = (actor.Name, now, string.IsNullOrWhiteSpace(note) ? null : note.Trim());

        // A deputy acting for the approver decides in their place, marked with the document (Đắk Lắk, Art. 5.1; Sơn La, Art. 6.1).
        request.ActingDocument = paper is null ? user.ActingFor(Province, request.ApproverSeatKey)?.Reference : null;
        if (paper is not null)
        {
            var approver = meeting.Invitations.FirstOrDefault(i => i.SeatKey == request.ApproverSeatKey);
            (request.EnteredFor, request.PaperDocument) = (approver is null ? request.ApproverSeatKey : $"{approver.Name}, {approver.Office}", paper);
        }

        // The register starts from the decision: excused, or represented by the approved substitute.
        var invitation = meeting.Invitations.Single(i => i.Id == request.InvitationId);
        if (approve && invitation.Attendance == Attendance.NotRecorded)
        {
            invitation.Attendance = request.SubstituteName is null ? Attendance.Excused : Attendance.Substitute;
            invitation.SubstituteName = request.SubstituteName is null ? null : $"{request.SubstituteName}, {request.SubstituteTitle}";
        }

        notifications.AbsenceDecided(meeting, request);
        return await Edits.SaveAsync(db, request.MeetingId, ct);
    }
}
