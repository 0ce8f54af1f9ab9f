using System.ComponentModel.DataAnnotations;
using Platform.Core.Forms;

namespace Platform.Committees.Roster;

/// <summary>
/// What the secretariat types to add an agency or a member seat, split a collective seat or end an added one, always
/// with the decision behind it: kept as typed, so a refused form loses nothing.
/// </summary>
public sealed class RosterForm
{
    /// <summary>The new agency's key (letters, digits and hyphens), e.g. so-y-te.</summary>
    [StringLength(TextLimits.Name)]
    public string? AgencyKey { get; set; }

    [StringLength(TextLimits.Name)]
    public string? AgencyName { get; set; }

    [StringLength(TextLimits.Name)]
    public string? AgencyShortName { get; set; }

    /// <summary>Department, LocalGovernment or Other.</summary>
    public string? AgencyKind { get; set; }

    /// <summary>The office of an added member seat, or for a split the office each part's agency gives (e.g. "Giám đốc").</summary>
    [StringLength(TextLimits.Name)]
    public string? Office { get; set; }

    /// <summary>For a split: the agencies that each get their own seat.</summary>
    public List<string> PartAgencies { get; set; } = [];

    public string? EffectiveFrom { get; set; }

    [StringLength(TextLimits.Name)]
    public string? DecisionNumber { get; set; }

    public string? DecisionDate { get; set; }

    [StringLength(TextLimits.Name)]
    public string? DecisionSigner { get; set; }

    [StringLength(TextLimits.Name)]
    public string? DecisionTitle { get; set; }

    /// <summary>The seat's or agency's version when the form was opened; a different one means someone else changed it.</summary>
    public uint Version { get; set; }
}

/// <summary>The changes the secretariat makes to the roster, each by decision.</summary>
public enum RosterAction
{
    /// <summary>Thêm cơ quan.</summary>
    AddAgency,

    /// <summary>Bổ sung thành viên: a member seat by decision.</summary>
    AddSeat,

    /// <summary>Tách ghế tập thể: a collective seat becomes one seat per agency.</summary>
    Split,

    /// <summary>Kết thúc a seat added by decision.</summary>
    EndSeat,

    /// <summary>Kết thúc an agency added by decision.</summary>
    EndAgency,
}
