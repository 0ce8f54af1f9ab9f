using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Sdk.Building;

/// <summary>
/// States the periodic reporting chain: its stages in order, how a deadline on a non-working day moves, and when
/// reminders appear. Each stage names its article.
/// </summary>
public sealed class ReportingRulesBuilder
{
    private readonly List<ReportStageBuilder> _stages = [];
    private readonly Dictionary<string, DeadlineOverride> _overrides = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeadlineComputation> _computations = new(StringComparer.Ordinal);
    private DataCutOff? _cutOff;
    private NonWorkingDayRule _nonWorkingDay = NonWorkingDayRule.Keep;
    private string? _reason;
    private int _remind = 5;

    internal ReportingRulesBuilder()
    {
    }

    /// <summary>What happens when the last day on time is not a working day, and why (shown to users).</summary>
    public ReportingRulesBuilder OnNonWorkingDay(NonWorkingDayRule rule, string reason)
    {
        (_nonWorkingDay, _reason) = (rule, reason);
        return this;
    }

    /// <summary>Reminders appear this many days before a deadline (the standing agency may change it later).</summary>
    public ReportingRulesBuilder RemindDaysBefore(int days)
    {
        _remind = days;
        return this;
    }

    /// <summary>
    /// The span the figures of every report cover (thời gian chốt số liệu), shown on each obligation, e.g.
    /// <see cref="DataCutOff.Decree09"/> for a pack that adopts Decree 09/2019/NĐ-CP, Art. 12 (neither Đắk Lắk's
    /// nor Sơn La's regulation states one). Sdk 1.2.
    /// </summary>
    public ReportingRulesBuilder WithDataCutOff(DataCutOff cutOff)
    {
        _cutOff = cutOff;
        return this;
    }

    /// <summary>A stage of the chain; stages are ordered as stated.</summary>
    public ReportStageBuilder Stage(string key, string name, string article)
    {
        var stage = new ReportStageBuilder(this, key, name, ArticleRef.Parse(article), _stages.Count + 1);
        _stages.Add(stage);
        return stage;
    }

    internal void Override(string key, DeadlineOverride compute) => _overrides[key] = compute;

    internal void Override(string key, DeadlineComputation compute) => _computations[key] = compute;

    internal ReportingRules Build(IReadOnlyList<SeatDefinition> seats, IReadOnlyList<BodyDefinition> bodies) =>
        new(true, [.. _stages.Select(s => s.Build(seats, bodies))], _nonWorkingDay, _reason, _remind, _overrides)
        {
            Computations = _computations,
            CutOff = _cutOff,
        };
}

/// <summary>States one stage: its periods, submitters, recipients, deadline, what it compiles and what it contains.</summary>
public sealed class ReportStageBuilder
{
    private readonly ReportingRulesBuilder _chain;
    private readonly string _key;
    private readonly string _name;
    private readonly ArticleRef _article;
    private readonly int _order;
    private readonly List<PeriodKind> _periods = [];
    private readonly List<Submitter> _submitters = [];
    private readonly List<string> _recipients = [];
    private bool _allMembers;
    private BodyKind? _bodiesOfKind;
    private DeadlineKind _deadline = DeadlineKind.EndOfPeriod;
    private int _day;
    private string? _compiles;
    private SummaryRule? _summary;
    private bool _ownPortfolio;
    private bool _separate;

    internal ReportStageBuilder(ReportingRulesBuilder chain, string key, string name, ArticleRef article, int order)
    {
        (_chain, _key, _name, _article, _order) = (chain, key, name, article, order);
    }

    /// <summary>The periods the stage applies to.</summary>
    public ReportStageBuilder For(params PeriodKind[] periods)
    {
        _periods.AddRange(periods);
        return this;
    }

    /// <summary>Every seat with the member role submits (the seats existing in the period).</summary>
    public ReportStageBuilder FromEveryMember()
    {
        _allMembers = true;
        return this;
    }

    /// <summary>These seats submit too (e.g. deputy heads who lead a department).</summary>
    public ReportStageBuilder FromSeats(params string[] seatKeys)
    {
        _submitters.AddRange(seatKeys.Select(k => new Submitter(SubmitterKind.Seat, k)));
        return this;
    }

    /// <summary>These bodies submit (e.g. the standing agencies compiling thematic reports).</summary>
    public ReportStageBuilder FromBodies(params string[] bodyKeys)
    {
        _submitters.AddRange(bodyKeys.Select(k => new Submitter(SubmitterKind.Body, k)));
        return this;
    }

    /// <summary>Every body of this kind submits (e.g. each sub-committee, through its lead agency).</summary>
    public ReportStageBuilder FromBodiesOf(BodyKind kind)
    {
        _bodiesOfKind = kind;
        return this;
    }

    /// <summary>The report goes to the committee itself (its head, at its meeting).</summary>
    public ReportStageBuilder ToCommittee() => To(Recipients.Committee);

    /// <summary>The bodies the report goes to, all at once.</summary>
    public ReportStageBuilder To(params string[] bodyKeys)
    {
        _recipients.AddRange(bodyKeys);
        return this;
    }

    /// <summary>"Trước ngày N" of the period's last month: the Nth is late.</summary>
    public ReportStageBuilder Before(int day) => Due(DeadlineKind.Before, day);

