using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Audit.Persistence;
using Platform.Core.Modules;
using Platform.Core.Persistence;

namespace Platform.Audit.Trail;

/// <summary>
/// Walks chains in order and checks each link: the sequence goes on without a gap, the entry names the previous
/// entry's MAC, its own MAC is what its fields give under the key, no unkeyed entry follows a keyed one, and the
/// chain still holds every head the checkpoint file recorded. Reports each chain's first broken link.
/// </summary>
internal sealed class AuditVerifier(
    AuditDbContext db, [FromKeyedServices(Database.Owner)] NpgsqlDataSource owner, AuditKey key, CheckpointFile checkpoints)
    : IModuleService
{
    /// <summary>
    /// Every chain, read as the database's owner: row-level security shows the application's role only its own
    /// province's entries.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct)
    {
        await using var connection = await owner.OpenConnectionAsync(ct);
        var application = db.Database.GetDbConnection();
        db.Database.SetDbConnection(connection);
        try
        {
            var entries = db.Entries.IgnoreQueryFilters().AsNoTracking().OrderBy(e => e.Province).ThenBy(e => e.Sequence).AsAsyncEnumerable();
            return new AuditVerification(await WalkAsync(entries, checkpoints.Read(), ct), checkpoints.Path);
        }
        finally
        {
            db.Database.SetDbConnection(application);
        }
    }

    /// <summary>The scope's province's chain, as the application reads it: one statement, whatever its length.</summary>
    public async Task<ChainReport> VerifyChainAsync(string province, CancellationToken ct)
    {
        var entries = db.Entries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable();
        var chains = await WalkAsync(entries, checkpoints.Read(province), ct);
        return chains.SingleOrDefault(c => c.Chain == province) ?? new ChainReport(province, 0, 0, null, null);
    }

    private async Task<List<ChainReport>> WalkAsync(IAsyncEnumerable<AuditEntry> entries, IReadOnlyList<Checkpoint> recorded, CancellationToken ct)
    {
        var byChain = recorded.GroupBy(c => c.Chain, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var chains = new List<ChainReport>();
        ChainWalk? walk = null;
        await foreach (var entry in entries.WithCancellation(ct))
        {
            if (walk is null || walk.Province != entry.Province)
            {
                if (walk is not null)
                {
                    chains.Add(walk.Report());
                }

                walk = new ChainWalk(entry.Province, key.Bytes, byChain.GetValueOrDefault(AuditEntry.ChainOf(entry.Province)) ?? []);
            }

            walk.Check(entry);
        }

        if (walk is not null)
        {
            chains.Add(walk.Report());
        }

        // A chain the checkpoints know but the database no longer holds at all was removed whole.
        foreach (var (chain, lost) in byChain.Where(c => chains.All(r => r.Chain != c.Key)))
        {
            chains.Add(new ChainWalk(chain == AuditEntry.NationalChain ? null : chain, key.Bytes, lost).Report());
        }

        return chains;
    }

    private sealed class ChainWalk(string? province, byte[] key, List<Checkpoint> recorded)
    {
        private readonly ILookup<long, Checkpoint> _recorded = recorded.ToLookup(c => c.Sequence);
        private long _count;
        private long _sequence;
        private string? _hash;
        private bool _keyed;
        private ChainBreak? _break;

        public string? Province => province;

        public void Check(AuditEntry entry)
        {
            _count++;
            if (_break is not null)
            {
                return;
            }

            if (entry.Sequence != _sequence + 1)
            {
                _break = new ChainBreak(entry.Id, entry.Sequence, BreakKind.Gap, Number(_sequence + 1), Number(entry.Sequence));
            }
            else if (entry.PreviousHash != _hash)
            {
                _break = new ChainBreak(entry.Id, entry.Sequence, BreakKind.Link, _hash ?? "null", entry.PreviousHash ?? "null");
            }
            else if (_keyed && !EntryHash.IsKeyed(entry.Hash))
            {
                // Once a chain is keyed every later entry must be: a plain SHA-256 is what anyone without the key can make.
                _break = new ChainBreak(entry.Id, entry.Sequence, BreakKind.Unkeyed, EntryHash.KeyedPrefix, entry.Hash);
            }
            else if (EntryHash.Expected(entry, key) is var hash && hash != entry.Hash)
            {
                _break = new ChainBreak(entry.Id, entry.Sequence, BreakKind.Hash, hash, entry.Hash);
            }
            else if (_recorded[entry.Sequence].FirstOrDefault(c => c.Hash != entry.Hash) is { } differs)
            {
                _break = new ChainBreak(entry.Id, entry.Sequence, BreakKind.Rebuilt, differs.Hash, entry.Hash, differs.At);
            }

            _keyed |= EntryHash.IsKeyed(entry.Hash);
            (_sequence, _hash) = (entry.Sequence, entry.Hash);
        }

        public ChainReport Report()
        {
            if (_break is null && recorded.Count > 0 && recorded.MaxBy(c => c.Sequence) is { } last && last.Sequence > _sequence)
            {
                _break = new ChainBreak(0, _sequence + 1, BreakKind.Truncated, Number(last.Sequence), Number(_sequence), last.At);
            }

            return new(AuditEntry.ChainOf(province), _count, _sequence, _hash, _break);
        }

        private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
