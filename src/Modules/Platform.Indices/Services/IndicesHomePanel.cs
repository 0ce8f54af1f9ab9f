using System.Security.Claims;
using Platform.Core.Home;
using Platform.Core.Modules;

namespace Platform.Indices.Services;

/// <summary>The home page's index panel: the latest result of each declared index against its year's target.</summary>
internal sealed record IndicesPanel(IReadOnlyList<IndexSummary> Indices);

/// <summary>
/// Shows every reader of the province the latest result of each index the regulation names, with that year's target and
/// whether it was met (two statements); nothing for a regulation that names no index or before any result is entered.
/// </summary>
internal sealed class IndicesHomePanel(IndexQueries queries) : IHomePanel, IModuleService
{
    public int Order => 25;

    public string PartialView => "/Pages/Indices/_HomePanel.cshtml";

    public async Task<object?> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var indices = await queries.OverviewAsync(cancellationToken);
        return indices.Any(i => i.Latest is not null) ? new IndicesPanel([.. indices.Where(i => i.Latest is not null)]) : null;
    }
}
