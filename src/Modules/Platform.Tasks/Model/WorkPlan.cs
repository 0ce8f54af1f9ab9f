using Platform.Core.Commands;
using Platform.Core.Persistence;

namespace Platform.Tasks.Model;

/// <summary>Where an annual plan stands.</summary>
internal enum PlanStatus
{
    /// <summary>Drafted by the standing agency.</summary>
    Draft = 0,

    /// <summary>Approved and issued by the head; its items became tasks and it no longer changes.</summary>
    Issued = 1,
}

/// <summary>The annual work programme or plan (chương trình, kế hoạch công tác hằng năm).</summary>
internal sealed class WorkPlan : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    public PlanStatus Status { get; set; }
    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public required string DraftedBy { get; set; }
    public string? IssuedBy { get; set; }

    /// <summary>Set when a deputy acting for the head issued it: the document naming them (Đắk Lắk, Art. 5.1; Sơn La, Art. 6.1).</summary>
    public string? IssuedActingDocument { get; set; }
    public DateTimeOffset? IssuedAt { get; set; }
    public uint Version { get; set; }
    public List<PlanItem> Items { get; set; } = [];

    /// <summary>Whether the plan's items may still change: not once it is issued.</summary>
    public Outcome? CheckRevisable() => Status == PlanStatus.Issued
        ? Outcome.Broken(new("Kế hoạch đã ban hành: không sửa được nữa.", "The plan was issued: it can no longer change."))
        : null;
}

/// <summary>An item of the annual plan: what, who leads, who helps, by when (or how often), in which portfolio.</summary>
internal sealed class PlanItem : IProvinceOwned
{
    public Guid Id { get; set; }
    public required string Province { get; set; }
    public Guid PlanId { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public string? ExpectedOutput { get; set; }
    public string? PortfolioKey { get; set; }
    public required string LeadAgencyKey { get; set; }
    public List<string> CoAgencyKeys { get; set; } = [];
    public DateOnly Due { get; set; }
    public Recurrence Recurrence { get; set; }
}
