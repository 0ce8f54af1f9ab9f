namespace Platform.Sdk.Reporting;

/// <summary>
/// How a deadline day is counted: inside the period's last month (<see cref="Before"/>, <see cref="NoLaterThan"/>,
/// <see cref="EndOfPeriod"/>), or after the period (Sdk 1.2: the month that follows it, or days counted from its end).
/// The host never moves the day it computes back into the period: a chain whose deadline falls before the period
/// starts, or whose compiling stage is due before the stage it compiles, is refused when the pack loads.
/// </summary>
public enum DeadlineKind
{
    /// <summary>"Trước ngày N": the Nth itself is late; the last day on time is the day before.</summary>
    Before = 0,

    /// <summary>"Chậm nhất vào ngày N" / "không muộn hơn ngày N": the Nth is still on time.</summary>
    NoLaterThan = 1,

    /// <summary>The period's last day (for a step the regulation gives no day, the pack says why in a comment).</summary>
    EndOfPeriod = 2,

    /// <summary>
    /// "Trước ngày N của tháng đầu kỳ sau" / "trước ngày N tháng sau": the Nth of the month after the period is late;
    /// the last day on time is the day before (a day past the month's end is its last day). Sdk 1.2.
    /// </summary>
    BeforeDayOfFollowingMonth = 3,

    /// <summary>"Chậm nhất vào ngày N tháng sau": the Nth of the month after the period is still on time. Sdk 1.2.</summary>
    NoLaterThanDayOfFollowingMonth = 4,

    /// <summary>
    /// "Trước ngày làm việc thứ N của tháng sau": the Nth working day of the month after the period (counted on the
    /// host's working calendar, Tết and the operator's configured days skipped) is late; the last day on time is the
    /// working day before it. Sdk 1.2.
    /// </summary>
    BeforeWorkingDayOfFollowingMonth = 5,

    /// <summary>
    /// "Chậm nhất vào ngày làm việc thứ N của tháng sau" / "trong N ngày làm việc đầu tháng sau": the Nth working day of
    /// the month after the period is still on time. Sdk 1.2.
    /// </summary>
    NoLaterThanWorkingDayOfFollowingMonth = 6,

    /// <summary>
    /// "Trong thời hạn N ngày kể từ ngày kết thúc kỳ báo cáo": the Nth calendar day after the period's last day is
    /// still on time (N = 10 after a quarter ending 31/03: 10/04). Sdk 1.2.
    /// </summary>
    WithinDaysAfterPeriod = 7,

    /// <summary>
    /// "Trong thời hạn N ngày làm việc kể từ ngày kết thúc kỳ": the Nth working day after the period's last day is
    /// still on time. Sdk 1.2.
    /// </summary>
    WithinWorkingDaysAfterPeriod = 8,
}

/// <summary>
/// The span the figures of a report cover (thời gian chốt số liệu): from a day of the month before the period starts to
/// a day of the period's last month. Decree 09/2019/NĐ-CP, Art. 12 sets it for state administrative reports as the
/// 15th of the month before the period to the 14th of its last month (<see cref="Decree09"/>). Sdk 1.2.
/// </summary>
/// <param name="FromDayOfMonthBefore">The first day, in the month before the period's first month.</param>
/// <param name="ToDayOfLastMonth">The last day, in the period's last month.</param>
/// <param name="Source">The article or law that sets it, shown to users beside the span.</param>
public sealed record DataCutOff(int FromDayOfMonthBefore, int ToDayOfLastMonth, string Source)
{
    /// <summary>Decree 09/2019/NĐ-CP, Art. 12: the 15th of the month before the period to the 14th of its last month.</summary>
    public static DataCutOff Decree09 { get; } = new(15, 14, "Nghị định 09/2019/NĐ-CP, Điều 12");
}

/// <summary>What happens when the last day on time is not a working day.</summary>
public enum NonWorkingDayRule
{
    /// <summary>The day stands, worked or not.</summary>
    Keep = 0,

    /// <summary>The deadline moves to the next working day (as the Civil Code counts the end of a period, Art. 148).</summary>
    NextWorkingDay = 1,

    /// <summary>The deadline moves back to the working day before.</summary>
    PreviousWorkingDay = 2,
}

/// <summary>Who must submit at a stage.</summary>
public enum SubmitterKind
{
    /// <summary>The holder of a seat, for their agency (a member).</summary>
    Seat = 0,

    /// <summary>A body: a standing agency or a sub-committee (through its lead agency).</summary>
    Body = 1,
}

/// <summary>One who must submit at a stage: a seat or a body, by key.</summary>
public sealed record Submitter(SubmitterKind Kind, string Key);

/// <summary>The sections every report is written in (results; shortcomings and limitations; causes; tasks and solutions; proposals).</summary>
public enum ReportSection
{
    /// <summary>Kết quả đạt được.</summary>
    Results = 0,

    /// <summary>Tồn tại, hạn chế.</summary>
    Shortcomings = 1,

    /// <summary>Nguyên nhân.</summary>
    Causes = 2,

    /// <summary>Nhiệm vụ, giải pháp.</summary>
    TasksAndSolutions = 3,

    /// <summary>Đề xuất, kiến nghị.</summary>
    Proposals = 4,
}

