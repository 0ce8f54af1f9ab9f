using Microsoft.AspNetCore.Authorization;
using Platform.Core.Dates;
using Platform.Meetings.Services;

namespace Platform.Meetings.Pages.Meetings;

/// <summary>The signed-in member's invitations (from a month back) and the conclusion notices issued to their seats.</summary>
internal sealed class MineModel(MeetingQueries queries, TimeProvider clock, IAuthorizationService authorization) : MeetingsPage(authorization)
{
    public IReadOnlyList<MyInvitation> Invitations { get; private set; } = [];
    public IReadOnlyList<MyNotice> Notices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var seats = MySeats;
        if (seats.Count == 0)
        {
            return;
        }

        Invitations = await queries.InvitationsOfAsync(seats, VietnamTime.Today(clock).AddMonths(-1), ct);
        Notices = await queries.NoticesOfAsync(seats, 50, ct);
    }
}
