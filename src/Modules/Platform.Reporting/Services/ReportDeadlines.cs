using Platform.Core.Dates;
using Platform.Core.Modules;
using Platform.Core.Notifications;
using Platform.Core.Reporting;
using Platform.Core.Tenancy;
using Platform.Reporting.Pages;
using Platform.Sdk.Reporting;

namespace Platform.Reporting.Services;

/// <summary>
/// Reports owed and not yet submitted, for the daily reminders, from the reminder days the secretariat set (else the
/// pack's). A member seat's report is its agency's (Sơn La, Art. 12; Đắk Lắk, Art. 13): the holder and the agency's focal
/// point are reminded; a body's report goes to its lead agency's focal points. The same statements as the home panel.
/// </summary>
internal sealed class ReportDeadlines(ReportBook book, ReminderSettings reminders, CurrentProvince province, TimeProvider clock) : IDeadlineSource, IModuleService
{
    public string Kind => "report";

    public async Task<int> DaysAheadAsync(CancellationToken cancellationToken) => (await reminders.CurrentAsync(cancellationToken)).Days;

    public async Task<IReadOnlyList<Deadline>> OpenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var definition = province.Required;
        if (!definition.Reporting.Stated)
        {
            return [];
        }

        var periods = DeadlineChain.Periods(definition.Reporting, from.AddMonths(-3), to.AddMonths(1)).ToList();
        var owed = (await book.PeriodsAsync(periods, VietnamTime.Today(clock), cancellationToken))
            .Where(o => o.State is ObligationState.Pending or ObligationState.Missing && o.Obligation.Due >= from && o.Obligation.Due <= to)
            .OrderBy(o => o.Obligation.Due);
        var code = definition.Code.Value;
        return [.. owed.Select(o =>
        {
            var (submitter, stage, period) = (o.Obligation.Submitter, o.Obligation.Stage, o.Obligation.Period);
            var agency = submitter.Kind == SubmitterKind.Seat
                ? definition.FindSeat(submitter.Key)?.AgencyKey
                : definition.Bodies.FirstOrDefault(b => b.Key == submitter.Key)?.LeadAgencyKey;
            return new Deadline
            {
                Key = $"report:{period.Code}:{stage.Key}:{submitter.Key}",
                Due = o.Obligation.Due,
                What = $"{stage.Name}, {ReportLabels.Periods(o.Obligation)} — {ReportLabels.Name(definition, submitter)}",
                Link = $"/{code}/reports/write?ky={Uri.EscapeDataString(period.Code)}&buoc={Uri.EscapeDataString(stage.Key)}&ai={Uri.EscapeDataString(submitter.Key)}",
                Seats = submitter.Kind == SubmitterKind.Seat ? [submitter.Key] : [],
                Agencies = agency is null ? [] : [agency],
            };
        })];
    }
}
