using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Committees.Contracts;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Meetings.Model;
using Platform.Meetings.Rules;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>What the meeting's pages read to show a meeting: its detail, the agencies' names, the briefing rule, the clock.</summary>
internal sealed class MeetingPageServices(
    MeetingQueries queries, BriefingDesk briefings, MeetingRulebook rules, ICommitteeDirectory committee, TimeProvider clock, IAuthorizationService authorization,
    MeetingAccess access)
    : IModuleService
{
    public MeetingAccess Access => access;
    public MeetingQueries Queries => queries;
    public BriefingDesk Briefings => briefings;
    public MeetingRulebook Rules => rules;
    public ICommitteeDirectory Committee => committee;
    public TimeProvider Clock => clock;
    public IAuthorizationService Authorization => authorization;
}

/// <summary>What a meeting's concern page is about; the overview (<see cref="MeetingModel"/>) has none.</summary>
internal enum MeetingConcern
{
    Overview,
    Status,
    Agenda,
    Documents,
    Briefings,
    Invitees,
    Minutes,
}

/// <summary>
/// What the meeting's pages share: the overview (<see cref="MeetingModel"/>) and the page of each concern — its status
/// (the head's decision, held, cancelled), agenda, documents, briefings for the head, invitees, minutes. Each shows the
/// meeting and runs its own forms; the command a form calls decides who may act, and a refusal shows the page again
/// with its message and what was typed.
/// </summary>
internal abstract class MeetingSectionPage(MeetingPageServices services) : MeetingsPage(services.Authorization)
{
    public MeetingDetail Detail { get; private set; } = null!;
    public MeetingRulebook Rules => services.Rules;
    public IReadOnlyDictionary<string, string> Agencies { get; private set; } = new Dictionary<string, string>();
    public DateTimeOffset Now { get; private set; }

    /// <summary>The rule asking members for material for the head's speech, when it applies to this meeting.</summary>
    public Sdk.Meetings.BriefingRule? Briefing { get; private set; }
    public IReadOnlyList<BriefingRow> Briefings { get; private set; } = [];
    public bool ReadsAllBriefings { get; private set; }

    /// <summary>Whether the user reads restricted documents (the standing agency and the leaders).</summary>
    public bool SeesRestricted { get; private set; }

    /// <summary>The meeting's documents this user may see listed: restricted ones only for those who read them.</summary>
    public IEnumerable<MeetingDocument> Documents =>
        Detail.Documents.Where(d => d.Classification != DocumentClassification.Restricted || SeesRestricted);

    /// <summary>Which concern this page runs the forms of.</summary>
    public abstract MeetingConcern Concern { get; }

    public Meeting Meeting => Detail.Meeting;

    /// <summary>Held or cancelled: its agenda, invitees and briefings are closed.</summary>
    public bool Closed => Meeting.Status is MeetingStatus.Held or MeetingStatus.Cancelled;
    public bool IsHead => User.HoldsSeat(ProvinceCode, Rules.HeadSeatKey);
    public bool IsChair => User.HoldsSeat(ProvinceCode, Meeting.ChairSeatKey);
    public bool MayInviteGuests => User.HoldsSeat(ProvinceCode, Rules.GuestDeciderSeatKey(Meeting));
    public IEnumerable<Invitation> MyInvitations => Meeting.Invitations.Where(i => i.SeatKey is not null && MySeats.Contains(i.SeatKey));

    /// <summary>Whether this page offers the standing agency's forms of <paramref name="concern"/> (the command still decides).</summary>
    public bool Manages(MeetingConcern concern) => Concern == concern && IsSecretariat;

    public string Day(DateTimeOffset moment) => VietnamTime.Format(moment);

    /// <summary>
    /// Runs a command, which decides who may act: on success, the notice and a redirect to <paramref name="after"/>
    /// (a path of the province); otherwise the page again with the command's messages and status.
    /// </summary>
    protected async Task<IActionResult> RunAsync(Guid id, Func<Task<Outcome>> command, string done, string after, CancellationToken ct)
    {
        var outcome = await command();
        if (outcome.Succeeded)
        {
            return After(done, after);
        }

        return Refusal(outcome) ?? await ShowAsync(id, ct) ?? Page();
    }

    /// <summary>Reads the meeting for the page; 404 when it is not one of the province's.</summary>
    protected async Task<IActionResult?> ShowAsync(Guid id, CancellationToken ct)
    {
        await CheckSecretariatAsync();
        var detail = await services.Queries.DetailAsync(id, ct);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        SeesRestricted = await services.Access.SeesRestrictedAsync(User);
        Now = services.Clock.GetUtcNow();
        Agencies = (await services.Committee.AgenciesAsync(ct)).ToDictionary(a => a.Key, a => a.ShortName ?? a.Name);
        Briefing = services.Briefings.RuleFor(detail.Meeting);
        if (Briefing is not null && Concern is MeetingConcern.Overview or MeetingConcern.Briefings)
        {
            ReadsAllBriefings = await services.Briefings.ReadsAllAsync(User);
            Briefings = await services.Briefings.ListAsync(id, User, ct);
        }

        Shown(detail);
        return null;
    }

    /// <summary>After the meeting is read: a page fills its form from it.</summary>
    protected virtual void Shown(MeetingDetail detail)
    {
    }
}