    /// <summary>"Chậm nhất vào ngày N" of the period's last month: the Nth is on time.</summary>
    public ReportStageBuilder NoLaterThan(int day) => Due(DeadlineKind.NoLaterThan, day);

    /// <summary>"Trước ngày N tháng sau": the Nth of the month after the period is late (Sdk 1.2).</summary>
    public ReportStageBuilder BeforeDayOfFollowingMonth(int day) => Due(DeadlineKind.BeforeDayOfFollowingMonth, day);

    /// <summary>"Chậm nhất vào ngày N tháng sau": the Nth of the month after the period is on time (Sdk 1.2).</summary>
    public ReportStageBuilder NoLaterThanDayOfFollowingMonth(int day) => Due(DeadlineKind.NoLaterThanDayOfFollowingMonth, day);

    /// <summary>"Trước ngày làm việc thứ N của tháng sau": the Nth working day of the following month is late (Sdk 1.2).</summary>
    public ReportStageBuilder BeforeWorkingDayOfFollowingMonth(int workingDay) => Due(DeadlineKind.BeforeWorkingDayOfFollowingMonth, workingDay);

    /// <summary>"Chậm nhất vào ngày làm việc thứ N của tháng sau": the Nth working day of the following month is on time (Sdk 1.2).</summary>
    public ReportStageBuilder NoLaterThanWorkingDayOfFollowingMonth(int workingDay) => Due(DeadlineKind.NoLaterThanWorkingDayOfFollowingMonth, workingDay);

    /// <summary>"Trong thời hạn N ngày kể từ ngày kết thúc kỳ": the Nth day after the period's end is on time (Sdk 1.2).</summary>
    public ReportStageBuilder WithinDaysAfterPeriod(int days) => Due(DeadlineKind.WithinDaysAfterPeriod, days);

    /// <summary>"Trong thời hạn N ngày làm việc kể từ ngày kết thúc kỳ": the Nth working day after the period's end is on time (Sdk 1.2).</summary>
    public ReportStageBuilder WithinWorkingDaysAfterPeriod(int workingDays) => Due(DeadlineKind.WithinWorkingDaysAfterPeriod, workingDays);

    /// <summary>
    /// A separate report for each period that ends on the same day, when the regulation asks for it (Sdk 1.2);
    /// otherwise one report per due date covers them all ("Báo cáo quý IV và năm").
    /// </summary>
    public ReportStageBuilder SeparateReportsPerPeriod()
    {
        _separate = true;
        return this;
    }

    /// <summary>By the period's last day.</summary>
    public ReportStageBuilder ByEndOfPeriod() => Due(DeadlineKind.EndOfPeriod, 0);

    /// <summary>The pack computes the last day on time in code (after the data form, before the non-working-day rule).</summary>
    public ReportStageBuilder DeadlineComputedBy(DeadlineOverride compute)
    {
        _chain.Override(_key, compute);
        return this;
    }

    /// <summary>
    /// The pack computes the last day on time in code with the host's working calendar, read-only (Sdk 1.2). The day
    /// is not moved back into the period; a day before the period starts refuses the pack at load.
    /// </summary>
    public ReportStageBuilder DeadlineComputedBy(DeadlineComputation compute)
    {
        _chain.Override(_key, compute);
        return this;
    }

    /// <summary>The stage gathers the submissions of an earlier stage addressed to its submitter.</summary>
    public ReportStageBuilder Compiling(string stageKey)
    {
        _compiles = stageKey;
        return this;
    }

    /// <summary>Beside the full report, a summary of about <paramref name="share"/> of its length covering these sections.</summary>
    public ReportStageBuilder WithSummary(double share, double tolerance, string article, params ReportSection[] sections)
    {
        _summary = new SummaryRule(share, tolerance, sections, ArticleRef.Parse(article));
        return this;
    }

    /// <summary>Each submitter reports on its own portfolio (thematic reports).</summary>
    public ReportStageBuilder OnOwnPortfolio()
    {
        _ownPortfolio = true;
        return this;
    }

    private ReportStageBuilder Due(DeadlineKind kind, int day)
    {
        (_deadline, _day) = (kind, day);
        return this;
    }

    internal ReportStage Build(IReadOnlyList<SeatDefinition> seats, IReadOnlyList<BodyDefinition> bodies)
    {
        var submitters = new List<Submitter>();
        if (_allMembers)
        {
            submitters.AddRange(seats.Where(s => s.Role == SeatRole.Member).Select(s => new Submitter(SubmitterKind.Seat, s.Key)));
        }

        if (_bodiesOfKind is { } kind)
        {
            submitters.AddRange(bodies.Where(b => b.Kind == kind).Select(b => new Submitter(SubmitterKind.Body, b.Key)));
        }

        submitters.AddRange(_submitters);
        return new ReportStage(_key, _name, _order, _periods.Count == 0 ? [PeriodKind.Quarter] : [.. _periods.Distinct()], [.. submitters.Distinct()],
            [.. _recipients.Distinct(StringComparer.Ordinal)], _deadline, _day, _compiles, _summary, _ownPortfolio, _article)
        {
            SeparatePerPeriod = _separate,
        };
    }
}
