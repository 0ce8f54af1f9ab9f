using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Platform.Core.Dates;
using Platform.Core.Home;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Meetings.Rules;

namespace Platform.Meetings.Services;

/// <summary>What the meetings module puts on the province home page for the signed-in user.</summary>
internal sealed record MeetingsPanel(
    IReadOnlyList<PendingRequest> Requests,
    IReadOnlyList<MeetingRow> Proposed,
    IReadOnlyList<MeetingRow> NoticesToApprove,
    IReadOnlyList<MyInvitation> Invitations,
    IReadOnlyList<MyNotice> UnreadNotices,
    IReadOnlyList<RegularMeetingStatus> Regular,
    bool IsSecretariat);

/// <summary>
/// The approver's pending absence requests, the head's proposals, the chair's notices to approve, the member's next
/// invitations and unread notices, and for the standing agency the regular meetings due or overdue.
/// </summary>
internal sealed class MeetingsHomePanel(
    MeetingQueries queries, MeetingRulebook rules, IWorkingCalendar calendar, IAuthorizationService authorization, TimeProvider clock)
    : IHomePanel, IModuleService
{
    public int Order => 10;

    public string PartialView => "/Pages/Meetings/_HomePanel.cshtml";

    public async Task<object?> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var province = rules.Province.Code.Value;
        var seats = user.SeatsIn(province);
        var today = VietnamTime.Today(clock);
        var secretariat = (await authorization.AuthorizeAsync(user, Policies.Secretariat)).Succeeded;

        var requests = seats.Count == 0 ? [] : await queries.PendingForAsync(seats, cancellationToken);
        var proposed = user.HoldsSeat(province, rules.HeadSeatKey) ? await queries.ProposedAsync(cancellationToken) : [];
        var notices = seats.Count == 0 ? [] : await queries.NoticesToApproveAsync(seats, cancellationToken);
        var invitations = seats.Count == 0 ? [] : (await queries.InvitationsOfAsync(seats, today, cancellationToken)).Take(3).ToList();
        var unread = seats.Count == 0 ? [] : (await queries.NoticesOfAsync(seats, 20, cancellationToken)).Where(n => n.ReadAt is null).ToList();
        var regular = secretariat
            ? rules.Regular(await queries.RegularAsync(cancellationToken), rules.FollowedSince(today), today, calendar)
                .Where(r => r.State is RegularState.Due or RegularState.Overdue).ToList()
            : [];

        return new MeetingsPanel(requests, proposed, notices, invitations, unread, regular, secretariat);
    }
}
