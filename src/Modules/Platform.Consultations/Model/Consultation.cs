using Platform.Core.Localization;
using Platform.Core.Persistence;

namespace Platform.Consultations.Model;

/// <summary>Where a consultation stands.</summary>
internal enum ConsultationState
{
    /// <summary>Drafted by the standing agency, awaiting the approver.</summary>
    Draft = 0,

    /// <summary>Approved and sent: members answer until the deadline (and, late, after it).</summary>
    Open = 1,

    /// <summary>Closed with the synthesis; the head's conclusion may follow.</summary>
    Closed = 2,

    /// <summary>Withdrawn before its deadline, with a reason; the answers are kept.</summary>
    Withdrawn = 3,
}

/// <summary>How a question is answered.</summary>
internal enum QuestionKind
{
    /// <summary>Agree, disagree or another opinion, with an optional comment.</summary>
    Choice = 0,

    /// <summary>Free text only.</summary>
    FreeText = 1,
}

/// <summary>A member's position on a choice question.</summary>
internal enum Position
{
    Agree = 0,
    Disagree = 1,
    Other = 2,
}

/// <summary>
/// A consultation between meetings (lấy ý kiến thành viên): written opinions (Đắk Lắk, Art. 3; Sơn La, Art. 3) or, when
/// urgent, opinions through the digital platform (Sơn La, Art. 3). The standing agency drafts it, the approver the pack
/// names (by default the head) sends it, members answer per question, the standing agency closes it with a synthesis
/// and the head concludes. State rules live here.
/// </summary>
internal sealed class Consultation : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }
    public required string Subject { get; set; }
    public string? Details { get; set; }

    /// <summary>Subject, details, synthesis and conclusion folded for search (<c>consultations.fold</c>), kept by the database.</summary>
    public string SearchText { get; private set; } = "";
    public bool Urgent { get; set; }

    /// <summary>True when the recipients were chosen; false when every member seat on the launch day was asked.</summary>
    public bool ChosenRecipients { get; set; }

    /// <summary>The group asked, when it was one: the leaders, or a body's name (a sub-committee, a working group).</summary>
    public string? RecipientGroup { get; set; }

    /// <summary>The meeting that handed this question to a written consultation ("xin ý kiến bằng văn bản sau cuộc họp"), if any.</summary>
    public Guid? MeetingId { get; set; }

    /// <summary>That meeting's title as it stood on the launch day.</summary>
    public string? MeetingTitle { get; set; }

    /// <summary>The last day to answer (Vietnam time); an answer sent after it is kept and marked late.</summary>
    public DateOnly Deadline { get; set; }

    public ConsultationState State { get; set; }
    public required string DraftedBy { get; set; }
    public DateTimeOffset DraftedAt { get; set; }
    public string? ApprovedBySeat { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public string? Synthesis { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? Conclusion { get; set; }
    public string? ConcludedBySeat { get; set; }
    public DateTimeOffset? ConcludedAt { get; set; }
    public string? WithdrawalReason { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public uint Version { get; set; }

    public List<Question> Questions { get; set; } = [];
    public List<Recipient> Recipients { get; set; } = [];
    public List<ConclusionItem> Items { get; set; } = [];

    public string Reference => $"{Number}/{Year}";

    public Message? CannotApprove() => State == ConsultationState.Draft ? null
        : new("Chỉ duyệt được phiếu lấy ý kiến đang là dự thảo.", "Only a draft consultation can be approved.");

    /// <summary>Answering: only while open (a late answer is still taken and marked late); never after withdrawal or closing.</summary>
    public Message? CannotAnswer() => State switch
    {
        ConsultationState.Open => null,
        ConsultationState.Withdrawn => new("Việc lấy ý kiến đã được thu hồi; không nhận thêm ý kiến.", "The consultation was withdrawn; no more answers are taken."),
        ConsultationState.Closed => new("Việc lấy ý kiến đã kết thúc; không nhận thêm ý kiến.", "The consultation is closed; no more answers are taken."),
        _ => new("Phiếu lấy ý kiến chưa được duyệt gửi.", "The consultation has not been approved and sent yet."),
    };

    public Message? CannotClose() => State == ConsultationState.Open ? null
        : new("Chỉ kết thúc được việc lấy ý kiến đang mở.", "Only an open consultation can be closed.");

    public Message? CannotConclude() => State != ConsultationState.Closed
        ? new("Trưởng Ban kết luận sau khi Cơ quan thường trực tổng hợp và kết thúc việc lấy ý kiến.", "The head concludes once the standing agency has closed the consultation with its synthesis.")
        : Conclusion is not null ? new("Việc lấy ý kiến này đã có kết luận.", "This consultation is already concluded.") : null;

    /// <summary>Withdrawing: a draft or an open consultation, before its deadline has passed.</summary>
    public Message? CannotWithdraw(DateOnly today) =>
        State is not (ConsultationState.Draft or ConsultationState.Open)
            ? new("Chỉ thu hồi được việc lấy ý kiến chưa kết thúc.", "Only a consultation not yet closed can be withdrawn.")
            : today > Deadline ? new("Đã quá hạn trả lời; hãy kết thúc và tổng hợp thay vì thu hồi.", "The deadline has passed; close it with a synthesis instead of withdrawing it.") : null;
}

/// <summary>A question of a consultation.</summary>
internal sealed class Question : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid ConsultationId { get; set; }
    public int Number { get; set; }
    public required string Text { get; set; }
    public QuestionKind Kind { get; set; }
}

/// <summary>A seat asked for its opinion, as it stood on the launch day.</summary>
internal sealed class Recipient : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid ConsultationId { get; set; }
    public int Order { get; set; }
    public required string SeatKey { get; set; }
    public required string Office { get; set; }
    public string? HolderName { get; set; }
    public string? AgencyKey { get; set; }
}

