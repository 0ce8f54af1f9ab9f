using Platform.Core.Localization;
using Platform.Core.Persistence;

namespace Platform.Commendations.Model;

/// <summary>What is proposed (Đắk Lắk, Art. 4.5; Sơn La, Art. 4.4).</summary>
internal enum ProposalKind
{
    /// <summary>Commendation (biểu dương, khen thưởng) of an agency or a person with outstanding results.</summary>
    Commendation = 0,

    /// <summary>Criticism (phê bình) of an agency or a person falling short.</summary>
    Criticism = 1,

    /// <summary>A request that responsibility be handled (đề nghị xem xét xử lý trách nhiệm): only a competent authority decides it.</summary>
    Discipline = 2,
}

/// <summary>Who the proposal is about.</summary>
internal enum Nominee
{
    Agency = 0,
    Person = 1,
}

/// <summary>Where a proposal stands.</summary>
internal enum ProposalState
{
    /// <summary>Proposed by the standing agency, awaiting the head.</summary>
    Proposed = 0,

    /// <summary>The head decided it at the committee's level: commended or criticised.</summary>
    Decided = 1,

    /// <summary>The head forwarded it to the competent level (the Provincial People's Committee), with the document's reference.</summary>
    Forwarded = 2,

    /// <summary>The head did not take it up, with a reason.</summary>
    Declined = 3,

    /// <summary>The standing agency withdrew it before the head decided, with a reason.</summary>
    Withdrawn = 4,
}

/// <summary>
/// A proposal to commend, criticise or ask that responsibility be handled, made by the standing agency with its grounds
/// and the evidence the platform holds (the agency's on-time record of tasks for a year, copied when proposed so the
/// head decides on what was shown; and how its periodic reports met the chain's deadlines that year), decided by the head: at the committee's level, or forwarded to the competent level
/// with a reference (Đắk Lắk, Art. 4.5 and 8.4; Sơn La, Art. 4.4 and 11.3). State rules live here.
/// </summary>
internal sealed class CommendationProposal : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }
    public ProposalKind Kind { get; set; }
    public Nominee Nominee { get; set; }

    /// <summary>The agency proposed; for a person, the agency they work for, when one of the committee's.</summary>
    public string? AgencyKey { get; set; }

    /// <summary>The agency's name as it stood when proposed.</summary>
    public string? AgencyName { get; set; }
    public string? PersonName { get; set; }
    public string? PersonPosition { get; set; }
    public required string Grounds { get; set; }

    /// <summary>The year whose on-time record is attached as evidence; null when none is attached.</summary>
    public int? EvidenceYear { get; set; }
    public int? TasksCounted { get; set; }
    public int? TasksOnTime { get; set; }
    public int? TasksLate { get; set; }
    public int? TasksOverdue { get; set; }

    /// <summary>The agency's periodic reports of the evidence year under the province's chain: on time, late, missing (copied when proposed).</summary>
    public int? ReportsOnTime { get; set; }
    public int? ReportsLate { get; set; }
    public int? ReportsMissing { get; set; }

    /// <summary>The findings about the agency in missions closed in the evidence year, one line per mission (copied when proposed).</summary>
    public string? InspectionFindings { get; set; }

    public required string ProposedBy { get; set; }
    public DateTimeOffset ProposedAt { get; set; }
    public ProposalState State { get; set; }
    public string? DecidedBySeat { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The head's decision or reason, or the standing agency's reason for withdrawing.</summary>
    public string? DecisionNote { get; set; }

    /// <summary>The forwarding document's number and date (e.g. "125/TTr-BCĐ ngày 10/12/2026"), when forwarded.</summary>
    public string? ForwardReference { get; set; }
    public uint Version { get; set; }

    public string Reference => $"{Number}/{Year}";

    /// <summary>Who is proposed, as pages and notifications name them: the agency, or the person with position and agency.</summary>
    public string NomineeLine => Nominee == Nominee.Person
        ? PersonName + (PersonPosition is null ? "" : $" — {PersonPosition}") + (AgencyName is null ? "" : $", {AgencyName}")
        : AgencyName ?? "";

    /// <summary>The on-time rate attached, 0 to 1; null without evidence or when nothing was counted.</summary>
    public double? OnTimeRate => TasksCounted is > 0 && TasksOnTime is { } onTime ? (double)onTime / TasksCounted.Value : null;

    public Message? CannotDecide() => State == ProposalState.Proposed ? null
        : new("Đề nghị này đã được xử lý.", "This proposal has already been dealt with.");

    /// <summary>
    /// The committee cannot itself discipline: a request that responsibility be handled is forwarded to the competent
    /// authority or declined (Đắk Lắk, Art. 4.5: "yêu cầu xem xét xử lý trách nhiệm theo quy định").
    /// </summary>
    public Message? CannotDecideAtCommitteeLevel() => Kind == ProposalKind.Discipline
        ? new("Việc xử lý trách nhiệm thuộc cấp có thẩm quyền: hãy chuyển đề nghị kèm số văn bản, hoặc không chấp thuận.",
            "Handling responsibility is for the competent authority: forward the request with its document reference, or decline it.")
        : CannotDecide();
}
