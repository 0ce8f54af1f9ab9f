using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Modules;
using Platform.Proposals.Model;
using Platform.Proposals.Persistence;

namespace Platform.Proposals.Services;

/// <summary>What the register is filtered by.</summary>
internal sealed record RegisterFilter(ProposalState? State, ProposalKind? Kind, string? Portfolio, int? Year, string? Filer);

/// <summary>A proposal in the register.</summary>
internal sealed record ProposalRow(
    Guid Id, int Year, int Number, ProposalKind Kind, string Subject, string? PortfolioKey, string FilerName, string FilerKey, DateOnly FiledOn, DateOnly? Due,
    ProposalState State, string? ForwardedTo, string? MeetingTitle, DateTimeOffset? AnsweredAt)
{
    public string Reference => $"{Number}/{Year}";

    public int Age(DateOnly today) => today.DayNumber - FiledOn.DayNumber;

    public bool Overdue(DateOnly today) => State != ProposalState.Answered && Due is { } due && today > due;
}

/// <summary>A page of the register and how many rows the filter holds in all.</summary>
internal sealed record RegisterPage(IReadOnlyList<ProposalRow> Rows, int Total);

/// <summary>One proposal with its history and its files' names.</summary>
internal sealed record ProposalView(Proposal Proposal, IReadOnlyList<ProposalEvent> History, IReadOnlyList<ProposalFile> Files);

/// <summary>Reads the register in a fixed number of statements, whatever the number of proposals.</summary>
internal sealed class ProposalQueries(ProposalsDbContext db) : IModuleService
{
    public const int PageSize = 50;

    /// <summary>The largest export; the register of a province holds far fewer in a year.</summary>
    public const int ExportLimit = 5000;

    /// <summary>One page of the filtered register the viewer may read, newest first; two statements.</summary>
    public async Task<RegisterPage> PageAsync(RegisterFilter filter, Viewer viewer, int page, CancellationToken ct)
    {
        var query = Filtered(filter, viewer);
        var total = await query.CountAsync(ct);
        var rows = await Rows(query).Skip(Math.Max(page - 1, 0) * PageSize).Take(PageSize).ToListAsync(ct);
        return new(rows, total);
    }

    /// <summary>The filtered register the viewer may read, newest first, for the CSV; one statement.</summary>
    public async Task<IReadOnlyList<ProposalRow>> AllAsync(RegisterFilter filter, Viewer viewer, CancellationToken ct) =>
        await Rows(Filtered(filter, viewer)).Take(ExportLimit).ToListAsync(ct);

    /// <summary>The years and the filers of the register the viewer may read, for the filters; one statement each.</summary>
    public async Task<(IReadOnlyList<int> Years, IReadOnlyList<(string Key, string Name)> Filers)> ChoicesAsync(Viewer viewer, CancellationToken ct)
    {
        var visible = db.Proposals.AsNoTracking().Where(Visible(viewer));
        var years = await visible.Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var filers = await visible.GroupBy(p => p.FilerKey).Select(g => new { g.Key, Name = g.Max(p => p.FilerName)! }).OrderBy(f => f.Name).ToListAsync(ct);
        return (years, [.. filers.Select(f => (f.Key, f.Name))]);
    }

    /// <summary>One proposal the viewer may read, its history and files; null otherwise. Three statements.</summary>
    public async Task<ProposalView?> ViewAsync(Guid id, Viewer viewer, CancellationToken ct)
    {
        var proposal = await db.Proposals.AsNoTracking().Where(Visible(viewer)).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null)
        {
            return null;
        }

        var history = await db.Events.AsNoTracking().Where(e => e.ProposalId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var files = await db.Files.AsNoTracking().Where(f => f.ProposalId == id).OrderBy(f => f.UploadedAt).ThenBy(f => f.FileName).ToListAsync(ct);
        return new(proposal, history, files);
    }

    /// <summary>A file of a proposal the viewer may read, with its bytes, or null.</summary>
    public async Task<(ProposalFile File, byte[] Bytes)?> FileAsync(Guid proposalId, Guid fileId, Viewer viewer, CancellationToken ct)
    {
        var found = await db.Files.AsNoTracking().Where(f => f.Id == fileId && f.ProposalId == proposalId)
            .Where(f => db.Proposals.Where(Visible(viewer)).Any(p => p.Id == f.ProposalId))
            .Join(db.FileContents, f => f.Id, c => c.Id, (f, c) => new { File = f, c.Bytes })
            .SingleOrDefaultAsync(ct);
        return found is null ? null : (found.File, found.Bytes);
    }

    /// <summary>
    /// What waits for the viewer — the standing agency: proposals filed; an agency's focal point: those forwarded to it;
    /// the decider: those put to the leaders — and, for the standing agency, every overdue one; one statement.
    /// </summary>
    public async Task<IReadOnlyList<ProposalRow>> WaitingForAsync(Viewer viewer, DateOnly today, int take, CancellationToken ct)
    {
        var agencies = viewer.Agencies.ToList();
        var secretariat = viewer.IsSecretariat;
        var decider = viewer.DeciderSeat is not null;
        return await Rows(db.Proposals.AsNoTracking()
                .Where(p => (secretariat && (p.State == ProposalState.Filed || (p.State != ProposalState.Answered && p.Due != null && p.Due < today)))
                    || (p.State == ProposalState.Forwarded && p.ForwardedTo != null && agencies.Contains(p.ForwardedTo))
                    || (decider && p.State == ProposalState.WithLeaders)))
            .Take(take).ToListAsync(ct);
    }

    /// <summary>The filtered register, as the viewer may read it.</summary>
    private IQueryable<Proposal> Filtered(RegisterFilter filter, Viewer viewer)
    {
        var query = db.Proposals.AsNoTracking().Where(Visible(viewer));
        if (filter.State is { } state)
        {
            query = query.Where(p => p.State == state);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }

        if (!string.IsNullOrEmpty(filter.Portfolio))
        {
            query = query.Where(p => p.PortfolioKey == filter.Portfolio);
        }

        if (filter.Year is { } year)
        {
            query = query.Where(p => p.Year == year);
        }

        if (!string.IsNullOrEmpty(filter.Filer))
        {
            query = query.Where(p => p.FilerKey == filter.Filer);
        }

        return query;
    }

    /// <summary>
    /// Who reads what: the standing agency and the leaders everything; others what they filed (for their seats, bodies
    /// and agencies) and what was forwarded to their agencies.
    /// </summary>
    public static Expression<Func<Proposal, bool>> Visible(Viewer viewer)
    {
        if (viewer.SeesAll)
        {
            return p => true;
        }

        var seats = viewer.Seats.ToList();
        var agencies = viewer.Agencies.ToList();
        var bodies = viewer.Bodies.ToList();
        return p => (p.FilerKind == FilerKind.Seat && seats.Contains(p.FilerKey))
            || (p.FilerKind == FilerKind.Agency && agencies.Contains(p.FilerKey))
            || (p.FilerKind == FilerKind.Body && bodies.Contains(p.FilerKey))
            || (p.ForwardedTo != null && agencies.Contains(p.ForwardedTo));
    }

    private static IQueryable<ProposalRow> Rows(IQueryable<Proposal> query) =>
        query.OrderByDescending(p => p.Year).ThenByDescending(p => p.Number)
            .Select(p => new ProposalRow(p.Id, p.Year, p.Number, p.Kind, p.Subject, p.PortfolioKey, p.FilerName, p.FilerKey, p.FiledOn, p.Due, p.State, p.ForwardedTo, p.MeetingTitle, p.AnsweredAt));
}