/// <summary>
/// A seat's answer: immutable once sent. A corrected answer is a new version that keeps the earlier ones; exactly one
/// version is current (a unique index on the seat's versions refuses a second "first" answer sent at the same moment).
/// </summary>
internal sealed class Answer : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid ConsultationId { get; set; }
    public required string SeatKey { get; set; }

    /// <summary>1 for the first answer, then 2, 3… for corrections.</summary>
    public int Revision { get; set; }
    public bool Current { get; set; }
    public required string SentBy { get; set; }
    public DateTimeOffset SentAt { get; set; }

    /// <summary>Sent after the deadline day: kept, and shown as late.</summary>
    public bool Late { get; set; }
    public List<AnswerLine> Lines { get; set; } = [];
}

/// <summary>An answer to one question.</summary>
internal sealed class AnswerLine : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid AnswerId { get; set; }
    public Guid QuestionId { get; set; }
    public Position? Position { get; set; }
    public string? Comment { get; set; }
}

/// <summary>An item of the head's conclusion, followed as a task.</summary>
internal sealed class ConclusionItem : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid ConsultationId { get; set; }
    public int Number { get; set; }
    public required string Text { get; set; }
    public required string LeadAgencyKey { get; set; }
    public DateOnly Due { get; set; }
}

/// <summary>
/// A file of a consultation: a document sent with the request for opinions (no <see cref="AnswerId"/>), or one a member
/// sent with an answer revision. Its bytes are kept apart (<see cref="FileContent"/>) so lists never read them.
/// </summary>
internal sealed class ConsultationFile : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid ConsultationId { get; set; }

    /// <summary>The answer revision the file came with; null for the request's own documents.</summary>
    public Guid? AnswerId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>The text inside the file (<see cref="Platform.Core.Files.FileText"/>): null until read, empty when it has none.</summary>
    public string? Text { get; set; }

    /// <summary>The text and the file's name folded for search (<c>consultations.fold</c>), kept by the database.</summary>
    public string SearchText { get; private set; } = "";
}

/// <summary>The bytes of a consultation file.</summary>
internal sealed class FileContent : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public required byte[] Bytes { get; set; }
}

/// <summary>
/// An answer an agency's focal point prepared for the seat its leader holds (issue: "an agency's focal point may prepare
/// the answer, the seat holder sends it"). It is not an opinion: only the holder's sending makes one, and sending removes
/// the draft. One draft per seat; a second focal point's save over a draft they did not see is refused.
/// </summary>
internal sealed class AnswerDraft : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid ConsultationId { get; set; }
    public required string SeatKey { get; set; }
    public required string PreparedBy { get; set; }
    public DateTimeOffset PreparedAt { get; set; }
    public uint Version { get; set; }
    public List<DraftLine> Lines { get; set; } = [];
}

/// <summary>A prepared answer to one question.</summary>
internal sealed class DraftLine : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid DraftId { get; set; }
    public Guid QuestionId { get; set; }
    public Position? Position { get; set; }
    public string? Comment { get; set; }
}