/// <summary>A summary the stage asks for beside the full report, with its length relative to the full one.</summary>
/// <param name="Share">About this share of the full report's length, in words (e.g. one third).</param>
/// <param name="Tolerance">How far from <paramref name="Share"/> is still "about" (e.g. 0.1 = ±10 points).</param>
/// <param name="Sections">The sections the summary must cover.</param>
/// <param name="Article">The article that asks for it.</param>
public sealed record SummaryRule(double Share, double Tolerance, IReadOnlyList<ReportSection> Sections, ArticleRef Article);

/// <summary>Recipient keys that are not bodies.</summary>
public static class Recipients
{
    /// <summary>The committee itself (its head and members, at its meeting).</summary>
    public const string Committee = "ban-chi-dao";
}

/// <summary>
/// One stage of the chain: who submits, to whom, by which day of the period's last month, what the report contains,
/// and which earlier stage it compiles.
/// </summary>
/// <param name="Key">Stable key, unique in the chain.</param>
/// <param name="Name">Its Vietnamese name, e.g. "Báo cáo của thành viên".</param>
/// <param name="Order">Its place in the chain; each stage compiles earlier ones only.</param>
/// <param name="Periods">The periods it applies to.</param>
/// <param name="Submitters">Who must submit.</param>
/// <param name="Recipients">The bodies it goes to, all at once.</param>
/// <param name="Deadline">How the day counts.</param>
/// <param name="Day">The day of the period's last month (ignored for <see cref="DeadlineKind.EndOfPeriod"/>).</param>
/// <param name="Compiles">The stage whose submissions this one gathers, if any.</param>
/// <param name="Summary">The summary it asks for beside the full report, if any.</param>
/// <param name="PortfolioOfSubmitter">True when each submitter reports on its own portfolio (thematic reports).</param>
/// <param name="Article">The article that sets the stage.</param>
public sealed record ReportStage(
    string Key,
    string Name,
    int Order,
    IReadOnlyList<PeriodKind> Periods,
    IReadOnlyList<Submitter> Submitters,
    IReadOnlyList<string> Recipients,
    DeadlineKind Deadline,
    int Day,
    string? Compiles,
    SummaryRule? Summary,
    bool PortfolioOfSubmitter,
    ArticleRef Article)
{
    /// <summary>
    /// True when the regulation asks for a separate report for each period that ends on the same day (a quarter's
    /// report and a six-month report both in June). Otherwise a submitter owes one report per due date, titled for
    /// every period it covers ("Báo cáo quý II và 6 tháng đầu năm"). Sdk 1.2.
    /// </summary>
    public bool SeparatePerPeriod { get; init; }
}

/// <summary>A pack's own computation of a stage's last day on time, when the data form cannot say it.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="PeriodStart">The period's first day.</param>
/// <param name="PeriodEnd">The period's last day.</param>
/// <param name="Computed">The day the data form gives (before the non-working-day rule).</param>
/// <returns>The last day on time.</returns>
public delegate DateOnly DeadlineOverride(ReportStage Stage, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly Computed);

/// <summary>
/// A pack's own computation of a stage's last day on time, with the host's working calendar (read-only: the Labour
/// Code's holidays, Tết included, and the operator's configured days). Sdk 1.2. The host does not move the day
/// returned, except by the pack's own non-working-day rule; a day before the period starts refuses the pack at load.
/// </summary>
/// <param name="Stage">The stage.</param>
/// <param name="PeriodStart">The period's first day.</param>
/// <param name="PeriodEnd">The period's last day.</param>
/// <param name="Computed">The day the data form gives (before the non-working-day rule).</param>
/// <param name="Calendar">The host's working calendar.</param>
/// <returns>The last day on time.</returns>
public delegate DateOnly DeadlineComputation(ReportStage Stage, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly Computed, IWorkingDays Calendar);

/// <summary>Everything a province's regulation says about periodic reporting, as the host reads it.</summary>
/// <param name="Stated">False when the pack said nothing (built against an Sdk without reporting); no obligations are generated.</param>
/// <param name="Stages">The chain, in order.</param>
/// <param name="NonWorkingDay">What happens to a deadline on a non-working day.</param>
/// <param name="NonWorkingDayReason">Why (the article or law the pack follows), shown to users.</param>
/// <param name="RemindDaysBefore">Reminders appear this many days before a deadline.</param>
/// <param name="Overrides">Stages whose deadline the pack computes in code, by stage key.</param>
public sealed record ReportingRules(
    bool Stated,
    IReadOnlyList<ReportStage> Stages,
    NonWorkingDayRule NonWorkingDay,
    string? NonWorkingDayReason,
    int RemindDaysBefore,
    IReadOnlyDictionary<string, DeadlineOverride> Overrides)
{
    /// <summary>Stages whose deadline the pack computes in code with the host's working calendar, by stage key (Sdk 1.2).</summary>
    public IReadOnlyDictionary<string, DeadlineComputation> Computations { get; init; } = new Dictionary<string, DeadlineComputation>();

    /// <summary>The data cut-off every obligation shows, when the pack adopts one (Sdk 1.2).</summary>
    public DataCutOff? CutOff { get; init; }

    /// <summary>No reporting stated: no obligations.</summary>
    public static ReportingRules Unstated { get; } = new(false, [], NonWorkingDayRule.Keep, null, 5, new Dictionary<string, DeadlineOverride>());

    /// <summary>The stage with this key, or null.</summary>
    public ReportStage? Find(string key) => Stages.FirstOrDefault(s => s.Key == key);
}
