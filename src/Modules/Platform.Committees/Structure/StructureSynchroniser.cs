using Microsoft.EntityFrameworkCore;
using Platform.Committees.Persistence;
using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Committees.Structure;

/// <summary>
/// Brings the stored structure in line with the pack: the regulation (through the pack) is the authority for the
/// committee, agencies, bodies and the seats it creates; appointments are the secretariat's data and are never touched,
/// nor are the agencies and seats the secretariat added by decision. A collective seat split into one seat per agency
/// stays ended from the split, and each part takes the collective seat's role, article, duties and portfolios as the
/// pack states them now. Runs at start for each province; idempotent.
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
            agency.Origin = SeatOrigin.Regulation;
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
            seat.ValidUntil = Earlier(definition.ValidUntil, seat.EndedFrom?.AddDays(-1));
            seat.Order = definition.Order;
            seat.Origin = SeatOrigin.Regulation;
            foreach (var part in stored.Values.Where(p => p.PartOf == definition.Key))
            {
                FollowCollective(part, seat);
            }
        }

        var (article, duties) = EveryMember(province);
        foreach (var added in stored.Values.Where(s => s.Origin == SeatOrigin.Decision && s.PartOf is null && s.Role == SeatRole.Member))
        {
            added.Article = article.ToString();
            if (!SameDuties(added.Duties, duties))
            {
                added.Duties = Duties(duties);
            }
        }
    }

    /// <summary>
    /// What the regulation gives every member, for a member seat added by decision: the duties every member seat of the
    /// pack carries, and the article (or clause) that lists the members — the one all member seats share
    /// (Đắk Lắk: Điều 6; Sơn La: Điều 9.2).
    /// </summary>
    internal static (ArticleRef Article, IReadOnlyList<DutyDefinition> Duties) EveryMember(ProvinceDefinition province)
    {
        var members = province.Seats.Where(s => s.Role == SeatRole.Member).ToList();
        if (members.Count == 0)
        {
            return (province.Seats[0].Article, []);
        }

        var first = members[0];
        var duties = first.Duties.Where(d => members.All(m => m.Duties.Contains(d))).ToList();
        var article = members.All(m => m.Article == first.Article) ? first.Article
            : members.All(m => m.Article.Article == first.Article.Article && m.Article.Clause == first.Article.Clause) ? new ArticleRef(first.Article.Article, first.Article.Clause)
            : new ArticleRef(first.Article.Article);
        return (article, duties);
    }

    /// <summary>What the regulation says of a collective seat applies to each of the parts it was split into.</summary>
    internal static void FollowCollective(Seat part, Seat collective)
    {
        part.Role = collective.Role;
        part.Article = collective.Article;
        part.Order = collective.Order;
        if (!part.Portfolios.SequenceEqual(collective.Portfolios))
        {
            part.Portfolios = [.. collective.Portfolios];
        }

        if (!part.Duties.Select(d => (d.Text, d.Article, d.Position)).SequenceEqual(collective.Duties.Select(d => (d.Text, d.Article, d.Position))))
        {
            part.Duties = [.. collective.Duties.Select(d => new Duty { Text = d.Text, Article = d.Article, Position = d.Position })];
        }
    }

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

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
