using Platform.Sdk.Building;
using Platform.Sdk.Consultations;
using Platform.Sdk.Meetings;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;
using Platform.Sdk.Tasks;

namespace Platform.Sdk;

/// <summary>
/// What a pack uses to state its province. Members are only ever added in minor Sdk versions, so a pack built
/// against an earlier 1.x keeps working. Call <see cref="Build"/> to get the validated definition.
/// </summary>
public sealed partial class ProvincePackBuilder
{
    private readonly List<PortfolioDefinition> _portfolios = [];
    private readonly List<AgencyDefinition> _agencies = [];
    private readonly List<BodyBuilder> _bodies = [];
    private readonly List<SeatBuilder> _seats = [];
    private readonly List<IndexDefinition> _indices = [];
    private readonly List<DemoAppointment> _demo = [];
    private readonly Dictionary<string, string> _english = new(StringComparer.Ordinal);
    private ProvinceCode? _code;
    private string? _name;
    private CommitteeDefinition? _committee;
    private MeetingRulesBuilder? _meetings;
    private TaskRulesBuilder? _tasks;
    private ReportingRulesBuilder? _reporting;
    private ConsultationRulesBuilder? _consultations;

    /// <summary>The province: its code (the URL segment and tenant key) and its name.</summary>
    public ProvincePackBuilder Province(string code, string name)
    {
        _code = new ProvinceCode(code);
        _name = name;
        return this;
    }

    /// <summary>The committee's names and the documents that found and govern it.</summary>
    public ProvincePackBuilder Committee(
        string fullName, string shortName, DecisionRef founding, DecisionRef regulation, DecisionRef? replaces = null)
    {
        _committee = new CommitteeDefinition(fullName, shortName, founding, regulation, replaces);
        return this;
    }

    /// <summary>A portfolio (lĩnh vực) that seats, bodies and later tasks and reports belong to.</summary>
    public ProvincePackBuilder Portfolio(string key, string name, string? shortName = null)
    {
        _portfolios.Add(new PortfolioDefinition(key, name, shortName));
        return this;
    }

    /// <summary>An agency of the province.</summary>
    public ProvincePackBuilder Agency(string key, string name, AgencyKind kind, string? shortName = null)
    {
        _agencies.Add(new AgencyDefinition(key, name, shortName, kind));
        return this;
    }

    /// <summary>A body that helps the committee; the returned builder states its lead, seal and duties.</summary>
    /// <param name="key">Stable key, unique among bodies.</param>
    /// <param name="kind">What kind of body.</param>
    /// <param name="name">Its Vietnamese name.</param>
    /// <param name="article">The article that establishes it, short form such as <c>"7.1"</c>.</param>
    public BodyBuilder Body(string key, BodyKind kind, string name, string article)
    {
        var body = new BodyBuilder(key, kind, name, ArticleRef.Parse(article), _bodies.Count);
        _bodies.Add(body);
        return body;
    }

    /// <summary>An ex-officio seat; the returned builder states its agency, portfolio, seal and duties.</summary>
    /// <param name="key">Stable key, unique among seats.</param>
    /// <param name="role">The role it gives.</param>
    /// <param name="office">The office that holds it, e.g. "Giám đốc Sở Khoa học và Công nghệ".</param>
    /// <param name="article">The article that creates it, short form such as <c>"8.2"</c>.</param>
    public SeatBuilder Seat(string key, SeatRole role, string office, string article)
    {
        var seat = new SeatBuilder(key, role, office, ArticleRef.Parse(article), _seats.Count);
        _seats.Add(seat);
        return seat;
    }

    /// <summary>An index the province tracks, owned by an agency.</summary>
    public ProvincePackBuilder Index(string key, string name, string ownerAgencyKey, string article, string? shortName = null)
    {
        _indices.Add(new IndexDefinition(key, name, shortName, ownerAgencyKey, ArticleRef.Parse(article)));
        return this;
    }

