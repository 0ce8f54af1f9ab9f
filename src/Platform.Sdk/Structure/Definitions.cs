using Platform.Sdk.Consultations;
using Platform.Sdk.Meetings;
using Platform.Sdk.Oversight;
using Platform.Sdk.Reporting;
using Platform.Sdk.Tasks;

namespace Platform.Sdk.Structure;

/// <summary>Everything a pack states, as the host reads it after <see cref="ProvincePackBuilder.Build"/>.</summary>
public sealed partial record ProvinceDefinition(
    ProvinceCode Code,
    string Name,
    CommitteeDefinition Committee,
    IReadOnlyList<PortfolioDefinition> Portfolios,
    IReadOnlyList<AgencyDefinition> Agencies,
    IReadOnlyList<BodyDefinition> Bodies,
    IReadOnlyList<SeatDefinition> Seats,
    IReadOnlyList<IndexDefinition> Indices,
    IReadOnlyList<DemoAppointment> DemoAppointments)
{
    /// <summary>What the regulation says about meetings (Sdk 1.1); <see cref="MeetingRules.Unstated"/> when the pack says nothing.</summary>
    public MeetingRules Meetings { get; init; } = MeetingRules.Unstated;

    /// <summary>The articles behind the follow-up of tasks (Sdk 1.1); <see cref="TaskRules.Unstated"/> when the pack says nothing.</summary>
    public TaskRules Tasks { get; init; } = TaskRules.Unstated;

    /// <summary>The periodic reporting chain (Sdk 1.1); <see cref="ReportingRules.Unstated"/> when the pack says nothing.</summary>
    public ReportingRules Reporting { get; init; } = ReportingRules.Unstated;

    /// <summary>
    /// The English wording of the pack's own pages (Sdk 1.3), Vietnamese text to English; empty when the pack states
    /// none, and its pages then show in Vietnamese.
    /// </summary>
    public IReadOnlyDictionary<string, string> English { get; init; } = new Dictionary<string, string>();

    /// <summary>What the regulation says about consultations between meetings (Sdk 1.4); <see cref="ConsultationRules.Unstated"/> when the pack says nothing.</summary>
    public ConsultationRules Consultations { get; init; } = ConsultationRules.Unstated;

    /// <summary>What the regulation says about inspection, proposals and commendation (Sdk 1.5); <see cref="OversightRules.Unstated"/> when the pack says nothing.</summary>
    public OversightRules Oversight { get; init; } = OversightRules.Unstated;

    /// <summary>The agency with this key, or null.</summary>
    public AgencyDefinition? FindAgency(string key) => Agencies.FirstOrDefault(a => a.Key == key);

    /// <summary>The seat with this key, or null.</summary>
    public SeatDefinition? FindSeat(string key) => Seats.FirstOrDefault(s => s.Key == key);

    /// <summary>The bodies of one kind, in the order the pack stated them.</summary>
    public IEnumerable<BodyDefinition> BodiesOf(BodyKind kind) => Bodies.Where(b => b.Kind == kind);
}

/// <summary>The committee's identity and the documents that found and govern it.</summary>
/// <param name="FullName">The full name, e.g. "Ban Chỉ đạo của UBND tỉnh Sơn La về phát triển khoa học, …".</param>
/// <param name="ShortName">The name officials use, e.g. "Ban Chỉ đạo 1287".</param>
/// <param name="Founding">The decision that founded or re-formed the committee.</param>
/// <param name="Regulation">The decision that issued the operating regulation (quy chế).</param>
/// <param name="Replaces">The earlier regulation decision that <paramref name="Regulation"/> replaces, if any.</param>
public sealed record CommitteeDefinition(
    string FullName,
    string ShortName,
    DecisionRef Founding,
    DecisionRef Regulation,
    DecisionRef? Replaces)
{
    /// <summary>
    /// The first day anything is owed or expected (reports, regular meetings): the regulation's date, or the founding
    /// decision's when the regulation is undated (a draft); null when neither is dated. Sdk 1.2.
    /// </summary>
    public DateOnly? InForceFrom => Regulation.Date ?? Founding.Date;
}

/// <summary>A named area of work (lĩnh vực) such as Project 06 or administrative reform.</summary>
public sealed record PortfolioDefinition(string Key, string Name, string? ShortName);

/// <summary>A provincial agency that holds seats, leads bodies or owns indices.</summary>
public sealed record AgencyDefinition(string Key, string Name, string? ShortName, AgencyKind Kind);

