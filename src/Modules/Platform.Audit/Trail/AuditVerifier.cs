using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Audit.Persistence;
using Platform.Core.Modules;

namespace Platform.Audit.Trail;

/// <summary>
/// Walks every chain in order and checks each link: the sequence goes on without a gap, the entry names the previous
/// entry's hash, and its own hash is what its fields give. Reports each chain's first broken link.
/// </summary>
internal sealed class AuditVerifier(AuditDbContext db) : IModuleService
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct)
    {
        var chains = new List<ChainReport>();
        ChainWalk? walk = null;
        // Every province's chain, not the scope's: a query filter would hide the others.
        var entries = db.Entries.IgnoreQueryFilters().AsNoTracking().OrderBy(e => e.Province).ThenBy(e => e.Sequence).AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(ct))
        {
            if (walk is null || walk.Province != entry.Province)
            {
                if (walk is not null)
                {
                    chains.Add(walk.Report());
                }

                walk = new ChainWalk(entry.Province);
            }

            walk.Check(entry);
        }

        if (walk is not null)
        {
            chains.Add(walk.Report());
        }

        return new AuditVerification(chains);
    }

    private sealed class ChainWalk(string? province)
    {
        private long _count;
        private long _sequence;
        private string? _hash;
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
                _break = new ChainBreak(entry.Id, entry.Sequence, BreakKind.Gap, (_sequence + 1).ToString(CultureInfo.InvariantCulture), entry.Sequence.ToString(CultureInfo.InvariantCulture));
            }
            else if (entry.PreviousHash != _hash)
            {
                _break = new ChainBreak(entry.Id, entry.Sequence, BreakKind.Link, _hash ?? "null", entry.PreviousHash ?? "null");
            }
            else if (EntryHash.Compute(entry) is var hash && hash != entry.Hash)
            {
                _break = new ChainBreak(entry.Id, entry.Sequence, BreakKind.Hash, hash, entry.Hash);
            }

            (_sequence, _hash) = (entry.Sequence, entry.Hash);
        }

        public ChainReport Report() => new(AuditEntry.ChainOf(province), _count, _sequence, _hash, _break);
    }
}
