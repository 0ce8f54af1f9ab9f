using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Dates;
using Platform.Core.Reporting;
using Platform.Core.Tenancy;
using Platform.Reporting.Services;

namespace Platform.Reporting.Pages.Reports;

/// <summary>The deadlines of the next three months, by those who owe them (an agency's calendar), with what is already in.</summary>
internal sealed class CalendarModel(ReportBook book, CurrentProvince province, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ObligationStatus> Upcoming { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public CurrentProvince Province => province;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = VietnamTime.Today(clock);
        var periods = DeadlineChain.Periods(province.Required.Reporting, Today, Today.AddMonths(3)).Where(p => p.End >= Today).ToList();
        Upcoming = [.. (await book.PeriodsAsync(periods, Today, ct))
            .Where(o => o.Obligation.Due >= Today && o.Obligation.Due <= Today.AddMonths(3))
            .OrderBy(o => o.Obligation.Due).ThenBy(o => o.Obligation.Stage.Order)];
    }
}
