using Microsoft.EntityFrameworkCore;
using Platform.Committees.Contracts;
using Platform.Core.Dates;
using Platform.Core.Modules;
using Platform.Core.Reporting;
using Platform.Core.Tenancy;
using Platform.Reporting.Model;
using Platform.Reporting.Persistence;
using Platform.Sdk;
using Platform.Sdk.Reporting;

namespace Platform.Reporting.Services;

/// <summary>An obligation with what was submitted for it and where it stands.</summary>
/// <param name="Obligation">Who owes what, by when.</param>
/// <param name="FirstSubmittedOn">The day the first version was submitted: lateness is judged on it; a later version replaces the text, not the date.</param>
/// <param name="Latest">The latest submitted version, if any.</param>
/// <param name="HasDraft">A draft is being written.</param>
/// <param name="State">On time, late, missing or pending, today.</param>
internal sealed record ObligationStatus(Obligation Obligation, DateOnly? FirstSubmittedOn, SubmissionRow? Latest, bool HasDraft, ObligationState State);

/// <summary>A submission without its text, for boards and lists.</summary>
internal sealed record SubmissionRow(Guid Id, string StageKey, SubmitterKind SubmitterKind, string SubmitterKey, int Edition, SubmissionStatus Status, DateOnly? SubmittedOn, DateTimeOffset? SubmittedAt, string? SubmittedBy);

/// <summary>
/// What the reporting pages read: a period's obligations from the pack's chain for the seats of the roster in that
/// period (computed, never stored) joined with the submissions of that period — one statement for the submissions and
/// one for the roster (<see cref="ICommitteeDirectory.SeatsBetweenAsync"/>), whatever the number of members.
/// </summary>
internal sealed class ReportBook(ReportingDbContext db, CurrentProvince province, IWorkingCalendar calendar, ICommitteeDirectory committee) : IModuleService
{
    public ReportingRules Rules => province.Required.Reporting;

    /// <summary>The obligation a link names ("ky", "buoc", "ai"), from the pack's chain and the roster; null when there is none.</summary>
    public async Task<Obligation?> FindAsync(string? periodCode, string? stage, string? submitter, CancellationToken ct) =>
        Period.TryParse(periodCode, out var period)
            ? (await ObligationsAsync(period, ct)).FirstOrDefault(o => o.Stage.Key == stage && o.Submitter.Key == submitter)
            : null;

    /// <summary>Who owes what for <paramref name="period"/>: the pack's chain applied to the seats that existed in it.</summary>
    public async Task<IReadOnlyList<Obligation>> ObligationsAsync(Period period, CancellationToken ct) =>
        RosterObligations.For(province.Required, period, calendar, await RosterAsync(period.Start, period.End, ct));

    /// <summary>The offices of the roster's seats read so far in this request, for seats the pack does not name (added or split).</summary>
    public IReadOnlyDictionary<string, string> Offices => _offices;

    private readonly Dictionary<string, string> _offices = new(StringComparer.Ordinal);

    private async Task<IReadOnlyList<RosterSeat>> RosterAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var roster = await committee.SeatsBetweenAsync(from, to, ct);
        foreach (var seat in roster)
        {
            _offices[seat.SeatKey] = seat.Office;
        }

