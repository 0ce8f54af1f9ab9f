using Mapster;
using Microsoft.EntityFrameworkCore;
using Platform.Committees.Persistence;
using Platform.Core.Modules;

namespace Platform.Committees.Structure;

/// <summary>
/// What the committee pages read. Each method issues a fixed number of statements whatever the size of the
/// committee: rows are projected (only the columns shown) and joined in memory, never loaded one by one.
/// </summary>
internal sealed class CommitteeQueries(CommitteesDbContext db) : IModuleService
{
    public async Task<CommitteeRow?> CommitteeAsync(CancellationToken ct) =>
        await db.Committees.AsNoTracking().ProjectToType<CommitteeRow>(ReadModelMapping.Config).SingleOrDefaultAsync(ct);

    /// <summary>
    /// The committee as it stood on <paramref name="day"/>: three statements, a fourth when the page also draws the
    /// bodies (the members page does not).
    /// </summary>
    public async Task<CommitteeOnDay?> OnDayAsync(DateOnly day, CancellationToken ct, bool withBodies = true)
    {
        var committee = await CommitteeAsync(ct);
        if (committee is null)
        {
            return null;
        }

        var seats = await db.Seats.AsNoTracking()
            .Where(s => (s.ValidFrom == null || s.ValidFrom <= day) && (s.ValidUntil == null || day <= s.ValidUntil))
            .OrderBy(s => s.Role).ThenBy(s => s.Order).ThenBy(s => s.Office)
            .ProjectToType<SeatRow>(ReadModelMapping.Config)
            .ToListAsync(ct);

        var holders = (await db.Appointments.AsNoTracking()
                .Where(a => a.From <= day && (a.Until == null || day <= a.Until))
                .ProjectToType<HolderRow>(ReadModelMapping.Config)
                .ToListAsync(ct))
            .ToDictionary(h => h.SeatId);

        seats.ForEach(s => DutyRow.InRegulationOrder(s.Duties));
        var bodies = withBodies ? await BodiesAsync(ct) : [];
        return new CommitteeOnDay(
            day, committee, [.. seats.Select(s => new SeatOnDay(s, holders.GetValueOrDefault(s.Id)))], bodies);
    }

    public async Task<IReadOnlyList<BodyRow>> BodiesAsync(CancellationToken ct)
    {
        var bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.Kind).ThenBy(b => b.Order).ProjectToType<BodyRow>(ReadModelMapping.Config).ToListAsync(ct);
        bodies.ForEach(b => DutyRow.InRegulationOrder(b.Duties));
        return bodies;
    }

    /// <summary>Every agency of the province, the pack's and those added by decision, by kind and name: one statement.</summary>
    public async Task<IReadOnlyList<AgencyRow>> AgenciesAsync(CancellationToken ct) =>
        await db.Agencies.AsNoTracking().OrderBy(a => a.Kind).ThenBy(a => a.Name).ProjectToType<AgencyRow>(ReadModelMapping.Config).ToListAsync(ct);

    /// <summary>A seat and every appointment to it, newest first; null when the seat does not exist in this province.</summary>
    public async Task<SeatHistory?> SeatAsync(string key, CancellationToken ct)
    {
        var seat = await db.Seats.AsNoTracking().Where(s => s.Key == key).ProjectToType<SeatRow>(ReadModelMapping.Config).SingleOrDefaultAsync(ct);
        if (seat is null)
        {
            return null;
        }

        DutyRow.InRegulationOrder(seat.Duties);
        var appointments = await db.Appointments.AsNoTracking()
            .Where(a => a.SeatId == seat.Id)
            .OrderByDescending(a => a.From)
            .ProjectToType<HolderRow>(ReadModelMapping.Config)
            .ToListAsync(ct);
        return new SeatHistory(seat, appointments);
    }
}
