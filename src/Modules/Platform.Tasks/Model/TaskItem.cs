using Platform.Core.Commands;
using Platform.Core.Persistence;

namespace Platform.Tasks.Model;

/// <summary>Where a task comes from; the source is always shown and linked.</summary>
internal enum TaskSource
{
    /// <summary>A numbered item of an issued conclusion notice.</summary>
    Conclusion = 0,

    /// <summary>An item of the annual work programme or plan.</summary>
    Plan = 1,

    /// <summary>Assigned directly by a leader.</summary>
    Direct = 2,

    /// <summary>An item of the head's conclusion of a consultation between meetings (Platform.Consultations).</summary>
    Consultation = 3,

    /// <summary>A recommendation of an inspection mission's closing notice (Platform.Inspections).</summary>
    Inspection = 4,

    /// <summary>Aimed at an index the province is ranked on, or one of its pillars (Platform.Indices).</summary>
    Index = 5,
}

/// <summary>What is stored of a task's progress; "overdue" and "done late" are never stored but computed (see <see cref="Rules.TaskState"/>).</summary>
internal enum TaskProgress
{
    NotStarted = 0,
    InProgress = 1,
    Done = 2,
    Cancelled = 3,
}

/// <summary>How often a recurring task falls due; each occurrence is a task of its own, created with the series.</summary>
internal enum Recurrence
{
    None = 0,
    Monthly = 1,
    Quarterly = 3,
    HalfYearly = 6,
    Yearly = 12,
}

/// <summary>A piece of assigned work: who leads, who helps, by when, what is expected, where it comes from.</summary>
internal sealed class TaskItem : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public required string Title { get; set; }
    public string? ExpectedOutput { get; set; }

    public TaskSource Source { get; set; }

    /// <summary>The conclusion item, plan item or nothing (direct).</summary>
    public Guid? SourceId { get; set; }

    /// <summary>How the source reads: "Thông báo 15/TB-BCĐ ngày 20/12/2026, mục 2".</summary>
    public required string SourceLabel { get; set; }

    /// <summary>The page of the source inside the province, e.g. "meetings/{id}/notice".</summary>
    public string? SourcePath { get; set; }

    /// <summary>The index the task aims at (its key in the pack), when it comes from an index's page.</summary>
    public string? AimIndexKey { get; set; }

    /// <summary>The pillar of that index the task aims at, as the latest result names it; null for the index as a whole.</summary>
    public string? AimPillar { get; set; }

    public string? PortfolioKey { get; set; }
    public required string LeadAgencyKey { get; set; }
    public List<string> CoAgencyKeys { get; set; } = [];

    /// <summary>The seat of who assigned it (the head, the chair of the meeting, or a deputy): they decide extensions.</summary>
    public required string IssuerSeatKey { get; set; }
    public required string AssignedBy { get; set; }
    public DateTimeOffset AssignedAt { get; set; }

    /// <summary>The deadline first set; kept whatever extensions follow.</summary>
    public DateOnly OriginalDue { get; set; }

    /// <summary>The deadline in force: the original one, or the last extension approved.</summary>
    public DateOnly Due { get; set; }

    public Guid? SeriesId { get; set; }
    public Recurrence Recurrence { get; set; }

    public TaskProgress Progress { get; set; }
    public int? Percent { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string? ClosedBy { get; set; }
    public string? CancelReason { get; set; }

    /// <summary>Title, output and source folded for search without diacritics.</summary>
    public required string SearchText { get; set; }

    public uint Version { get; set; }

    /// <summary>Not started or in progress: neither done nor cancelled.</summary>
    public bool IsOpen => Progress is TaskProgress.NotStarted or TaskProgress.InProgress;

    // The task's state rules. Each returns null when the step is allowed (and, for a transition, takes it), or the
    // refusal the command returns as it is; nothing is changed when refused.

    /// <summary>Whether progress may be reported: not on a task done or cancelled, which the standing agency may reopen.</summary>
    public Outcome? CheckTakesReports() => IsOpen
        ? null
        : Outcome.Broken(new("Nhiệm vụ đã hoàn thành hoặc đã hủy; đề nghị Cơ quan thường trực mở lại nếu cần.", "The task is done or cancelled; ask the standing agency to reopen it."));

    /// <summary>Whether a later deadline may be asked for: not on a task done or cancelled.</summary>
    public Outcome? CheckTakesExtensionRequests() => IsOpen
        ? null
        : Outcome.Broken(new("Nhiệm vụ đã hoàn thành hoặc đã hủy.", "The task is done or cancelled."));

    /// <summary>
    /// The standing agency's changes of state: an open task is marked done or cancelled (with the reason), a closed one
    /// reopened. Any other change is refused.
    /// </summary>
    public Outcome? ChangeState(UpdateKind change, string? reason, DateOnly today, string by)
    {
        switch (change)
        {
            case UpdateKind.MarkedDone when IsOpen:
                (Progress, Percent, CompletedOn, ClosedBy) = (TaskProgress.Done, 100, today, by);
                return null;
            case UpdateKind.Cancelled when IsOpen:
                (Progress, CancelReason, ClosedBy) = (TaskProgress.Cancelled, reason!.Trim(), by);
                return null;
            case UpdateKind.Reopened when !IsOpen:
                (Progress, CompletedOn, CancelReason, ClosedBy) = (TaskProgress.InProgress, null, null, null);
                return null;
            default:
                return Outcome.Broken(new("Không thể chuyển nhiệm vụ sang tình trạng này từ tình trạng hiện tại.", "The task cannot change to that state from its present one."));
        }
    }
}