        return roster;
    }

    /// <summary>Where an obligation stands today given its versions: judged on the day its first version was submitted.</summary>
    public static ObligationState StateOf(Obligation obligation, IEnumerable<Submission> versions, DateOnly today) =>
        DeadlineChain.StateOf(obligation, versions.Where(v => v.Status != SubmissionStatus.Draft).Min(v => v.SubmittedOn), today);

    public async Task<IReadOnlyList<ObligationStatus>> PeriodAsync(Period period, DateOnly today, CancellationToken ct)
    {
        var rows = await Rows(period).ToListAsync(ct);
        return Join(await ObligationsAsync(period, ct), rows, today);
    }

    /// <summary>The obligations of several periods at once (two periods or a year of them), in one statement.</summary>
    public async Task<IReadOnlyList<ObligationStatus>> PeriodsAsync(IReadOnlyList<Period> periods, DateOnly today, CancellationToken ct)
    {
        if (periods.Count == 0)
        {
            return [];
        }

        var from = periods.Min(p => p.Year);
        var rows = await db.Submissions.AsNoTracking().Where(s => s.Year >= from)
            .Select(s => new { s.PeriodKind, s.Year, s.Number, Row = new SubmissionRow(s.Id, s.StageKey, s.SubmitterKind, s.SubmitterKey, s.Edition, s.Status, s.SubmittedOn, s.SubmittedAt, s.SubmittedBy) })
            .ToListAsync(ct);
        var roster = await RosterAsync(periods.Min(p => p.Start), periods.Max(p => p.End), ct);
        return [.. periods.SelectMany(p => Join(
            RosterObligations.For(province.Required, p, calendar, roster),
            [.. rows.Where(r => r.PeriodKind == p.Kind && r.Year == p.Year && r.Number == p.Number).Select(r => r.Row)],
            today))];
    }

    /// <summary>Every version of one obligation's report, newest first, with their text.</summary>
    public async Task<IReadOnlyList<Submission>> VersionsAsync(Period period, string stage, string submitter, CancellationToken ct) =>
        await db.Submissions.AsNoTracking()
            .Where(s => s.PeriodKind == period.Kind && s.Year == period.Year && s.Number == period.Number && s.StageKey == stage && s.SubmitterKey == submitter)
            .OrderByDescending(s => s.Edition)
            .ToListAsync(ct);

    /// <summary>
    /// The latest submitted reports of the stage <paramref name="compiling"/> gathers that were sent to
    /// <paramref name="recipient"/>, with their text: one statement.
    /// </summary>
    public async Task<IReadOnlyList<Submission>> SourcesAsync(Period period, ReportStage compiling, string recipient, CancellationToken ct)
    {
        if (compiling.Compiles is not { } key || Rules.Find(key) is not { } compiled || !compiled.Recipients.Contains(recipient))
        {
            return [];
        }

        return await db.Submissions.AsNoTracking()
            .Where(s => s.PeriodKind == period.Kind && s.Year == period.Year && s.Number == period.Number && s.StageKey == key && s.Status == SubmissionStatus.Submitted)
            .OrderBy(s => s.SubmitterKey)
            .ToListAsync(ct);
    }

    /// <summary>The files attached to these versions, without their bytes: one statement.</summary>
    public async Task<ILookup<Guid, ReportFile>> FilesAsync(IEnumerable<Guid> submissions, CancellationToken ct)
    {
        var ids = submissions.Distinct().ToList();
        var files = ids.Count == 0 ? [] : await db.Files.AsNoTracking().Where(f => ids.Contains(f.SubmissionId)).OrderBy(f => f.AddedAt).ThenBy(f => f.FileName).ToListAsync(ct);
        return files.ToLookup(f => f.SubmissionId);
    }

    /// <summary>An attached file with the version it belongs to and its bytes, or null when this province has no such file.</summary>
    public async Task<(ReportFile File, Submission Version, byte[] Bytes)?> FileAsync(Guid id, CancellationToken ct)
    {
        var found = await db.Files.AsNoTracking().Where(f => f.Id == id)
            .Join(db.Submissions.AsNoTracking(), f => f.SubmissionId, s => s.Id, (f, s) => new { File = f, Version = s })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var bytes = await db.FileContents.AsNoTracking().Where(c => c.Id == found.File.ContentId).Select(c => c.Bytes).SingleAsync(ct);
        return (found.File, found.Version, bytes);
    }

    private IQueryable<SubmissionRow> Rows(Period period) =>
        db.Submissions.AsNoTracking()
            .Where(s => s.PeriodKind == period.Kind && s.Year == period.Year && s.Number == period.Number)
            .Select(s => new SubmissionRow(s.Id, s.StageKey, s.SubmitterKind, s.SubmitterKey, s.Edition, s.Status, s.SubmittedOn, s.SubmittedAt, s.SubmittedBy));

    private static List<ObligationStatus> Join(IReadOnlyList<Obligation> obligations, IReadOnlyList<SubmissionRow> rows, DateOnly today)
    {
        var byObligation = rows.ToLookup(r => (r.StageKey, r.SubmitterKey));
        return [.. obligations.Select(o =>
        {
            var mine = byObligation[(o.Stage.Key, o.Submitter.Key)].ToList();
            var submitted = mine.Where(r => r.Status != SubmissionStatus.Draft).ToList();
            var first = submitted.Min(r => r.SubmittedOn);
            var latest = submitted.MaxBy(r => r.Edition);
            return new ObligationStatus(o, first, latest, mine.Any(r => r.Status == SubmissionStatus.Draft), DeadlineChain.StateOf(o, first, today));
        })];
    }
}
