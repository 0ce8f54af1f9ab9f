using Microsoft.EntityFrameworkCore;
using Platform.Committees.Persistence;
using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Committees.Structure;

/// <summary>
/// Brings the stored structure in line with the pack: the regulation (through the pack) is the authority for the
/// committee, agencies, bodies and the seats it creates; appointments are the secretariat's data and are never touched.
/// Runs at start for each province; idempotent.
/// </summary>
internal sealed class StructureSynchroniser(CommitteesDbContext db)
{
    public async Task SynchroniseAsync(ProvinceDefinition province, CancellationToken ct)
    {
        var code = province.Code.Value;
        await SyncCommitteeAsync(code, province.Committee, ct);
        var agencies = await SyncAgenciesAsync(code, province.Agencies, ct);
        await SyncBodiesAsync(code, province, agencies, ct);
        await SyncSeatsAsync(code, province, agencies, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task SyncCommitteeAsync(string code, CommitteeDefinition definition, CancellationToken ct)
    {
        var committee = await db.Committees.SingleOrDefaultAsync(ct);
        if (committee is null)
        {
            committee = new Committee
            {
                Id = Guid.CreateVersion7(),
                Province = code,
                FullName = "",
                ShortName = "",
                Founding = new DecisionRecord(),
                Regulation = new DecisionRecord(),
            };
            db.Committees.Add(committee);
        }

        committee.FullName = definition.FullName;
        committee.ShortName = definition.ShortName;
        committee.Founding = Record(definition.Founding);
        committee.Regulation = Record(definition.Regulation);
        committee.Replaces = definition.Replaces is null ? null : Record(definition.Replaces);
    }

    private async Task<Dictionary<string, Agency>> SyncAgenciesAsync(
        string code, IReadOnlyList<AgencyDefinition> definitions, CancellationToken ct)
    {
        var stored = await db.Agencies.ToDictionaryAsync(a => a.Key, StringComparer.Ordinal, ct);
        foreach (var definition in definitions)
        {
            if (!stored.TryGetValue(definition.Key, out var agency))
            {
                agency = new Agency { Id = Guid.CreateVersion7(), Province = code, Key = definition.Key, Name = definition.Name };
                db.Agencies.Add(agency);
                stored.Add(definition.Key, agency);
            }

            agency.Name = definition.Name;
            agency.ShortName = definition.ShortName;
            agency.Kind = definition.Kind;
        }

        return stored;
    }

    private async Task SyncBodiesAsync(string code, ProvinceDefinition province, Dictionary<string, Agency> agencies, CancellationToken ct)
    {
        var stored = await db.Bodies.ToDictionaryAsync(b => b.Key, StringComparer.Ordinal, ct);
        foreach (var definition in province.Bodies)
        {
            if (!stored.TryGetValue(definition.Key, out var body))
            {
                body = new Body { Id = Guid.CreateVersion7(), Province = code, Key = definition.Key, Name = "", Article = "" };
                db.Bodies.Add(body);
            }

            body.Kind = definition.Kind;
            body.Name = definition.Name;
            body.Article = definition.Article.ToString();
            body.LeadAgencyId = AgencyId(agencies, definition.LeadAgencyKey);
            body.IsGeneral = definition.IsGeneral;
            body.Portfolio = definition.PortfolioKey;
            body.SealAgencyId = AgencyId(agencies, definition.Seal?.AgencyKey);
            body.SealArticle = definition.Seal?.Article.ToString();
            if (!body.MemberSeatKeys.SequenceEqual(definition.MemberSeatKeys))
            {
                body.MemberSeatKeys = [.. definition.MemberSeatKeys];
            }

            if (!SameDuties(body.Duties, definition.Duties))
            {
                body.Duties = Duties(definition.Duties);
            }

            body.Order = definition.Order;
        }
    }

    private async Task SyncSeatsAsync(string code, ProvinceDefinition province, Dictionary<string, Agency> agencies, CancellationToken ct)
    {
        var stored = await db.Seats.ToDictionaryAsync(s => s.Key, StringComparer.Ordinal, ct);
        foreach (var definition in province.Seats)
        {
            if (!stored.TryGetValue(definition.Key, out var seat))
            {
                seat = new Seat { Id = Guid.CreateVersion7(), Province = code, Key = definition.Key, Office = "", Article = "" };
                db.Seats.Add(seat);
            }

            seat.Role = definition.Role;
            seat.Office = definition.Office;
            seat.Article = definition.Article.ToString();
            seat.AgencyId = AgencyId(agencies, definition.AgencyKey);
            if (!seat.Portfolios.SequenceEqual(definition.PortfolioKeys))
            {
                seat.Portfolios = [.. definition.PortfolioKeys];
            }

            seat.SealAgencyId = AgencyId(agencies, definition.Seal?.AgencyKey);
            seat.SealArticle = definition.Seal?.Article.ToString();
            if (!SameDuties(seat.Duties, definition.Duties))
            {
                seat.Duties = Duties(definition.Duties);
            }

            seat.ValidFrom = definition.ValidFrom;
            seat.ValidUntil = definition.ValidUntil;
            seat.Order = definition.Order;
            seat.Origin = SeatOrigin.Regulation;
        }
    }

    private static Guid? AgencyId(Dictionary<string, Agency> agencies, string? key) =>
        key is not null && agencies.TryGetValue(key, out var agency) ? agency.Id : null;

    // Lists are only replaced when they differ, so that a restart with an unchanged pack writes nothing.
    private static bool SameDuties(List<Duty> stored, IReadOnlyList<DutyDefinition> stated) =>
        stored.Count == stated.Count &&
        stored.Zip(stated).Select((p, i) => (p.First, p.Second, i))
            .All(p => p.First.Text == p.Second.Text && p.First.Article == p.Second.Article.ToString() && p.First.Position == p.i);

    private static List<Duty> Duties(IEnumerable<DutyDefinition> duties) =>
        [.. duties.Select((d, i) => new Duty { Text = d.Text, Article = d.Article.ToString(), Position = i })];

    internal static DecisionRecord Record(DecisionRef decision) =>
        new() { Number = decision.Number, Date = decision.Date, Signer = decision.Signer, Title = decision.Title };
}
