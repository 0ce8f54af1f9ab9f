using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Dates;
using Platform.Core.Reporting;
using Platform.Core.Tenancy;
using Platform.Reporting.Services;
using Platform.Sdk.Reporting;

namespace Platform.Reporting.Pages.Reports;

/// <summary>Each submitter's record over the last year of periods: on time, late, missing.</summary>
internal sealed class PunctualityModel(ReportBook book, CurrentProvince province, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(Submitter Submitter, int OnTime, int Late, int Missing)> Rows { get; private set; } = [];
    public CurrentProvince Province => province;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var periods = DeadlineChain.Periods(province.Required.Reporting, today.AddYears(-1), today).Where(p => p.Start >= today.AddYears(-1).AddDays(1 - today.Day)).ToList();
        var all = await book.PeriodsAsync(periods, today, ct);
        Rows = [.. all.GroupBy(o => o.Obligation.Submitter)
            .Select(g => (g.Key, g.Count(o => o.State == ObligationState.OnTime), g.Count(o => o.State == ObligationState.Late), g.Count(o => o.State == ObligationState.Missing)))
            .OrderByDescending(r => r.Item4 + r.Item3).ThenBy(r => r.Key.Key)];
    }
}
