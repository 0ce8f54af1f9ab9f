using Platform.Core.Persistence;

namespace Platform.Meetings.Model;

/// <summary>Where an absence request stands.</summary>
internal enum RequestStatus
{
    Pending = 0,
    Approved = 1,
    Refused = 2,
}

/// <summary>A member's request to be excused from a meeting, possibly sending a substitute.</summary>
internal sealed class AbsenceRequest : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid MeetingId { get; set; }
    public Guid InvitationId { get; set; }
    public required string SeatKey { get; set; }
    public required string Reason { get; set; }
    public string? SubstituteName { get; set; }
    public string? SubstituteTitle { get; set; }

    /// <summary>The member's written opinion, when the province's rule asks for one (Sơn La, Art. 9.2c–d).</summary>
    public string? WrittenOpinion { get; set; }

    public required string RequestedBy { get; set; }

    /// <summary>
    /// Who held the seat on the meeting's day when the request was made; null for requests made before this was kept.
    /// A request of a holder since replaced no longer applies (<see cref="AbsenceRequest.MadeByAnotherHolder"/>).
    /// </summary>
    public string? HolderName { get; set; }
    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>The rule the request breaks by coming late, with its article; null when on time.</summary>
    public string? LateRule { get; set; }

    public RequestStatus Status { get; set; }

    /// <summary>The seat whose holder decides (the head's or the chair's), fixed when the request is made.</summary>
    public required string ApproverSeatKey { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }

    /// <summary>
    /// Set when the decision was taken by a deputy acting for the approver (Đắk Lắk, Art. 5.1; Sơn La, Art. 6.1): the
    /// document naming them ("12/QĐ-BCĐ (01/12/2026)"), shown as "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN".
    /// </summary>
    public string? ActingDocument { get; set; }

    /// <summary>
    /// Set when the standing agency entered a decision the approver took on paper: the approver's name. The document
    /// is <see cref="PaperDocument"/>; <see cref="DecidedBy"/> is then the secretary who entered it.
    /// </summary>
    public string? EnteredFor { get; set; }

    /// <summary>The paper decision's number and date, for a decision entered on the approver's behalf.</summary>
    public string? PaperDocument { get; set; }
    public uint Version { get; set; }

    public bool IsLate => LateRule is not null;

    /// <summary>
    /// The request was made by someone who no longer holds the seat on the meeting's day. Being excused is personal
    /// (e.g. Đắk Lắk, Art. 9.3: the member who cannot attend reports and asks the head), so it does not pass to the
    /// new holder, who attends or asks for themselves.
    /// </summary>
    public bool MadeByAnotherHolder(string? holderOnTheDay) => HolderName is not null && holderOnTheDay is not null && HolderName != holderOnTheDay;
}
