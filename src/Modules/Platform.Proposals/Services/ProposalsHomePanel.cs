using System.Security.Claims;
using Platform.Core.Dates;
using Platform.Core.Home;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Tenancy;

namespace Platform.Proposals.Services;

/// <summary>What waits for the signed-in user in the register, and what is overdue, as of <paramref name="Today"/>.</summary>
internal sealed record ProposalsPanel(IReadOnlyList<ProposalRow> Waiting, DateOnly Today, bool IsSecretariat);

/// <summary>
/// "Proposals waiting for me": for the standing agency, those filed and those past the response time the pack states;
/// for an agency's focal point, those forwarded to it; for the decider, those put to the leaders. One statement.
/// </summary>
internal sealed class ProposalsHomePanel(ProposalQueries queries, ProposalAccess access, CurrentProvince province, TimeProvider clock) : IHomePanel, IModuleService
{
    public const int Shown = 10;

    public int Order => 25;

    public string PartialView => "/Pages/Proposals/_HomePanel.cshtml";

    public async Task<object?> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // A member who holds no seat that may decide, and acts for no agency, has nothing waiting here: no statement at all.
        var definition = province.Required;
        var code = definition.Code.Value;
        if (!await access.IsSecretariatAsync(user) && user.AgenciesIn(code).Count == 0
            && !user.SeatsIn(code).Any(s => definition.FindSeat(s) is not { } seat || access.Decides(seat.Role)))
        {
            return null;
        }

        var viewer = await access.ViewerAsync(user, cancellationToken);
        if (!viewer.IsSecretariat && viewer.Agencies.Count == 0 && viewer.DeciderSeat is null)
        {
            return null;
        }

        var today = VietnamTime.Today(clock);
        var waiting = await queries.WaitingForAsync(viewer, today, Shown, cancellationToken);
        return waiting.Count == 0 ? null : new ProposalsPanel(waiting, today, viewer.IsSecretariat);
    }
}
