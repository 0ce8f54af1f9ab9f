using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Committees.Contracts;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Meetings.Model;
using Platform.Meetings.Persistence;
using Platform.Meetings.Rules;
using Platform.Sdk;
using Platform.Sdk.Meetings;
using Platform.Sdk.Structure;

namespace Platform.Meetings.Services;

/// <summary>
/// Planning and running a meeting: scheduling, the head's decision on a proposal, agenda, guests, holding,
/// cancelling and minutes. Each command that takes the user decides who may act: the standing agency's steps through
/// <see cref="MeetingAccess"/>, rules that belong to a seat (the head decides, the chair invites) against the user's seats.
/// </summary>
internal sealed class MeetingCommands(
    MeetingsDbContext db, MeetingRulebook rules, MeetingHours hours, ICommitteeDirectory committee, MeetingAccess access, MeetingNotifications notifications, ICurrentActor actor, TimeProvider clock) : IModuleService
{
    private string Province => rules.Province.Code.Value;

    public async Task<Outcome> ScheduleAsync(MeetingForm form, CancellationToken ct)
    {
        var read = form.Parse();
        var errors = new Dictionary<string, Message>(read.Errors);
        if (!errors.ContainsKey(nameof(MeetingForm.ChairSeatKey)) && rules.CheckChair(read.ChairSeatKey, read.Delegation) is { } chair)
        {
            errors[nameof(MeetingForm.Delegation)] = chair;
        }

        if (errors.Count == 0 && !form.ScheduleAnyway && hours.Warning(read.StartsAt, read.Minutes) is { } unusual)
        {
            errors[nameof(MeetingForm.ScheduleAnyway)] = unusual;
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var proposed = rules.NeedsHeadDecision(read.Kind);
        var meeting = new Meeting
        {
            Id = Guid.CreateVersion7(),
            Province = Province,
            CreatedBy = actor.Name,
            CreatedAt = now,
            Title = read.Title,
            ChairSeatKey = read.ChairSeatKey,
            Status = proposed ? MeetingStatus.Proposed : MeetingStatus.Scheduled,
        };
        Apply(meeting, form, read);

        // Every member is invited by default: the seats that exist on the meeting's day, with their holders then.
        var day = VietnamTime.DayOf(meeting.StartsAt);
        var seats = await committee.SeatsOnAsync(day, ct);
        meeting.Invitations.AddRange(seats.Select((s, i) => new Invitation
        {
            Id = Guid.CreateVersion7(),
            Province = Province,
            MeetingId = meeting.Id,
            SeatKey = s.SeatKey,
            Name = s.HolderName ?? MeetingQueries.Vacant,
            Office = s.Office,
            AgencyKey = s.AgencyKey,
            Order = i,
        }));
        db.Meetings.Add(meeting);
        if (meeting.Status == MeetingStatus.Scheduled)
        {
            notifications.Invitation(meeting);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done(meeting.Id);
    }

    public async Task<Outcome> UpdateAsync(Guid id, MeetingForm form, CancellationToken ct)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return Outcome.Missing;
        }

        if (meeting.Version != form.Version)
        {
            return Edits.Clash;
        }

        if (meeting.CheckRevisable() is { } closed)
        {
            return closed;
        }

        var read = form.Parse();
        var errors = new Dictionary<string, Message>(read.Errors);
        if (!errors.ContainsKey(nameof(MeetingForm.ChairSeatKey)) && rules.CheckChair(read.ChairSeatKey, read.Delegation) is { } chair)
        {
            errors[nameof(MeetingForm.Delegation)] = chair;
        }

        if (read.Kind != meeting.Kind && errors.Count == 0)
        {
            errors[nameof(MeetingForm.Kind)] = new("Không đổi được loại cuộc họp đã lập; hãy hủy và lập cuộc họp mới.", "The kind cannot change; cancel and schedule a new meeting.");
        }

        // Only a changed time is warned about again: the unusual time was confirmed when it was set.
        var moved = read.StartsAt != meeting.StartsAt || read.Minutes != meeting.DurationMinutes;
        if (errors.Count == 0 && moved && !form.ScheduleAnyway && hours.Warning(read.StartsAt, read.Minutes) is { } unusual)
        {
            errors[nameof(MeetingForm.ScheduleAnyway)] = unusual;
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        meeting.ChairSeatKey = read.ChairSeatKey;
        Apply(meeting, form, read);
        return await Edits.SaveAsync(db, meeting.Id, ct);
    }

    /// <summary>The head decides a proposed extraordinary meeting (e.g. Sơn La, Art. 12.3).</summary>
    public async Task<Outcome> DecideAsync(Guid id, bool approve, string? note, ClaimsPrincipal user, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.Invitations).Include(m => m.Agenda).AsSplitQuery().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return Outcome.Missing;
        }

        var article = rules.Rules.Extraordinary?.Article ?? rules.Rules.Chair.Article;
        if (!user.HoldsSeat(Province, rules.HeadSeatKey))
        {
            return Outcome.Refused(rules.Cite(article, "Chỉ Trưởng Ban quyết định họp đột xuất theo đề xuất của Cơ quan thường trực.", "Only the head decides an extraordinary meeting the standing agency proposes."));
        }

        if (meeting.Decide(approve, note, actor.Name, clock.GetUtcNow()) is { } refused)
        {
            return refused;
        }

        // Approved, the proposal becomes a scheduled meeting: its invitations go out now.
        if (meeting.Status == MeetingStatus.Scheduled)
        {
            notifications.Invitation(meeting);
        }

        return await Edits.SaveAsync(db, meeting.Id, ct);
    }

    /// <summary>The standing agency adds an item to the agenda of a meeting not yet held or cancelled.</summary>
    public async Task<Outcome> AddAgendaItemAsync(Guid id, string? title, string? presenter, string? minutes, ClaimsPrincipal user, CancellationToken ct) =>
        await access.RefuseUnlessSecretariatAsync(user) ?? await SeedAgendaItemAsync(id, title, presenter, minutes, ct);

    /// <summary>Adds an agenda item with no user to check: for the demo data written at start-up, as the system.</summary>
    public async Task<Outcome> SeedAgendaItemAsync(Guid id, string? title, string? presenter, string? minutes, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.Agenda).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return Outcome.Missing;
        }

        var errors = new Dictionary<string, Message>();
        if (string.IsNullOrWhiteSpace(title))
        {
            errors["ItemTitle"] = new("Hãy nhập nội dung của mục.", "Enter the item's subject.");
        }

        if (!int.TryParse(minutes, out var duration) || duration is < 1 or > 600)
        {
            errors["ItemMinutes"] = new("Thời lượng tính bằng phút, từ 1 đến 600.", "The duration is in minutes, 1 to 600.");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        if (meeting.CheckAgendaAndInviteesOpen() is { } closed)
        {
            return closed;
        }

        // Added through the set: found only in the navigation, an entity with its key already set is taken for an
        // existing row and updated (EF Core treats a set generated key as "exists").
        db.AgendaItems.Add(new AgendaItem
        {
            Id = Guid.CreateVersion7(),
            Province = Province,
            MeetingId = id,
            Order = meeting.Agenda.Count == 0 ? 1 : meeting.Agenda.Max(a => a.Order) + 1,
            Title = title!.Trim(),
            Presenter = string.IsNullOrWhiteSpace(presenter) ? null : presenter.Trim(),
            DurationMinutes = duration,
        });
        return await Edits.SaveAsync(db, id, ct);
    }

    public async Task<Outcome> RemoveAgendaItemAsync(Guid id, Guid itemId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RefuseUnlessSecretariatAsync(user) is { } refused)
        {
            return refused;
        }

        var meeting = await db.Meetings.Include(m => m.Agenda).SingleOrDefaultAsync(m => m.Id == id, ct);
        var item = meeting?.Agenda.SingleOrDefault(a => a.Id == itemId);
        if (meeting is null || item is null)
        {
            return Outcome.Missing;
        }

        if (meeting.CheckAgendaAndInviteesOpen() is { } closed)
        {
            return closed;
        }

        meeting.Agenda.Remove(item);
        var order = 1;
        foreach (var rest in meeting.Agenda.OrderBy(a => a.Order))
        {
            rest.Order = order++;
        }

        return await Edits.SaveAsync(db, id, ct);
    }

    /// <summary>Invites someone who is not a member; only the chair, or the head where the regulation says so, decides.</summary>
    public async Task<Outcome> InviteGuestAsync(Guid id, string? name, string? organisation, ClaimsPrincipal user, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.Invitations).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return Outcome.Missing;
        }

        var decider = rules.GuestDeciderSeatKey(meeting);
        if (!user.HoldsSeat(Province, decider))
        {
            var rule = rules.Rules.Guests;
            return Outcome.Refused(rule?.DecidedBy == Decider.Head
                ? rules.Cite(rule.Article, "Chỉ Trưởng Ban quyết định việc mời đại biểu không thuộc Ban Chỉ đạo.", "Only the head decides to invite people who are not members.")
                : rule is null
                    ? new("Chỉ người chủ trì quyết định thành phần dự họp.", "Only the chair decides who attends.")
                    : rules.Cite(rule.Article, "Thành phần dự họp do người chủ trì quyết định.", "The chair decides who attends."));
        }

        var errors = new Dictionary<string, Message>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors["GuestName"] = new("Hãy nhập họ tên đại biểu.", "Enter the guest's name.");
        }

        if (string.IsNullOrWhiteSpace(organisation))
        {
            errors["GuestOrganisation"] = new("Hãy nhập chức vụ, cơ quan của đại biểu.", "Enter the guest's position and organisation.");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        if (meeting.CheckAgendaAndInviteesOpen() is { } closed)
        {
            return closed;
        }

        db.Invitations.Add(new Invitation
        {
            Id = Guid.CreateVersion7(),
            Province = Province,
            MeetingId = id,
            Name = name!.Trim(),
            Office = organisation!.Trim(),
            Order = meeting.Invitations.Count == 0 ? 0 : meeting.Invitations.Max(i => i.Order) + 1,
            InvitedBy = actor.Name,
        });
        return await Edits.SaveAsync(db, id, ct);
    }

    /// <summary>Records that the meeting took place; from its start on.</summary>
    public async Task<Outcome> MarkHeldAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RefuseUnlessSecretariatAsync(user) is { } refused)
        {
            return refused;
        }

        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return Outcome.Missing;
        }

        if (meeting.MarkHeld(clock.GetUtcNow()) is { } notHeld)
        {
            return notHeld;
        }

        await CloseInvitationsAsync(meeting, ct);
        return await Edits.SaveAsync(db, id, ct);
    }

    public async Task<Outcome> CancelAsync(Guid id, string? reason, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RefuseUnlessSecretariatAsync(user) is { } refused)
        {
            return refused;
        }

        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return Outcome.Missing;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Invalid(new Dictionary<string, Message> { ["Reason"] = new("Hãy ghi lý do hủy.", "Give the reason for cancelling.") });
        }

        if (meeting.Cancel(reason) is { } closed)
        {
            return closed;
        }

        await CloseInvitationsAsync(meeting, ct);
        return await Edits.SaveAsync(db, id, ct);
    }

    /// <summary>The standing agency's minutes of a held meeting.</summary>
    public async Task<Outcome> SaveMinutesAsync(Guid id, string? minutes, uint version, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RefuseUnlessSecretariatAsync(user) is { } refused)
        {
            return refused;
        }

        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return Outcome.Missing;
        }

        if (meeting.Version != version)
        {
            return Edits.Clash;
        }

        return meeting.WriteMinutes(minutes, actor.Name, clock.GetUtcNow()) ?? await Edits.SaveAsync(db, id, ct);
    }

    /// <summary>
    /// Fixes the invitations of a meeting being held or cancelled: each member's names the seat's holder on the
    /// meeting's day, as the pages showed it until now, and stays so whatever is appointed later. An absence the
    /// previous holder was excused from does not pass to the new holder: their register line starts unrecorded.
    /// </summary>
    internal async Task CloseInvitationsAsync(Meeting meeting, CancellationToken ct)
    {
        var holders = (await committee.SeatsOnAsync(VietnamTime.DayOf(meeting.StartsAt), ct)).ToDictionary(s => s.SeatKey, s => s.HolderName, StringComparer.Ordinal);
        var invitations = await db.Invitations.Where(i => i.MeetingId == meeting.Id && i.SeatKey != null).ToListAsync(ct);
        foreach (var invitation in invitations.Where(i => holders.ContainsKey(i.SeatKey!)))
        {
            invitation.Name = holders[invitation.SeatKey!] ?? MeetingQueries.Vacant;
        }

        var requests = await db.AbsenceRequests.AsNoTracking().Where(r => r.MeetingId == meeting.Id).ToListAsync(ct);
        MeetingQueries.ForgetExcusesOfReplacedHolders(invitations, requests);
    }

    private void Apply(Meeting meeting, MeetingForm form, MeetingForm.Read read)
    {
        meeting.Kind = read.Kind;
        meeting.Title = read.Title;
        meeting.StartsAt = read.StartsAt;
        meeting.DurationMinutes = read.Minutes;
        meeting.Mode = read.Mode;
        meeting.Location = read.Location;
        meeting.OnlineLink = read.OnlineLink;
        meeting.Delegation = rules.Province.FindSeat(read.ChairSeatKey)?.Role == SeatRole.Head ? null : read.Delegation;
        meeting.TakesOpinions = form.TakesOpinions;
        meeting.Proposal = new ProposalReport
        {
            Objectives = Blank(form.Objectives),
            Composition = Blank(form.Composition),
            Progress = Blank(form.Progress),
            Results = Blank(form.Results),
        };

        // A regular meeting belongs to the period of its day: the quarter, the half-year or the year.
        var period = PeriodOf(read.Kind);
        var day = VietnamTime.DayOf(read.StartsAt);
        var of = period is { } kind ? Period.Containing(kind, day) : (Period?)null;
        (meeting.PeriodKind, meeting.PeriodYear, meeting.PeriodNumber) = (of?.Kind, of?.Year, of?.Number);
    }

    private PeriodKind? PeriodOf(MeetingKind kind) =>
        rules.Rules.Regular.FirstOrDefault(r => r.Kind == kind)?.Period ?? kind switch
        {
            MeetingKind.Periodic => PeriodKind.Quarter,
            MeetingKind.SixMonthReview => PeriodKind.HalfYear,
            MeetingKind.AnnualReview => PeriodKind.Year,
            _ => null,
        };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
