using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Tenancy;
using Platform.Tasks.Model;
using Platform.Tasks.Services;

namespace Platform.Tasks.Pages.Tasks;

/// <summary>The annual work plans, by year; the standing agency starts a year's draft.</summary>
internal sealed class PlansModel(TaskQueries queries, PlanCommands commands, CurrentProvince province, TimeProvider clock, IAuthorizationService authorization, ICommitteeDirectory committee)
    : TasksPage(authorization, committee)
{
    public IReadOnlyList<(int Year, PlanStatus Status, int Items)> Plans { get; private set; } = [];
    public int NextYear { get; private set; }
    public CurrentProvince Province => province;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await PrepareAsync(ct);
        Plans = await queries.PlansAsync(ct);
        var today = VietnamTime.Today(clock);
        NextYear = Plans.Any(p => p.Year == today.Year) ? today.Year + 1 : today.Year;
    }

    public async Task<IActionResult> OnPostAsync(int year, CancellationToken ct)
    {
        await PrepareAsync(ct);
        if (!IsSecretariat)
        {
            return Forbid();
        }

        var outcome = await commands.StartAsync(year, ct);
        return outcome.Succeeded ? After("Đã lập dự thảo kế hoạch.", $"tasks/plans/{year}") : Refusal(outcome) ?? Page();
    }
}
