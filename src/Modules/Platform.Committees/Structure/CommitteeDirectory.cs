using Microsoft.EntityFrameworkCore;
using Platform.Committees.Contracts;
using Platform.Committees.Persistence;
using Platform.Core.Modules;

namespace Platform.Committees.Structure;

/// <summary>The committee as other modules see it; projections only, bound to the current province by the filters.</summary>
internal sealed class CommitteeDirectory(CommitteesDbContext db) : ICommitteeDirectory, IModuleService
{
    public async Task<IReadOnlyList<SeatHolder>> SeatsOnAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var seats = await db.Seats.AsNoTracking()
            .Where(s => (s.ValidFrom == null || s.ValidFrom <= day) && (s.ValidUntil == null || day <= s.ValidUntil))
            .OrderBy(s => s.Role).ThenBy(s => s.Order).ThenBy(s => s.Office)
            .Select(s => new { s.Id, s.Key, s.Role, s.Office, s.Article, AgencyKey = s.Agency!.Key, AgencyName = s.Agency.Name })
            .ToListAsync(cancellationToken);
        var holders = (await db.Appointments.AsNoTracking()
                .Where(a => a.From <= day && (a.Until == null || day <= a.Until))
                .OrderBy(a => a.From)
                .Select(a => new { a.SeatId, a.Person!.FullName })
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.SeatId)
            .ToDictionary(g => g.Key, g => g.Last().FullName);
        return [.. seats.Select(s => new SeatHolder(s.Key, s.Role, s.Office, s.Article, s.AgencyKey, s.AgencyName, holders.GetValueOrDefault(s.Id)))];
    }

    public async Task<IReadOnlyList<RosterSeat>> SeatsBetweenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await db.Seats.AsNoTracking()
            .Where(s => (s.ValidFrom == null || s.ValidFrom <= to) && (s.ValidUntil == null || from <= s.ValidUntil))
            .OrderBy(s => s.Role).ThenBy(s => s.Order).ThenBy(s => s.Key)
            .Select(s => new RosterSeat(s.Key, s.Role, s.Office, s.Origin == SeatOrigin.Decision, s.PartOf, s.ValidFrom, s.ValidUntil))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<AgencyEntry>> AgenciesAsync(CancellationToken cancellationToken) =>
        await db.Agencies.AsNoTracking().OrderBy(a => a.Kind).ThenBy(a => a.Name)
            .Select(a => new AgencyEntry(a.Key, a.Name, a.ShortName))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<BodyEntry>> BodiesAsync(CancellationToken cancellationToken) =>
        await db.Bodies.AsNoTracking().OrderBy(b => b.Order).ThenBy(b => b.Name)
            .Select(b => new BodyEntry(b.Key, b.Kind, b.Name, b.MemberSeatKeys))
            .ToListAsync(cancellationToken);
}
