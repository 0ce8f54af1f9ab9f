using Microsoft.AspNetCore.Mvc;
using Platform.Committees.Contracts;
using Platform.Core.Commands;
using Platform.Core.Dates;
using Platform.Core.Pages;
using Platform.Core.Tenancy;
using Platform.Inspections.Services;

namespace Platform.Inspections.Pages.Inspections;

/// <summary>
/// The year's inspection and supervision plan with its missions, planned and ad hoc, and each mission's state; the
/// standing agency drafts the plan and the issuer the pack names issues it.
/// </summary>
internal sealed class IndexModel(InspectionQueries queries, InspectionCommands commands, ICommitteeDirectory committee, CurrentProvince province, TimeProvider clock) : CommandPage
{
    [BindProperty(SupportsGet = true, Name = "nam")] public int? Year { get; set; }
    [BindProperty] public string? PlanContent { get; set; }
    [BindProperty] public string? DocumentNumber { get; set; }
    [BindProperty] public string? DocumentDate { get; set; }

    public PlanView View { get; private set; } = null!;
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<AgencyEntry> Agencies { get; private set; } = [];
    public bool IsSecretariat { get; private set; }
    public bool IsIssuer { get; private set; }
    public bool IsDecider { get; private set; }
    public CurrentProvince Province => province;

    public int TheYear => Year ?? VietnamTime.Today(clock).Year;

    public string AgencyName(string key) => Agencies.FirstOrDefault(a => a.Key == key) is { } a ? a.ShortName ?? a.Name : key;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostDraftAsync(uint? version, CancellationToken ct) =>
        RunAsync(() => commands.SavePlanAsync(TheYear, PlanContent, version, User, ct), "Đã lưu dự thảo kế hoạch kiểm tra, giám sát.", ct);

    public Task<IActionResult> OnPostIssueAsync(uint version, CancellationToken ct) =>
        RunAsync(() => commands.IssuePlanAsync(TheYear, DocumentNumber, DocumentDate, version, User, ct), "Đã ban hành kế hoạch kiểm tra, giám sát; các đoàn trong kế hoạch có hiệu lực.", ct);

    private async Task<IActionResult> RunAsync(Func<Task<Outcome>> command, string done, CancellationToken ct)
    {
        var outcome = await command();
        if (outcome.Succeeded)
        {
            return After(done, $"kiem-tra?nam={TheYear}");
        }

        var refused = Refusal(outcome);
        if (refused is not null)
        {
            return refused;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        View = await queries.PlanAsync(TheYear, ct);
        Years = await queries.YearsAsync(ct);
        Agencies = await committee.AgenciesAsync(ct);
        IsSecretariat = await commands.IsSecretariatAsync(User);
        IsIssuer = await commands.IssuerSeatAsync(User, ct) is not null;
        IsDecider = await commands.DeciderSeatAsync(User, ct) is not null;
    }
}
