namespace Platform.Tasks.Contracts;

/// <summary>
/// What other modules may ask of the tasks module: to follow the items of a conclusion they issued as tasks, the same
/// way a meeting's conclusion items are followed (one task per item, the deciding seat as the issuer, the source shown
/// and linked). Each item is followed once: asking again for an item already followed changes nothing.
/// </summary>
public interface ITaskAssignments
{
    /// <summary>
    /// Creates one task per item in the current province, in one save. Every item must name a known lead agency and a
    /// deadline from today; otherwise nothing is created and the problems are returned (Vietnamese / English).
    /// </summary>
    Task<IReadOnlyList<string>> FollowConsultationConclusionAsync(ConclusionToFollow conclusion, CancellationToken cancellationToken);

    /// <summary>
    /// The same for the recommendations of an inspection mission's closing notice (thông báo kết luận kiểm tra): one
    /// task per recommendation for the inspected agency, shown as coming from an inspection and linked to the mission.
    /// </summary>
    Task<IReadOnlyList<string>> FollowInspectionRecommendationsAsync(ConclusionToFollow conclusion, CancellationToken cancellationToken);

    /// <summary>
    /// Creates one task aimed at an index the province is ranked on, or at one of its pillars, in the current province:
    /// shown as coming from that index and linked to its page, the aim stored so the index's page and the dashboard
    /// find it (<see cref="ITaskRecords.AimedAtIndexAsync"/>). The caller has checked who may ask. The fields are read
    /// as typed; when one is wrong nothing is created and the outcome's errors are keyed by <c>Title</c>,
    /// <c>ExpectedOutput</c>, <c>LeadAgencyKey</c> or <c>Due</c>. On success the outcome carries the task's id.
    /// </summary>
    Task<Platform.Core.Commands.Outcome> AimAtIndexAsync(IndexTaskToCreate task, CancellationToken cancellationToken);
}

/// <summary>A task to create from an index's page, as typed.</summary>
/// <param name="IndexKey">The index's key in the pack, e.g. "dti".</param>
/// <param name="Pillar">The pillar aimed at, as the latest result names it; null for the index as a whole.</param>
/// <param name="SourceLabel">How the source reads, e.g. "Chỉ số DTI năm 2025 – Chỉ số thành phần “Chính quyền số”".</param>
/// <param name="SourcePath">The index's page inside the province, e.g. "chi-so/dti".</param>
/// <param name="IssuerSeatKey">The seat that decides the task's extensions.</param>
/// <param name="Title">What is to be done.</param>
/// <param name="ExpectedOutput">The expected output, if stated.</param>
/// <param name="LeadAgencyKey">The lead agency: a known agency of the province.</param>
/// <param name="Due">The deadline, dd/MM/yyyy, from today.</param>
public sealed record IndexTaskToCreate(
    string IndexKey, string? Pillar, string SourceLabel, string SourcePath, string IssuerSeatKey,
    string? Title, string? ExpectedOutput, string? LeadAgencyKey, string? Due);

/// <summary>A conclusion another module issued, to be followed as tasks.</summary>
/// <param name="SourceLabel">How the source reads on the task, e.g. "Kết luận lấy ý kiến số 3/2026, mục 1" (the item number is added).</param>
/// <param name="SourcePath">The source's page inside the province, e.g. "y-kien/{id}" or "kiem-tra/doan/{id}".</param>
/// <param name="IssuerSeatKey">The seat that issued the conclusion; it decides extensions.</param>
/// <param name="Items">The items.</param>
public sealed record ConclusionToFollow(string SourceLabel, string SourcePath, string IssuerSeatKey, IReadOnlyList<ConclusionItemToFollow> Items);

/// <summary>One item of a conclusion to follow.</summary>
/// <param name="Id">The item's id in its module: a task follows an item once.</param>
/// <param name="Number">Its number in the conclusion.</param>
/// <param name="Text">What is to be done.</param>
/// <param name="LeadAgencyKey">The agency in charge.</param>
/// <param name="Due">The deadline.</param>
public sealed record ConclusionItemToFollow(Guid Id, int Number, string Text, string LeadAgencyKey, DateOnly Due);
