using System.Security.Claims;
using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;

namespace Platform.Tasks.Services;

/// <summary>Who the signed-in user is on the committee today: their seats, the agencies of those seats, whether they lead.</summary>
internal sealed record CommitteeActor(IReadOnlyList<SeatHolder> Seats, IReadOnlyList<string>? StaffOf = null)
{
    /// <summary>
    /// The agencies the user acts for: those of their seats and those they are a focal point of. An agency reports on
    /// the tasks it leads and comments on those it co-operates in (Sơn La, Art. 12; Đắk Lắk, Art. 13); deciding stays with seats.
    /// </summary>
    public IReadOnlySet<string> Agencies { get; } =
        Seats.Select(s => s.AgencyKey).OfType<string>().Concat(StaffOf ?? []).ToHashSet(StringComparer.Ordinal);

    /// <summary>The user's leading seat (head first, then standing deputy, then deputy), if any.</summary>
    public SeatHolder? LeaderSeat => Seats.Where(s => s.Role != SeatRole.Member).OrderBy(s => s.Role).FirstOrDefault();

    public bool Holds(string seatKey) => Seats.Any(s => s.SeatKey == seatKey);
}

/// <summary>Reads the signed-in user's seats against the committee as it stands today (two statements).</summary>
internal sealed class CommitteeActors(ICommitteeDirectory committee, CurrentProvince province, TimeProvider clock) : IModuleService
{
    public async Task<CommitteeActor> OfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var mine = user.SeatsIn(province.Required.Code.Value);
        var staffOf = user.AgenciesIn(province.Required.Code.Value);
        if (mine.Count == 0)
        {
            return new CommitteeActor([], staffOf);
        }

        var seats = await committee.SeatsOnAsync(VietnamTime.Today(clock), ct);
        return new CommitteeActor([.. seats.Where(s => mine.Contains(s.SeatKey))], staffOf);
    }
}
