using Platform.Core.Pages;
using Platform.Core.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Platform.Indices.Services;
using Platform.Sdk.Structure;

namespace Platform.Indices.Pages.Indices;

/// <summary>
/// Every index the province's regulation puts in an agency's care, with the agency and the article, the latest result
/// and that year's target; or, for a regulation that names none, that plainly. Everyone in the province reads it.
/// </summary>
internal sealed class IndexModel(IndexQueries queries, IndexCommands commands, CurrentProvince province) : CommandPage
{
    /// <summary>The agency whose indices to show (per agency: the indices in its care); every agency when empty.</summary>
    [BindProperty(SupportsGet = true, Name = "co-quan")] public string? Agency { get; set; }

    public IReadOnlyList<IndexSummary> Indices { get; private set; } = [];

    /// <summary>The agencies the regulation puts an index or an indicator in the care of, in the pack's order.</summary>
    public IReadOnlyList<AgencyDefinition> Owners { get; private set; } = [];

    public CurrentProvince Province => province;
    public IndexCommands Commands => commands;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await queries.OverviewAsync(ct);
        // Per agency: the indices and the indicators reported periodically in its care.
        var owning = all.Select(s => s.Index.OwnerAgencyKey).Concat(province.Required.Indicators.Select(i => i.OwnerAgencyKey)).ToHashSet(StringComparer.Ordinal);
        Owners = [.. province.Required.Agencies.Where(a => owning.Contains(a.Key))];
        if (!string.IsNullOrEmpty(Agency) && !owning.Contains(Agency))
        {
            Agency = null;
        }

        Indices = string.IsNullOrEmpty(Agency) ? all : [.. all.Where(s => s.Index.OwnerAgencyKey == Agency)];
    }
}
