using System.Security.Claims;
using Platform.Core.Home;
using Platform.Core.Modules;

namespace Platform.Inspections.Services;

/// <summary>The home page's inspection panel: missions in progress or late.</summary>
internal sealed record InspectionsPanel(IReadOnlyList<MissionDue> Missions);

/// <summary>
/// Shows every reader of the province the missions in effect whose period has started and that have no closing notice
/// yet, late ones marked (one statement); nothing when there are none.
/// </summary>
internal sealed class InspectionsHomePanel(InspectionQueries queries) : IHomePanel, IModuleService
{
    public int Order => 27;

    public string PartialView => "/Pages/Inspections/_HomePanel.cshtml";

    public async Task<object?> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var missions = await queries.OpenAsync(cancellationToken);
        return missions.Count == 0 ? null : new InspectionsPanel(missions);
    }
}
