using Platform.Core.Commands;
using Platform.Core.Localization;
using Platform.Core.Persistence;
using Platform.Sdk;
using Platform.Sdk.Meetings;

namespace Platform.Meetings.Model;

/// <summary>Where a meeting stands.</summary>
internal enum MeetingStatus
{
    /// <summary>Proposed by the standing agency, waiting for the head's decision (e.g. Sơn La, Art. 12.3).</summary>
    Proposed = 0,

    /// <summary>Decided and scheduled; invitations are out.</summary>
    Scheduled = 1,

    /// <summary>Held; attendance, minutes and the conclusion notice follow.</summary>
    Held = 2,

    /// <summary>Cancelled, or a proposal the head turned down; the reason is kept.</summary>
    Cancelled = 3,
}

/// <summary>A meeting, conference or workshop of the committee, from its plan to its conclusion notice.</summary>
internal sealed class Meeting : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public MeetingKind Kind { get; set; }
    public required string Title { get; set; }

    /// <summary>The title folded for search (<c>meetings.fold</c>), kept by the database with every change of the title.</summary>
    public string SearchText { get; private set; } = "";
    public MeetingMode Mode { get; set; }
    public string? Location { get; set; }
    public string? OnlineLink { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public int DurationMinutes { get; set; }

    /// <summary>For a regular meeting: the period it is the meeting of.</summary>
    public PeriodKind? PeriodKind { get; set; }
    public int? PeriodYear { get; set; }
    public int? PeriodNumber { get; set; }

    public MeetingStatus Status { get; set; }

    /// <summary>The seat that chairs: the head's, or a deputy's by the head's delegation.</summary>
    public required string ChairSeatKey { get; set; }

    /// <summary>The head's delegation when a deputy chairs: its reference ("Văn bản ủy quyền số …").</summary>
    public string? Delegation { get; set; }

    /// <summary>The meeting takes opinions on major issues or on draft reports to superiors (Sơn La, Art. 9.2c–d).</summary>
    public bool TakesOpinions { get; set; }

    /// <summary>The standing agency's proposal report (Đắk Lắk, Art. 9.1).</summary>
    public ProposalReport Proposal { get; set; } = new();

    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who decided the meeting (the head, for a proposed extraordinary meeting), when and with what note.</summary>
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }

    public string? Minutes { get; set; }

    /// <summary>The minutes folded for the province's search (<c>meetings.fold</c>), kept by the database.</summary>
    public string MinutesSearchText { get; private set; } = "";
    public string? MinutesBy { get; set; }
    public DateTimeOffset? MinutesAt { get; set; }

    public uint Version { get; set; }

    public List<AgendaItem> Agenda { get; set; } = [];
    public List<Invitation> Invitations { get; set; } = [];

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(DurationMinutes);

    /// <summary>Held or cancelled: what was planned no longer changes.</summary>
    public bool IsClosed => Status is MeetingStatus.Held or MeetingStatus.Cancelled;

    // The state rules of a meeting. Each returns null when the step is allowed (and, for a transition, takes it), or
    // the refusal the command returns as it is; nothing is changed when refused.

    /// <summary>Whether the meeting's plan (time, place, chair, proposal) may still be revised: not once held or cancelled.</summary>
    public Outcome? CheckRevisable() => IsClosed
        ? Outcome.Broken(new("Cuộc họp đã diễn ra hoặc đã hủy: không sửa được nữa.", "The meeting was held or cancelled: it can no longer be edited."))
        : null;

    /// <summary>Whether the agenda and the invitees may still change: not once held or cancelled.</summary>
    public Outcome? CheckAgendaAndInviteesOpen() => IsClosed
        ? Outcome.Broken(new("Cuộc họp đã diễn ra hoặc đã hủy: không thay đổi được chương trình, thành phần.", "The meeting was held or cancelled: its agenda and invitees are closed."))
        : null;

    /// <summary>Whether members may still send material for the head's speech: until the meeting is held or cancelled.</summary>
    public Outcome? CheckTakesBriefings() => IsClosed
        ? Outcome.Broken(new("Cuộc họp đã diễn ra hoặc đã bị hủy; không gửi thêm tài liệu được.", "The meeting was held or cancelled; nothing more can be sent."))
        : null;

    /// <summary>Whether the register may be recorded: a held meeting only.</summary>
    public Outcome? CheckTakesAttendance() => Status != MeetingStatus.Held
        ? Outcome.Broken(new("Hãy ghi nhận cuộc họp đã diễn ra trước khi điểm danh.", "Record the meeting as held before taking attendance."))
        : null;

    /// <summary>Whether a conclusion notice may be drafted: after the meeting is held.</summary>
    public Outcome? CheckTakesConclusions() => Status != MeetingStatus.Held
        ? Outcome.Broken(new("Thông báo kết luận được lập sau khi cuộc họp diễn ra.", "The conclusion notice is drafted after the meeting is held."))
        : null;

    /// <summary>
    /// The head's decision on a proposed meeting (e.g. Sơn La, Art. 12.3): scheduled, or cancelled with the reason.
    /// Only a proposal waits for a decision, and turning one down needs a reason.
    /// </summary>
    public Outcome? Decide(bool approve, string? note, string by, DateTimeOffset at)
    {
        if (Status != MeetingStatus.Proposed)
        {
            return Outcome.Broken(new("Cuộc họp này không chờ quyết định.", "This meeting is not waiting for a decision."));
        }

        if (!approve && string.IsNullOrWhiteSpace(note))
        {
            return Outcome.Invalid(new Dictionary<string, Message> { ["Note"] = new("Hãy ghi lý do không đồng ý.", "Give the reason for turning it down.") });
        }

        Status = approve ? MeetingStatus.Scheduled : MeetingStatus.Cancelled;
        (DecidedBy, DecidedAt, DecisionNote) = (by, at, note?.Trim());
        return null;
    }

    /// <summary>Records that the meeting took place: a scheduled meeting, from its start on.</summary>
    public Outcome? MarkHeld(DateTimeOffset now)
    {
        if (Status != MeetingStatus.Scheduled)
        {
            return Outcome.Broken(new("Chỉ cuộc họp đã lên lịch mới ghi nhận là đã họp.", "Only a scheduled meeting can be recorded as held."));
        }

        if (now < StartsAt)
        {
            return Outcome.Broken(new("Cuộc họp chưa đến giờ bắt đầu.", "The meeting has not started yet."));
        }

        Status = MeetingStatus.Held;
        return null;
    }

    /// <summary>Cancels a meeting not yet held or cancelled, keeping the reason.</summary>
    public Outcome? Cancel(string reason)
    {
        if (IsClosed)
        {
            return Outcome.Broken(new("Cuộc họp đã diễn ra hoặc đã hủy.", "The meeting was already held or cancelled."));
        }

        Status = MeetingStatus.Cancelled;
        DecisionNote = reason.Trim();
        return null;
    }

    /// <summary>The standing agency's minutes: of a held meeting only.</summary>
    public Outcome? WriteMinutes(string? minutes, string by, DateTimeOffset at)
    {
        if (Status != MeetingStatus.Held)
        {
            return Outcome.Broken(new("Biên bản chỉ lập cho cuộc họp đã diễn ra.", "Minutes are kept for a held meeting only."));
        }

        Minutes = string.IsNullOrWhiteSpace(minutes) ? null : minutes.Trim();
        (MinutesBy, MinutesAt) = (by, at);
        return null;
    }
}

