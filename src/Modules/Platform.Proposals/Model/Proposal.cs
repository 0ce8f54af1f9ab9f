using Platform.Core.Localization;
using Platform.Core.Persistence;

namespace Platform.Proposals.Model;

/// <summary>What is raised: a proposal (kiến nghị, đề xuất) or a difficulty, an obstacle (khó khăn, vướng mắc).</summary>
internal enum ProposalKind
{
    Proposal = 0,
    Obstacle = 1,
}

/// <summary>Where a proposal stands with the standing agency.</summary>
internal enum ProposalState
{
    /// <summary>Filed, waiting for the standing agency.</summary>
    Filed = 0,

    /// <summary>Forwarded to the competent agency, whose focal points answer it.</summary>
    Forwarded = 1,

    /// <summary>Put to the committee's leaders: the decider the pack names decides.</summary>
    WithLeaders = 2,

    /// <summary>Put on a meeting's agenda (a chosen one, or the next); the standing agency records the outcome.</summary>
    OnAgenda = 3,

    /// <summary>Answered: closed, the answer recorded and shown to the filer.</summary>
    Answered = 4,
}

/// <summary>Who raised it: a member for their seat, a body (sub-committee, working group), or an agency through its focal point.</summary>
internal enum FilerKind
{
    Seat = 0,
    Body = 1,
    Agency = 2,
}

/// <summary>Who recorded the answer.</summary>
internal enum AnswerSource
{
    /// <summary>The standing agency (Cơ quan thường trực).</summary>
    StandingAgency = 0,

    /// <summary>The competent agency it was forwarded to, through its focal point.</summary>
    CompetentAgency = 1,

    /// <summary>The leader the pack names as decider: the answer is their decision.</summary>
    Leader = 2,
}

/// <summary>What happened to a proposal, in its history.</summary>
internal enum ProposalStep
{
    Filed = 0,
    Forwarded = 1,
    PutToLeaders = 2,
    PutOnAgenda = 3,
    TakenByMeeting = 4,
    Answered = 5,
}

/// <summary>
/// A proposal, difficulty or obstacle raised by a member, a body or an agency through the standing agency (Đắk Lắk,
/// Art. 7.1c–7.3c, 14.4; Sơn La, Art. 9.1c, 10.1–10.2 — the module reads the articles from the pack). The standing
/// agency answers it, forwards it to the competent agency, puts it to the leaders (the decider the pack names decides)
/// or puts it on a meeting's agenda. State rules live here.
/// </summary>
internal sealed class Proposal : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }
    public ProposalKind Kind { get; set; }
    public required string Subject { get; set; }

    /// <summary>What is asked, or the obstacle described with the solution proposed.</summary>
    public required string Content { get; set; }

    /// <summary>Subject, content and answer folded for search (<c>proposals.fold</c>), kept by the database.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>The pack's portfolio (lĩnh vực) it concerns, if one.</summary>
    public string? PortfolioKey { get; set; }

    /// <summary>Of whom it is asked, as typed, when not an agency of the committee.</summary>
    public string? AddresseeText { get; set; }

    /// <summary>Of whom it is asked, when an agency of the committee.</summary>
    public string? AddresseeAgencyKey { get; set; }

    public FilerKind FilerKind { get; set; }

    /// <summary>The seat, body or agency key it was filed for.</summary>
    public required string FilerKey { get; set; }

    /// <summary>The filer's name as it stood on the day: the seat's office and holder, the body's or the agency's name.</summary>
    public required string FilerName { get; set; }
    public required string FiledBy { get; set; }
    public DateTimeOffset FiledAt { get; set; }

    /// <summary>The day filed (Vietnam time): its age counts from it.</summary>
    public DateOnly FiledOn { get; set; }

    /// <summary>The last day to answer, when the pack states a response time in working days; null otherwise.</summary>
    public DateOnly? Due { get; set; }

    public ProposalState State { get; set; }

    /// <summary>The competent agency it was forwarded to.</summary>
    public string? ForwardedTo { get; set; }

    /// <summary>The meeting whose agenda it is on: chosen, or the meeting that took it; null while waiting for the next meeting.</summary>
    public Guid? MeetingId { get; set; }
    public string? MeetingTitle { get; set; }

    /// <summary>True once the meeting took it as an agenda item.</summary>
    public bool TakenByMeeting { get; set; }

    public string? Answer { get; set; }
    public AnswerSource? AnsweredAs { get; set; }
    public string? AnsweredBy { get; set; }

    /// <summary>The leader's seat, when the answer is a leader's decision.</summary>
    public string? AnsweredBySeat { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public uint Version { get; set; }

    public List<ProposalEvent> Events { get; set; } = [];

    public string Reference => $"{Number}/{Year}";

    /// <summary>Days since it was filed.</summary>
    public int Age(DateOnly today) => today.DayNumber - FiledOn.DayNumber;

    /// <summary>Not answered and past its due day (only when the pack states a response time).</summary>
    public bool Overdue(DateOnly today) => State != ProposalState.Answered && Due is { } due && today > due;

    /// <summary>The standing agency routes a proposal it has not closed: filed, or re-routed from the agency or the leaders.</summary>
    public Message? CannotRoute() => State == ProposalState.Answered
        ? new("Kiến nghị đã được trả lời; không chuyển xử lý được nữa.", "The proposal is answered; it can no longer be routed.")
        : null;

    /// <summary>Put on an agenda: not once a meeting took it.</summary>
    public Message? CannotPutOnAgenda() => CannotRoute() ?? (State == ProposalState.OnAgenda && TakenByMeeting
        ? new("Kiến nghị đã được đưa vào chương trình một cuộc họp.", "The proposal is already on a meeting's agenda.")
        : null);

    public Message? CannotBeTaken(Guid meetingId) => State != ProposalState.OnAgenda
        ? new("Kiến nghị không chờ đưa vào chương trình họp.", "The proposal is not waiting for a meeting's agenda.")
        : TakenByMeeting ? new("Kiến nghị đã được đưa vào chương trình một cuộc họp.", "The proposal is already on a meeting's agenda.")
        : MeetingId is { } chosen && chosen != meetingId ? new("Kiến nghị được đề xuất cho một cuộc họp khác.", "The proposal was put on another meeting's agenda.")
        : null;
}

/// <summary>One step of a proposal's history: filed, forwarded, put to the leaders or on an agenda, taken, answered.</summary>
internal sealed class ProposalEvent : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid ProposalId { get; set; }
    public ProposalStep Step { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>What the step says: the agency forwarded to, the meeting, the answer.</summary>
    public string? Note { get; set; }
}

/// <summary>A document filed with a proposal; its bytes are kept apart (<see cref="FileContent"/>) so lists never read them.</summary>
internal sealed class ProposalFile : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid ProposalId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>The text inside the file (<see cref="Platform.Core.Files.FileText"/>): null until read, empty when it has none.</summary>
    public string? Text { get; set; }

    /// <summary>The text and the file's name folded for search (<c>proposals.fold</c>), kept by the database.</summary>
    public string SearchText { get; private set; } = "";
}

/// <summary>The bytes of a proposal's file.</summary>
internal sealed class FileContent : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public required byte[] Bytes { get; set; }
}