/// <summary>What a history entry records.</summary>
internal enum UpdateKind
{
    Assigned = 0,
    Progress = 1,
    Comment = 2,
    MarkedDone = 3,
    Reopened = 4,
    Cancelled = 5,
    ExtensionRequested = 6,
    ExtensionApproved = 7,
    ExtensionRefused = 8,
}

/// <summary>One entry of a task's history: progress, a comment, a status change, an extension asked or decided.</summary>
internal sealed class TaskUpdate : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid TaskId { get; set; }
    public UpdateKind Kind { get; set; }
    public string? Text { get; set; }
    public TaskProgress? ProgressAfter { get; set; }
    public int? Percent { get; set; }
    public DateOnly? DueBefore { get; set; }
    public DateOnly? DueAfter { get; set; }
    public required string Author { get; set; }
    public string? AuthorAgencyKey { get; set; }

    /// <summary>Set when the author decided as a deputy acting for the task's issuer: the document naming them (Đắk Lắk, Art. 5.1; Sơn La, Art. 6.1).</summary>
    public string? ActingDocument { get; set; }

    /// <summary>
    /// Set when the standing agency entered a decision its maker took on paper ("nhập thay"): whom it was entered for
    /// (the seat's office); <see cref="Author"/> is then the secretary who entered it.
    /// </summary>
    public string? EnteredFor { get; set; }

    /// <summary>The paper decision's number and date, with <see cref="EnteredFor"/>.</summary>
    public string? PaperDocument { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The update's text folded for the province's search (<c>tasks.fold</c>), kept by the database.</summary>
    public string SearchText { get; private set; } = "";
}

/// <summary>Evidence attached to a progress update; its bytes live in <see cref="TaskFileContent"/>.</summary>
internal sealed class TaskFile : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid TaskId { get; set; }
    public Guid UpdateId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }

    /// <summary>The text inside the file (<see cref="Platform.Core.Files.FileText"/>): null until read, empty when it has none.</summary>
    public string? Text { get; set; }

    /// <summary>The text and the file's name folded for search (<c>tasks.fold</c>), kept by the database.</summary>
    public string SearchText { get; private set; } = "";
}

/// <summary>The bytes of an evidence file.</summary>
internal sealed class TaskFileContent : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public required byte[] Bytes { get; set; }
}

/// <summary>Where an extension request stands.</summary>
internal enum ExtensionStatus
{
    Pending = 0,
    Approved = 1,
    Refused = 2,
}

/// <summary>The lead agency's request for a later deadline, decided by whoever assigned the task.</summary>
internal sealed class ExtensionRequest : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid TaskId { get; set; }
    public DateOnly CurrentDue { get; set; }
    public DateOnly RequestedDue { get; set; }
    public required string Reason { get; set; }
    public required string RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public required string ApproverSeatKey { get; set; }
    public ExtensionStatus Status { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
    public uint Version { get; set; }
}
