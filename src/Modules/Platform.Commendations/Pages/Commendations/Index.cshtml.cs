using Microsoft.AspNetCore.Mvc;
using Platform.Commendations.Model;
using Platform.Commendations.Services;
using Platform.Core.Pages;
using Platform.Core.Tenancy;

namespace Platform.Commendations.Pages.Commendations;

/// <summary>The register of commendation, criticism and discipline proposals, by year and state; read by the standing agency and the leaders.</summary>
internal sealed class IndexModel(CommendationQueries queries, CommendationCommands commands, CurrentProvince province) : CommandPage
{
    [BindProperty(SupportsGet = true, Name = "nam")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "tinh-trang")] public ProposalState? State { get; set; }

    public IReadOnlyList<CommendationProposal> Rows { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public bool MayPropose { get; private set; }
    public CurrentProvince Province => province;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await commands.MayReadAsync(User))
        {
            return Forbid();
        }

        MayPropose = await commands.IsSecretariatAsync(User);
        Rows = await queries.ListAsync(Year, State, ct);
        Years = await queries.YearsAsync(ct);
        return Page();
    }
}
