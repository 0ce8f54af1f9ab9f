namespace Platform.Inspections.Contracts;

/// <summary>
/// What other modules may read of the inspections' record: the findings about an agency in missions closed in a year
/// (the evidence a commendation or a criticism proposal carries).
/// </summary>
public interface IInspectionRecords
{
    /// <summary>
    /// The findings recorded about <paramref name="agencyKey"/> in missions whose closing notice was issued in
    /// <paramref name="year"/>, oldest first. One statement.
    /// </summary>
    Task<IReadOnlyList<InspectionFinding>> FindingsAsync(string agencyKey, int year, CancellationToken cancellationToken);
}

/// <summary>One mission's findings about one agency.</summary>
/// <param name="MissionId">The mission.</param>
/// <param name="Subject">What the mission inspected.</param>
/// <param name="NoticeNumber">The closing notice's number, if it has one.</param>
/// <param name="NoticeDate">The closing notice's date.</param>
/// <param name="Findings">The findings about the agency.</param>
public sealed record InspectionFinding(Guid MissionId, string Subject, string? NoticeNumber, DateOnly NoticeDate, string Findings);
