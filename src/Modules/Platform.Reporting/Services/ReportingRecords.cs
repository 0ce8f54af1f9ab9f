using Platform.Core.Modules;
using Platform.Core.Reporting;
using Platform.Core.Tenancy;
using Platform.Reporting.Contracts;
using Platform.Sdk.Reporting;

namespace Platform.Reporting.Services;

/// <summary>An agency's punctuality over a year for other modules, judged as <see cref="Pages.Reports.PunctualityModel"/> judges it.</summary>
internal sealed class ReportingRecords(ReportBook book, IndicatorFigureBook figures, CurrentProvince province) : IReportingRecords, IModuleService
{
    public async Task<AgencyPunctuality> PunctualityAsync(string agencyKey, int year, DateOnly today, CancellationToken cancellationToken)
    {
        var definition = province.Required;
        var periods = DeadlineChain.Periods(definition.Reporting, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)).Where(p => p.Year == year).ToList();
        var owed = (await book.PeriodsAsync(periods, today, cancellationToken))
            .Where(o => o.Obligation.Submitter.Kind switch
            {
                SubmitterKind.Seat => definition.FindSeat(o.Obligation.Submitter.Key)?.AgencyKey == agencyKey,
                _ => definition.Bodies.FirstOrDefault(b => b.Key == o.Obligation.Submitter.Key)?.LeadAgencyKey == agencyKey,
            })
            .ToList();
        return new AgencyPunctuality(agencyKey, year,
            owed.Count(o => o.State == ObligationState.OnTime),
            owed.Count(o => o.State == ObligationState.Late),
            owed.Count(o => o.State == ObligationState.Missing),
            owed.Count(o => o.State == ObligationState.Pending));
    }

    public Task<IReadOnlyList<ReportedFigure>> IndicatorFiguresAsync(IReadOnlyCollection<string> indicatorKeys, CancellationToken cancellationToken) =>
        figures.SeriesAsync(indicatorKeys, cancellationToken);
}
