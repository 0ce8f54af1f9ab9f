using System.Security.Claims;
using Platform.Core.Home;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Tenancy;

namespace Platform.Consultations.Services;

/// <summary>The consultations awaiting the signed-in member's opinion, soonest deadline first.</summary>
internal sealed record ConsultationsPanel(IReadOnlyList<(ConsultationRow Row, string SeatKey)> Awaiting, DateOnly Today)
{
    /// <summary>Days left to the deadline: the reminder the panel shows (negative once it has passed).</summary>
    public int DaysLeft(ConsultationRow row) => row.Deadline.DayNumber - Today.DayNumber;
}

/// <summary>
/// "What awaits my opinion": open consultations asking a seat the user holds (or, for an agency's focal point, a seat of
/// the agency) that has not answered, each with the days left to its deadline (one statement).
/// </summary>
internal sealed class ConsultationsHomePanel(ConsultationQueries queries, CurrentProvince province, TimeProvider clock) : IHomePanel, IModuleService
{
    public int Order => 15;

    public string PartialView => "/Pages/Consultations/_HomePanel.cshtml";

    public async Task<object?> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var seats = user.SeatsIn(province.Required.Code.Value);
        var agencies = user.AgenciesIn(province.Required.Code.Value);
        if (seats.Count == 0 && agencies.Count == 0)
        {
            return null;
        }

        var awaiting = await queries.AwaitingAsync(seats, cancellationToken, agencies);
        return awaiting.Count == 0 ? null : new ConsultationsPanel(awaiting, Core.Dates.VietnamTime.Today(clock));
    }
}
