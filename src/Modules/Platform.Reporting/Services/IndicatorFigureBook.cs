using Microsoft.EntityFrameworkCore;
using Platform.Core.Dates;
using Platform.Core.Modules;
using Platform.Reporting.Contracts;
using Platform.Reporting.Model;
using Platform.Reporting.Persistence;

namespace Platform.Reporting.Services;

/// <summary>The indicators' figures reports carry (Sdk 1.6): those of some versions, and the series of the submitted ones.</summary>
internal sealed class IndicatorFigureBook(ReportingDbContext db) : IModuleService
{
    /// <summary>The figures of these versions, by version. One statement.</summary>
    public async Task<ILookup<Guid, IndicatorFigure>> OfAsync(IEnumerable<Guid> submissions, CancellationToken ct)
    {
        var ids = submissions.Distinct().ToList();
        var figures = ids.Count == 0 ? [] : await db.IndicatorFigures.AsNoTracking().Where(f => ids.Contains(f.SubmissionId)).ToListAsync(ct);
        return figures.ToLookup(f => f.SubmissionId);
    }

    /// <summary>
    /// The figures the current submitted versions give for these indicators, oldest period first. One statement: a
    /// replaced version's figures are not the record any more, and a draft's are not yet.
    /// </summary>
    public async Task<IReadOnlyList<ReportedFigure>> SeriesAsync(IReadOnlyCollection<string> indicatorKeys, CancellationToken ct)
    {
        if (indicatorKeys.Count == 0)
        {
            return [];
        }

        var keys = indicatorKeys.Distinct().ToList();
        var rows = await db.IndicatorFigures.AsNoTracking()
            .Where(f => keys.Contains(f.IndicatorKey))
            .Join(db.Submissions.AsNoTracking().Where(s => s.Status == SubmissionStatus.Submitted), f => f.SubmissionId, s => s.Id,
                (f, s) => new { f.IndicatorKey, f.Value, s.PeriodKind, s.Year, s.Number, s.StageKey, s.SubmitterKind, s.SubmitterKey, s.SubmittedOn, s.Edition })
            .ToListAsync(ct);
        return
        [
            .. rows.Select(r => new ReportedFigure(r.IndicatorKey, new Period(r.PeriodKind, r.Year, r.Number), r.Value, r.StageKey, r.SubmitterKind, r.SubmitterKey, r.SubmittedOn!.Value, r.Edition))
                .OrderBy(f => f.Period).ThenBy(f => f.IndicatorKey, StringComparer.Ordinal).ThenBy(f => f.SubmitterKey, StringComparer.Ordinal),
        ];
    }
}
