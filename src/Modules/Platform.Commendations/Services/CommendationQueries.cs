using Microsoft.EntityFrameworkCore;
using Platform.Commendations.Model;
using Platform.Commendations.Persistence;
using Platform.Core.Modules;

namespace Platform.Commendations.Services;

/// <summary>Reading proposals: the register by year and state, one proposal, the years that have any. One statement each.</summary>
internal sealed class CommendationQueries(CommendationsDbContext db) : IModuleService
{
    public async Task<IReadOnlyList<CommendationProposal>> ListAsync(int? year, ProposalState? state, CancellationToken ct)
    {
        var query = db.Proposals.AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(p => p.Year == y);
        }

        if (state is { } s)
        {
            query = query.Where(p => p.State == s);
        }

        return await query.OrderByDescending(p => p.Year).ThenByDescending(p => p.Number).Take(500).ToListAsync(ct);
    }

    public Task<CommendationProposal?> FindAsync(Guid id, CancellationToken ct) =>
        db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct) =>
        await db.Proposals.AsNoTracking().Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);

    public async Task<int> AwaitingAsync(CancellationToken ct) =>
        await db.Proposals.AsNoTracking().CountAsync(p => p.State == ProposalState.Proposed, ct);
}
