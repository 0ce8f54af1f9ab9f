using System.Security.Claims;
using Platform.Core.Home;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Tenancy;

namespace Platform.Consultations.Services;

/// <summary>The consultations awaiting the signed-in member's opinion, soonest deadline first.</summary>
internal sealed record ConsultationsPanel(IReadOnlyList<(ConsultationRow Row, string SeatKey)> Awaiting);

/// <summary>"What awaits my opinion": open consultations asking a seat the user holds that has not answered (one statement).</summary>
internal sealed class ConsultationsHomePanel(ConsultationQueries queries, CurrentProvince province) : IHomePanel, IModuleService
{
    public int Order => 15;

    public string PartialView => "/Pages/Consultations/_HomePanel.cshtml";

    public async Task<object?> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var seats = user.SeatsIn(province.Required.Code.Value);
        if (seats.Count == 0)
        {
            return null;
        }

        var awaiting = await queries.AwaitingAsync(seats, cancellationToken);
        return awaiting.Count == 0 ? null : new ConsultationsPanel(awaiting);
    }
}
