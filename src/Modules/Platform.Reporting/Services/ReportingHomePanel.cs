using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Platform.Core.Dates;
using Platform.Core.Home;
using Platform.Core.Modules;
using Platform.Core.Reporting;
using Platform.Core.Tenancy;

namespace Platform.Reporting.Services;

/// <summary>The reporting module's part of the home page.</summary>
internal sealed record ReportingPanel(IReadOnlyList<ObligationStatus> Mine, int Missing);

/// <summary>
/// Reminders: the user's reports due within the reminder days (the secretariat's, else the pack's), or already late and
/// missing, and for everyone how many reports of the current periods are missing. Two statements.
/// </summary>
internal sealed class ReportingHomePanel(ReportBook book, ReportCommands commands, ReminderSettings reminders, CurrentProvince province, TimeProvider clock) : IHomePanel, IModuleService
{
    public int Order => 30;

    public string PartialView => "/Pages/Reports/_HomePanel.cshtml";

    public async Task<object?> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var rules = province.Required.Reporting;
        if (!rules.Stated)
        {
            return null;
        }

        var today = VietnamTime.Today(clock);
        var days = (await reminders.CurrentAsync(cancellationToken)).Days;
        var periods = DeadlineChain.Periods(rules, today.AddMonths(-3), today.AddMonths(1)).ToList();
        var all = await book.PeriodsAsync(periods, today, cancellationToken);
        var soon = all.Where(o => o.State is ObligationState.Pending or ObligationState.Missing && o.Obligation.Due <= today.AddDays(days)).ToList();
        // Who may write is asked once per submitter, not once per period they owe a report for.
        var writes = new HashSet<Sdk.Reporting.Submitter>();
        foreach (var submitter in soon.Select(o => o.Obligation.Submitter).Distinct())
        {
            if (await commands.MayWriteAsync(user, submitter))
            {
                writes.Add(submitter);
            }
        }

        var mine = soon.Where(o => writes.Contains(o.Obligation.Submitter)).ToList();

        return new ReportingPanel([.. mine.OrderBy(o => o.Obligation.Due).Take(10)], all.Count(o => o.State == ObligationState.Missing && o.Obligation.Period.End >= today.AddMonths(-3)));
    }
}