/// <summary>The standing agency's proposal for a meeting: objectives, time, composition, progress and results (Đắk Lắk, Art. 9.1).</summary>
internal sealed class ProposalReport
{
    public string? Objectives { get; set; }
    public string? Composition { get; set; }
    public string? Progress { get; set; }
    public string? Results { get; set; }
}

/// <summary>An item of a meeting's agenda.</summary>
internal sealed class AgendaItem : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid MeetingId { get; set; }
    public int Order { get; set; }
    public required string Title { get; set; }
    public string? Presenter { get; set; }
    public int DurationMinutes { get; set; }

    /// <summary>The item and its presenter folded for the province's search (<c>meetings.fold</c>), kept by the database.</summary>
    public string SearchText { get; private set; } = "";
}

/// <summary>A document of a meeting. Its bytes live in <see cref="DocumentContent"/> so lists never load them.</summary>
internal sealed class MeetingDocument : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid MeetingId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>Who may read it; a state secret is only referenced, never stored (<see cref="DocumentClassification"/>).</summary>
    public DocumentClassification Classification { get; set; }

    /// <summary>For a state secret: where the paper original is kept (the unit and its secret-records officer).</summary>
    public string? KeptAt { get; set; }

    /// <summary>The text inside the file (<see cref="Platform.Core.Files.FileText"/>): null until read, empty when it has none.</summary>
    public string? Text { get; set; }

    /// <summary>The text and the file's name folded for search (<c>meetings.fold</c>), kept by the database.</summary>
    public string SearchText { get; private set; } = "";
}