    /// <summary>
    /// What the regulation says about meetings (since Sdk 1.1). A pack that never calls this gets
    /// <see cref="MeetingRules.Unstated"/>, and the host tells its users the rules are not stated.
    /// </summary>
    public MeetingRulesBuilder Meetings() => _meetings ??= new MeetingRulesBuilder();

    /// <summary>
    /// The articles behind the follow-up of conclusions and plans (since Sdk 1.1); without them the flow is the same
    /// and no article is cited.
    /// </summary>
    public TaskRulesBuilder Tasks() => _tasks ??= new TaskRulesBuilder();

    /// <summary>
    /// The periodic reporting chain (since Sdk 1.1): stages, submitters, recipients, deadlines. Without it no reporting
    /// obligation is generated for the province.
    /// </summary>
    public ReportingRulesBuilder Reporting() => _reporting ??= new ReportingRulesBuilder();

    /// <summary>
    /// What the regulation says about consultations between meetings (since Sdk 1.4): written opinions, urgent opinions
    /// through digital platforms, who launches and approves, what silence means. Without it the host's defaults apply
    /// (<see cref="ConsultationRules.Unstated"/>) and no article is cited.
    /// </summary>
    public ConsultationRulesBuilder Consultations() => _consultations ??= new ConsultationRulesBuilder();

    /// <summary>
    /// The English wording of the pack's own pages (since Sdk 1.3): entries <c>["Vietnamese"] = "English"</c>, the
    /// Vietnamese text being the key the pack's Razor pages look up (<c>T["Quy chế hoạt động"]</c>). A text without an
    /// entry shows in Vietnamese. Calling it again adds entries; a key stated twice keeps the last English.
    /// </summary>
    public ProvincePackBuilder English(IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        foreach (var (vietnamese, english) in texts)
        {
            _english[vietnamese] = english;
        }

        return this;
    }

    /// <summary>Demo data: a made-up person holding a seat from a date by a made-up decision.</summary>
    public ProvincePackBuilder DemoAppointment(string seatKey, string personName, DateOnly from, DecisionRef decision)
    {
        _demo.Add(new DemoAppointment(seatKey, personName, from, decision));
        return this;
    }

    /// <summary>
    /// Validates what was stated and returns the definition. Every problem is collected, so a pack author sees
    /// them all at once.
    /// </summary>
    /// <exception cref="PackDefinitionException">The definition is incomplete or inconsistent.</exception>
    public ProvinceDefinition Build()
    {
        var seats = _seats.Select(s => s.Build()).ToArray();
        var bodies = _bodies.Select(b => b.Build()).ToArray();
        var definition = new ProvinceDefinition(
            _code ?? new ProvinceCode("unnamed"),
            _name ?? string.Empty,
            _committee ?? new CommitteeDefinition(string.Empty, string.Empty, Missing, Missing, null),
            _portfolios.ToArray(),
            _agencies.ToArray(),
            bodies,
            seats,
            BuildIndices(),
            _demo.ToArray())
        {
            Meetings = _meetings?.Build() ?? MeetingRules.Unstated,
            Tasks = _tasks?.Build() ?? TaskRules.Unstated,
            Reporting = _reporting?.Build(seats, bodies) ?? ReportingRules.Unstated,
            English = _english.ToDictionary(StringComparer.Ordinal),
            Documents = BuildDocuments(),
            Consultations = _consultations?.Build() ?? ConsultationRules.Unstated,
            Oversight = BuildOversight(),
            Indicators = _indicators.ToArray(),
        };

        var problems = DefinitionRules.Check(definition, stated: (_code is not null, _name is not null, _committee is not null));
        problems.AddRange(_consultations?.Problems ?? []);
        problems.AddRange(OversightProblems);
        problems.AddRange(UnitRankingProblems());
        problems.AddRange(IndicatorProblems(definition));
        return problems.Count == 0 ? definition : throw new PackDefinitionException(problems);
    }

    private static readonly DecisionRef Missing = new(null, null, string.Empty);
}
