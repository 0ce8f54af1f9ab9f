using Microsoft.AspNetCore.Mvc;
using Platform.Commendations.Services;
using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Pages;
using Platform.Core.Tenancy;

namespace Platform.Commendations.Pages.Commendations;

/// <summary>The standing agency proposes a commendation, a criticism or a request for discipline, with its grounds and the agency's on-time record.</summary>
internal sealed class NewModel(CommendationCommands commands, ICommitteeDirectory committee, CurrentProvince province, TimeProvider clock) : CommandPage
{
    [BindProperty] public ProposalForm Form { get; set; } = new();

    public IReadOnlyList<AgencyEntry> Agencies { get; private set; } = [];
    public CurrentProvince Province => province;
    public CommendationCommands Commands => commands;
    public int ThisYear => VietnamTime.Today(clock).Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await commands.IsSecretariatAsync(User))
        {
            return Forbid();
        }

        Form.Kind = nameof(Model.ProposalKind.Commendation);
        Form.Nominee = nameof(Model.Nominee.Agency);
        Form.EvidenceYear = (ThisYear - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Agencies = await committee.AgenciesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await commands.ProposeAsync(Form, User, ct);
        if (outcome.Succeeded)
        {
            return After("Đã lập đề nghị; chờ Trưởng Ban quyết định.", $"khen-thuong/{outcome.Id}");
        }

        Agencies = await committee.AgenciesAsync(ct);
        return Refusal(outcome) ?? Page();
    }
}