/// <summary>
/// How far a meeting document may travel. The Law on Protection of State Secrets (No. 29/2018/QH14) sets three degrees of
/// secret; the standing agency answers for protecting them (Đắk Lắk, Art. 10.4). Platform is not a system accredited for
/// secrets, so a secret document is never uploaded: only its reference (number, summary, degree, where the paper is
/// kept) is recorded with the meeting. A restricted document is stored but read only by the standing agency and the
/// committee's leaders.
/// </summary>
internal enum DocumentClassification
{
    /// <summary>Read by everyone who reads the meeting.</summary>
    Normal = 0,

    /// <summary>"Hạn chế": the standing agency and the leaders only; not in others' search, lists or ZIPs.</summary>
    Restricted = 1,

    /// <summary>"Mật": reference only.</summary>
    Secret = 2,

    /// <summary>"Tối mật": reference only.</summary>
    TopSecret = 3,

    /// <summary>"Tuyệt mật": reference only.</summary>
    AbsoluteSecret = 4,
}

/// <summary>The bytes of a meeting document.</summary>
internal sealed class DocumentContent : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public required byte[] Bytes { get; set; }
}

/// <summary>Attendance as recorded in the register.</summary>
internal enum Attendance
{
    NotRecorded = 0,
    Present = 1,
    Excused = 2,
    Substitute = 3,
    AbsentWithoutLeave = 4,
}

/// <summary>Someone invited to a meeting: a member by seat, or a guest chosen by the chair (or the head).</summary>
internal sealed class Invitation : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid MeetingId { get; set; }

    /// <summary>The member's seat; null for a guest.</summary>
    public string? SeatKey { get; set; }

    /// <summary>The holder's or guest's name as invited.</summary>
    public required string Name { get; set; }

    /// <summary>The office or organisation.</summary>
    public required string Office { get; set; }

    public string? AgencyKey { get; set; }
    public int Order { get; set; }
    public string? InvitedBy { get; set; }

    public Attendance Attendance { get; set; }
    public string? SubstituteName { get; set; }
    public string? AttendanceNote { get; set; }

    public bool IsGuest => SeatKey is null;
}

/// <summary>
/// Information and documents a member sends for the head's speech at a meeting, to the agency that prepares it (e.g.
/// Đắk Lắk, Art. 13.2: to the PPC Office, for extraordinary and thematic meetings). A member may send more than once;
/// each send is kept. Its file's bytes live in <see cref="BriefingContent"/> so lists never load them.
/// </summary>
internal sealed class Briefing : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid MeetingId { get; set; }

    /// <summary>The member seat it is sent for.</summary>
    public required string SeatKey { get; set; }
    public required string Text { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long? Size { get; set; }
    public string? Sha256 { get; set; }
    public required string SentBy { get; set; }
    public DateTimeOffset SentAt { get; set; }
}

/// <summary>The bytes of the file sent with a <see cref="Briefing"/>.</summary>
internal sealed class BriefingContent : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public required byte[] Bytes { get; set; }
}
