using Platform.Core.Pages;
using Platform.Core.Tenancy;
using Platform.Indices.Services;

namespace Platform.Indices.Pages.Indices;

/// <summary>
/// Every index the province's regulation puts in an agency's care, with the agency and the article, the latest result
/// and that year's target; or, for a regulation that names none, that plainly. Everyone in the province reads it.
/// </summary>
internal sealed class IndexModel(IndexQueries queries, IndexCommands commands, CurrentProvince province) : CommandPage
{
    public IReadOnlyList<IndexSummary> Indices { get; private set; } = [];
    public CurrentProvince Province => province;
    public IndexCommands Commands => commands;

    public async Task OnGetAsync(CancellationToken ct) => Indices = await queries.OverviewAsync(ct);
}
