using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Security;
using Platform.Meetings.Model;
using Platform.Meetings.Rules;
using Platform.Meetings.Services;
using Platform.Sdk.Meetings;
using Platform.Sdk.Structure;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>
/// Schedules a meeting or edits one not yet held. The standing agency keeps the calendar for the head, who convenes
/// and chairs or delegates chairing to a deputy (e.g. Đắk Lắk, Art. 4.3; Sơn La, Art. 5.3).
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
internal sealed class EditModel(
    MeetingCommands commands, MeetingQueries queries, MeetingRulebook rules, ICommitteeDirectory committee, TimeProvider clock, IAuthorizationService authorization)
    : MeetingsPage(authorization)
{
    [BindProperty]
    public MeetingForm Form { get; set; } = new();

    public Guid? Id { get; private set; }
    public MeetingRulebook Rules => rules;
    public IReadOnlyList<SeatHolder> Chairs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is { } existing)
        {
            var detail = await queries.DetailAsync(existing, ct);
            if (detail is null)
            {
                return NotFound();
            }

            Form = FormOf(detail.Meeting);
        }
        else
        {
            var day = VietnamTime.Today(clock).AddDays(14);
            Form = new MeetingForm
            {
                Kind = nameof(MeetingKind.Periodic),
                Date = VietnamTime.Format(day),
                Time = "14:00",
                Duration = "180",
                Mode = nameof(MeetingMode.InPerson),
                ChairSeatKey = rules.HeadSeatKey,
            };
        }

        Id = id;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        var outcome = id is { } existing ? await commands.UpdateAsync(existing, Form, ct) : await commands.ScheduleAsync(Form, ct);
        if (outcome.Succeeded)
        {
            return After(id is null ? "Đã lên lịch cuộc họp." : "Đã lưu thay đổi.", $"meetings/{outcome.Id}");
        }

        var refused = Refusal(outcome);
        if (refused is not null)
        {
            return refused;
        }

        if (outcome.Conflict && id is { } clashed && await queries.DetailAsync(clashed, ct) is { } current)
        {
            Form.Version = current.Meeting.Version; // show the conflict; what was typed stays to be re-sent on purpose
        }

        Id = id;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var day = VietnamTime.TryParse(Form.Date, out var d) ? d : VietnamTime.Today(clock);
        var delegable = rules.Rules.Chair.DelegableTo;
        Chairs = [.. (await committee.SeatsOnAsync(day, ct)).Where(s => s.Role == SeatRole.Head || delegable.Contains(s.Role))];
    }

    private static MeetingForm FormOf(Meeting m)
    {
        var local = TimeZoneInfo.ConvertTime(m.StartsAt, VietnamTime.Zone);
        return new MeetingForm
        {
            Kind = m.Kind.ToString(),
            Title = m.Title,
            Date = VietnamTime.Format(DateOnly.FromDateTime(local.DateTime)),
            Time = local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            Duration = m.DurationMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Mode = m.Mode.ToString(),
            Location = m.Location,
            OnlineLink = m.OnlineLink,
            ChairSeatKey = m.ChairSeatKey,
            Delegation = m.Delegation,
            TakesOpinions = m.TakesOpinions,
            Objectives = m.Proposal.Objectives,
            Composition = m.Proposal.Composition,
            Progress = m.Proposal.Progress,
            Results = m.Proposal.Results,
            Version = m.Version,
        };
    }
}
