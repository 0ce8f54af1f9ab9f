using Platform.Sdk;
using Platform.Sdk.Structure;

namespace Platform.Committees.Structure;

/// <summary>A seat as pages show it; filled by Mapster projection (flattened names such as <c>AgencyName</c>).</summary>
internal sealed class SeatRow
{
    public Guid Id { get; init; }
    public string Key { get; init; } = "";
    public SeatRole Role { get; init; }
    public string Office { get; init; } = "";
    public string Article { get; init; } = "";
    public string? AgencyName { get; init; }
    public List<string> Portfolios { get; init; } = [];
    public string? SealAgencyName { get; init; }
    public string? SealArticle { get; init; }
    public List<DutyRow> Duties { get; init; } = [];
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public int Order { get; init; }
    public SeatOrigin Origin { get; init; }
    public string? PartOf { get; init; }
    public string? AddedByNumber { get; init; }
    public DateOnly? AddedByDate { get; init; }
    public string? AddedBySigner { get; init; }
    public string? EndedByNumber { get; init; }
    public DateOnly? EndedByDate { get; init; }
    public string? EndedBySigner { get; init; }
    public DateOnly? EndedFrom { get; init; }
    public uint Version { get; init; }
}

/// <summary>An agency as the roster pages show it: the pack's, or added (and perhaps ended) by decision.</summary>
internal sealed class AgencyRow
{
    public string Key { get; init; } = "";
    public string Name { get; init; } = "";
    public string? ShortName { get; init; }
    public AgencyKind Kind { get; init; }
    public SeatOrigin Origin { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public string? AddedByNumber { get; init; }
    public DateOnly? AddedByDate { get; init; }
    public string? EndedByNumber { get; init; }
    public DateOnly? EndedByDate { get; init; }
    public uint Version { get; init; }

    public bool ExistsOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidUntil is null || day <= ValidUntil);
}

/// <summary>A duty and its article.</summary>
internal sealed class DutyRow
{
    public string Text { get; init; } = "";
    public string Article { get; init; } = "";
    public int Position { get; init; }

    /// <summary>
    /// Puts duties in the regulation's order: by article (9.2 before 10.1), then as the pack lists them. A jsonb list
    /// read through a projection comes back in no particular order, so every read sorts.
    /// </summary>
    public static void InRegulationOrder(List<DutyRow> duties)
    {
        if (duties.Count < 2)
        {
            return;
        }

        // Each article parsed once, not once per comparison.
        var ordered = duties.Select(d => (Duty: d, Article: ArticleRef.Parse(d.Article))).OrderBy(x => x.Article).ThenBy(x => x.Duty.Position).Select(x => x.Duty).ToList();
        duties.Clear();
        duties.AddRange(ordered);
    }
}

/// <summary>One appointment: who held a seat, when, and by which decisions.</summary>
internal sealed class HolderRow
{
    public Guid Id { get; init; }
    public Guid SeatId { get; init; }
    public string PersonFullName { get; init; } = "";
    public bool PersonIsDemo { get; init; }
    public DateOnly From { get; init; }
    public DateOnly? Until { get; init; }
    public AppointmentEnd? EndKind { get; init; }
    public string? AppointedByNumber { get; init; }
    public DateOnly? AppointedByDate { get; init; }
    public string? AppointedBySigner { get; init; }
    public string? EndedByNumber { get; init; }
    public DateOnly? EndedByDate { get; init; }
    public string? EndedBySigner { get; init; }
}

/// <summary>A body as pages show it.</summary>
internal sealed class BodyRow
{
    public string Key { get; init; } = "";
    public BodyKind Kind { get; init; }
    public string Name { get; init; } = "";
    public string Article { get; init; } = "";
    public string? LeadAgencyName { get; init; }
    public bool IsGeneral { get; init; }
    public string? Portfolio { get; init; }
    public string? SealAgencyName { get; init; }
    public string? SealArticle { get; init; }
    public List<string> MemberSeatKeys { get; init; } = [];
    public List<DutyRow> Duties { get; init; } = [];
    public int Order { get; init; }
}

/// <summary>The committee's identity and documents.</summary>
internal sealed class CommitteeRow
{
    public string FullName { get; init; } = "";
    public string ShortName { get; init; } = "";
    public DecisionRecord Founding { get; init; } = new();
    public DecisionRecord Regulation { get; init; } = new();
    public DecisionRecord? Replaces { get; init; }
}

/// <summary>A seat with the person who held it on the chosen day, if anyone.</summary>
internal sealed record SeatOnDay(SeatRow Seat, HolderRow? Holder);

/// <summary>The committee as it stood on one day.</summary>
internal sealed record CommitteeOnDay(DateOnly Day, CommitteeRow Committee, IReadOnlyList<SeatOnDay> Seats, IReadOnlyList<BodyRow> Bodies)
{
    public IEnumerable<SeatOnDay> InRole(SeatRole role) => Seats.Where(s => s.Seat.Role == role);

    public IEnumerable<BodyRow> OfKind(BodyKind kind) => Bodies.Where(b => b.Kind == kind);

    public SeatOnDay? FindSeat(string key) => Seats.FirstOrDefault(s => s.Seat.Key == key);
}

/// <summary>A seat with its whole history, newest first.</summary>
internal sealed record SeatHistory(SeatRow Seat, IReadOnlyList<HolderRow> Appointments)
{
    public HolderRow? Current => Appointments.FirstOrDefault(a => a.Until is null);
}
