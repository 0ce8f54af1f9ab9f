using Platform.Core.Localization;
using Platform.Core.Persistence;

namespace Platform.Inspections.Model;

/// <summary>Where a mission stands, as the plan page shows it; never stored but computed from the plan, the period and the notice.</summary>
internal enum MissionState
{
    /// <summary>In a plan not yet issued: a draft, not counted.</summary>
    Draft = 0,

    /// <summary>In effect, its period not yet started.</summary>
    NotStarted = 1,

    /// <summary>Its period has started and no closing notice is issued yet.</summary>
    InProgress = 2,

    /// <summary>Its period has ended without a closing notice.</summary>
    Late = 3,

    /// <summary>The closing notice is issued.</summary>
    Done = 4,
}

/// <summary>
/// The annual inspection and supervision plan (kế hoạch kiểm tra, giám sát hằng năm): drafted by the standing agency
/// (e.g. Đắk Lắk, Art. 8.2), issued by the seat the pack names (the head by default, e.g. Đắk Lắk, Art. 4.2). It takes
/// effect only when issued; until then its missions are a draft.
/// </summary>
internal sealed class InspectionPlan : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public int Year { get; set; }
    public required string Content { get; set; }
    public required string DraftedBy { get; set; }
    public DateTimeOffset DraftedAt { get; set; }
    public string? IssuedBySeat { get; set; }
    public string? IssuedBy { get; set; }
    public DateTimeOffset? IssuedAt { get; set; }

    /// <summary>The number of the issuing document (số văn bản), if given.</summary>
    public string? DocumentNumber { get; set; }
    public DateOnly? DocumentDate { get; set; }
    public uint Version { get; set; }

    public bool Issued => IssuedAt is not null;

    public Message? CannotEdit() => Issued
        ? new("Kế hoạch đã được ban hành; không sửa được nội dung.", "The plan is issued; its content cannot be changed.")
        : null;

    public Message? CannotIssue() => Issued
        ? new("Kế hoạch này đã được ban hành.", "This plan is already issued.")
        : null;
}

/// <summary>
/// An inspection mission (đoàn kiểm tra, giám sát; đoàn công tác): in the year's plan, or ad hoc, set up by the seat(s)
/// the pack names (e.g. Đắk Lắk, Art. 4.3: the head; Sơn La, Art. 6.2, 7.2: the head or the deputies). It has a lead
/// (a leader seat), a team, the agencies and localities inspected, findings per agency, recommendations and, at the
/// end, the closing notice (thông báo kết luận kiểm tra), after which findings and recommendations are final.
/// </summary>
internal sealed class Mission : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public int Year { get; set; }

    /// <summary>The plan the mission belongs to; null for an ad hoc mission (đột xuất).</summary>
    public Guid? PlanId { get; set; }
    public required string Subject { get; set; }

    /// <summary>Localities and other places inspected, typed as text (the committee's agencies are in <see cref="Agencies"/>).</summary>
    public string? Localities { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public required string LeadSeatKey { get; set; }
    public required string LeadOffice { get; set; }
    public string? LeadName { get; set; }
    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public string? DecisionSigner { get; set; }

    /// <summary>Who confirmed the team despite a member's agency being inspected (conflict of interest); null when there was none.</summary>
    public string? ConflictConfirmedBy { get; set; }
    public required string SetUpBy { get; set; }
    public DateTimeOffset SetUpAt { get; set; }
    public string? NoticeText { get; set; }

    /// <summary>The subject and the closing notice's text folded for search (<c>inspections.fold</c>), kept by the database.</summary>
    public string SearchText { get; private set; } = "";
    public string? NoticeNumber { get; set; }
    public DateOnly? NoticeDate { get; set; }
    public string? NoticeIssuedBySeat { get; set; }
    public string? NoticeIssuedBy { get; set; }
    public DateTimeOffset? NoticeIssuedAt { get; set; }
    public uint Version { get; set; }

    public List<InspectedAgency> Agencies { get; set; } = [];
    public List<TeamMember> Members { get; set; } = [];
    public List<Recommendation> Recommendations { get; set; } = [];

    public bool AdHoc => PlanId is null;

    /// <summary>The mission's state on <paramref name="today"/>; <paramref name="planIssued"/> tells whether its plan (if any) took effect.</summary>
    public static MissionState StateOf(bool inPlan, bool planIssued, bool noticeIssued, DateOnly from, DateOnly to, DateOnly today) =>
        inPlan && !planIssued ? MissionState.Draft
        : noticeIssued ? MissionState.Done
        : today > to ? MissionState.Late
        : today >= from ? MissionState.InProgress
        : MissionState.NotStarted;

    public MissionState State(bool planIssued, DateOnly today) => StateOf(PlanId is not null, planIssued, NoticeIssuedAt is not null, From, To, today);

    /// <summary>Findings and recommendations: only for a mission in effect, and never after the closing notice.</summary>
    public Message? CannotRecord(bool planIssued) =>
        NoticeIssuedAt is not null
            ? new("Đã ban hành thông báo kết luận kiểm tra; kết quả kiểm tra và kiến nghị không sửa được nữa.", "The closing notice is issued; findings and recommendations can no longer be changed.")
            : PlanId is not null && !planIssued
                ? new("Đoàn thuộc kế hoạch chưa được ban hành; kế hoạch có hiệu lực khi được ban hành.", "The mission belongs to a plan not yet issued; the plan takes effect only when issued.")
                : null;
}

/// <summary>An agency of the committee inspected by a mission, with the mission's findings about it.</summary>
internal sealed class InspectedAgency : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid MissionId { get; set; }
    public required string AgencyKey { get; set; }
    public string? Findings { get; set; }

    /// <summary>The findings folded for search (<c>inspections.fold</c>), kept by the database.</summary>
    public string SearchText { get; private set; } = "";
}

/// <summary>A member of a mission's team: a seat of the committee (as it stood on the day), or someone from outside with their unit.</summary>
internal sealed class TeamMember : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid MissionId { get; set; }
    public int Order { get; set; }

    /// <summary>The committee seat; null for someone who is not a member of the committee.</summary>
    public string? SeatKey { get; set; }
    public required string Name { get; set; }

    /// <summary>The seat's office, or the outsider's unit.</summary>
    public string? Unit { get; set; }

    /// <summary>The seat holder's agency, if the seat has one (to spot a conflict of interest).</summary>
    public string? AgencyKey { get; set; }
}

/// <summary>A recommendation of a mission to an inspected agency, with its deadline; followed as a task once the closing notice is issued.</summary>
internal sealed class Recommendation : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid MissionId { get; set; }
    public int Number { get; set; }
    public required string Text { get; set; }

    /// <summary>The recommendation folded for search (<c>inspections.fold</c>), kept by the database.</summary>
    public string SearchText { get; private set; } = "";
    public required string LeadAgencyKey { get; set; }
    public DateOnly Due { get; set; }
}

/// <summary>A document of a mission (decision, report, minutes…); its bytes are kept apart (<see cref="MissionFileContent"/>).</summary>
internal sealed class MissionFile : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid MissionId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>The text inside the file (<see cref="Platform.Core.Files.FileText"/>): null until read, empty when it has none.</summary>
    public string? Text { get; set; }

    /// <summary>The text and the file's name folded for search (<c>inspections.fold</c>), kept by the database.</summary>
    public string SearchText { get; private set; } = "";
}

/// <summary>The bytes of a mission's document.</summary>
internal sealed class MissionFileContent : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public required byte[] Bytes { get; set; }
}
