using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Dates;
using Platform.Core.Reporting;
using Platform.Core.Security;
using Platform.Core.Tenancy;
using Platform.Reporting.Services;
using Platform.Sdk;

namespace Platform.Reporting.Pages.Reports;

/// <summary>
/// A period's status board: rows are those who owe reports, columns the chain's stages, cells on time, late, missing
/// or not yet due. Obligations come from the pack's chain; two statements whatever the number of members.
/// </summary>
internal sealed class IndexModel(ReportBook book, CurrentProvince province, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ky")] public string? Code { get; set; }

    public Period Period { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<ObligationStatus> Obligations { get; private set; } = [];
    public IReadOnlyList<Period> Choices { get; private set; } = [];
    public CurrentProvince Province => province;
    public IReadOnlyDictionary<string, string> Offices => book.Offices;
    public bool IsSecretariat { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = VietnamTime.Today(clock);
        var rules = province.Required.Reporting;
        Choices = [.. DeadlineChain.Periods(rules, Today.AddYears(-1), Today.AddMonths(3)).Reverse()];
        if (Code is not null && !Period.TryParse(Code, out _))
        {
            return NotFound();
        }

        Period = Period.TryParse(Code, out var chosen)
            ? chosen
            : Choices.Where(p => p.Kind == PeriodKind.Quarter && p.Start <= Today).DefaultIfEmpty(Period.Containing(PeriodKind.Quarter, Today)).First();
        Obligations = await book.PeriodAsync(Period, Today, ct);
        IsSecretariat = (await authorization.AuthorizeAsync(User, Policies.Secretariat)).Succeeded;
        return Page();
    }
}