/// <summary>A duty (nhiệm vụ) stated by the regulation, with the article that states it.</summary>
public sealed record DutyDefinition(string Text, ArticleRef Article);

/// <summary>Whose seal a seat holder or a body uses on documents signed for the committee.</summary>
/// <param name="AgencyKey">The agency whose seal is used.</param>
/// <param name="Article">The article that says so.</param>
public sealed record SealRule(string AgencyKey, ArticleRef Article);

/// <summary>A body that helps the committee: a sub-committee, a standing agency, a support team, the standing leadership.</summary>
/// <param name="Key">Stable key, unique within the pack.</param>
/// <param name="Kind">What kind of body it is.</param>
/// <param name="Name">Its Vietnamese name.</param>
/// <param name="Article">The article that establishes it.</param>
/// <param name="LeadAgencyKey">The agency that leads it or is it, for sub-committees and standing agencies.</param>
/// <param name="IsGeneral">For a standing agency: true for the general one (cơ quan thường trực chung).</param>
/// <param name="PortfolioKey">The portfolio it serves, if one.</param>
/// <param name="Seal">Whose seal it uses.</param>
/// <param name="MemberSeatKeys">Seats that sit on it, e.g. the standing leadership's.</param>
/// <param name="Duties">Its duties with their articles.</param>
/// <param name="Order">Display order among bodies.</param>
public sealed record BodyDefinition(
    string Key,
    BodyKind Kind,
    string Name,
    ArticleRef Article,
    string? LeadAgencyKey,
    bool IsGeneral,
    string? PortfolioKey,
    SealRule? Seal,
    IReadOnlyList<string> MemberSeatKeys,
    IReadOnlyList<DutyDefinition> Duties,
    int Order)
{
    /// <summary>The seat that leads the body, with the article that names it (Sdk 1.2: a working group's tổ trưởng); null otherwise.</summary>
    public BodyLeader? Leader { get; init; }
}

/// <summary>The seat that leads a body, e.g. a working group's leader (tổ trưởng).</summary>
/// <param name="SeatKey">The seat whose holder leads.</param>
/// <param name="Article">The article that says so.</param>
public sealed record BodyLeader(string SeatKey, ArticleRef Article);

/// <summary>
/// An ex-officio seat: the seat belongs to an office ("Giám đốc Công an tỉnh"); people come and go by decision.
/// </summary>
/// <param name="Key">Stable key, unique within the pack.</param>
/// <param name="Role">The role the seat gives.</param>
/// <param name="Office">The office that holds the seat, in Vietnamese.</param>
/// <param name="Article">The article that creates the seat or states its duties.</param>
/// <param name="AgencyKey">The holder's agency, if any.</param>
/// <param name="PortfolioKeys">The portfolios the holder is responsible for.</param>
/// <param name="Seal">Whose seal the holder uses.</param>
/// <param name="Duties">The holder's duties with their articles.</param>
/// <param name="ValidFrom">First day the seat exists, when the regulation dates it.</param>
/// <param name="ValidUntil">Last day the seat exists, when the regulation ends it.</param>
/// <param name="Order">Display order among seats of the same role.</param>
public sealed record SeatDefinition(
    string Key,
    SeatRole Role,
    string Office,
    ArticleRef Article,
    string? AgencyKey,
    IReadOnlyList<string> PortfolioKeys,
    SealRule? Seal,
    IReadOnlyList<DutyDefinition> Duties,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    int Order)
{
    /// <summary>True when the seat exists on <paramref name="day"/>.</summary>
    public bool ExistsOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidUntil is null || day <= ValidUntil);
}

/// <summary>An index (chỉ số) the province tracks and the agency that owns it.</summary>
public sealed record IndexDefinition(string Key, string Name, string? ShortName, string OwnerAgencyKey, ArticleRef Article)
{
    /// <summary>
    /// The article under which the province measures and ranks its own agencies and localities on this index (Sdk
    /// 1.6, <c>pack.UnitRanking</c>; Sơn La, Art. 8.2 for the DTI); null when the pack states none.
    /// </summary>
    public ArticleRef? UnitsArticle { get; init; }
}

/// <summary>
/// Demo data only: a made-up person holding a seat from a date, so that a fresh install shows a full committee.
/// Never loaded on a production install.
/// </summary>
public sealed record DemoAppointment(string SeatKey, string PersonName, DateOnly From, DecisionRef Decision);
