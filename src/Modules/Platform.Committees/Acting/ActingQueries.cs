using Microsoft.EntityFrameworkCore;
using Platform.Committees.Persistence;
using Platform.Core.Modules;
using Platform.Sdk.Structure;

namespace Platform.Committees.Acting;

/// <summary>An acting span as the page lists it.</summary>
internal sealed record ActingSpanRow(
    string ActingSeatKey, string ActingOffice, DateOnly From, DateOnly Until,
    string? DocumentNumber, DateOnly? DocumentDate, string? DocumentSigner, string RecordedBy, string? OnBehalfOf);

/// <summary>A deputy's seat that may be named to act.</summary>
internal sealed record DeputySeat(string Key, string Office);

/// <summary>The head's acting spans, newest first, and the deputies who may act (two statements at any size).</summary>
internal sealed class ActingQueries(CommitteesDbContext db) : IModuleService
{
    /// <summary>How many spans the page lists.</summary>
    public const int Shown = 50;

    public async Task<IReadOnlyList<ActingSpanRow>> SpansAsync(CancellationToken ct) =>
        await db.ActingSpans.AsNoTracking()
            .OrderByDescending(a => a.From).Take(Shown)
            .Select(a => new ActingSpanRow(
                a.ActingSeatKey,
                db.Seats.Where(s => s.Key == a.ActingSeatKey).Select(s => s.Office).FirstOrDefault() ?? a.ActingSeatKey,
                a.From, a.Until, a.Document.Number, a.Document.Date, a.Document.Signer, a.RecordedBy, a.OnBehalfOf))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<DeputySeat>> DeputiesAsync(CancellationToken ct) =>
        await db.Seats.AsNoTracking()
            .Where(s => s.Role == SeatRole.StandingDeputy || s.Role == SeatRole.Deputy)
            .OrderBy(s => s.Role).ThenBy(s => s.Order)
            .Select(s => new DeputySeat(s.Key, s.Office))
            .ToListAsync(ct);
}
