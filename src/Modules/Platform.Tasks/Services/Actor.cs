using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Commands;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Sdk.Structure;

namespace Platform.Tasks.Services;

/// <summary>
/// Who the signed-in user is on the committee today: their seats, the agencies of those seats, whether they lead, and
/// whether they are the standing agency's staff (<see cref="Secretariat"/>, read through the secretariat policy).
/// </summary>
internal sealed record CommitteeActor(IReadOnlyList<SeatHolder> Seats, IReadOnlyList<string>? StaffOf = null, bool Secretariat = false)
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

/// <summary>
/// Reads the signed-in user's seats against the committee as it stands today (two statements), and the one place the
/// tasks module's commands ask whether a user acts for the standing agency.
/// </summary>
internal sealed class CommitteeActors(ICommitteeDirectory committee, CurrentProvince province, IAuthorizationService authorization, TimeProvider clock) : IModuleService
{
    /// <summary>The refusal of a step only the standing agency takes (closing, reopening, cancelling, the annual plan's items).</summary>
    public static readonly Message StandingAgencyOnly = new("Chỉ Cơ quan thường trực thực hiện việc này.", "Only the standing agency does this.");

    /// <summary>Whether <paramref name="user"/> is the standing agency's staff in the current province.</summary>
    public async Task<bool> IsSecretariatAsync(ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, Policies.Secretariat)).Succeeded;

    /// <summary>Null when <paramref name="user"/> is the standing agency's staff; otherwise the refusal.</summary>
    public async Task<Outcome?> RefuseUnlessSecretariatAsync(ClaimsPrincipal user) =>
        await IsSecretariatAsync(user) ? null : Outcome.Refused(StandingAgencyOnly);

    public async Task<CommitteeActor> OfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var mine = user.SeatsIn(province.Required.Code.Value);
        var staffOf = user.AgenciesIn(province.Required.Code.Value);
        var secretariat = await IsSecretariatAsync(user);
        if (mine.Count == 0)
        {
            return new CommitteeActor([], staffOf, secretariat);
        }

        var seats = await committee.SeatsOnAsync(VietnamTime.Today(clock), ct);
        return new CommitteeActor([.. seats.Where(s => mine.Contains(s.SeatKey))], staffOf, secretariat);
    }
}
