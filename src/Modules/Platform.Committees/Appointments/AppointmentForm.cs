using System.ComponentModel.DataAnnotations;
using Platform.Core.Forms;
namespace Platform.Committees.Appointments;

/// <summary>What a secretary types to appoint, replace or end: kept as typed, so a refused form loses nothing.</summary>
public sealed class AppointmentForm
{
    [StringLength(TextLimits.Name)]
    public string? PersonName { get; set; }
    public string? EffectiveFrom { get; set; }
    [StringLength(TextLimits.Name)]
    public string? DecisionNumber { get; set; }
    public string? DecisionDate { get; set; }
    [StringLength(TextLimits.Name)]
    public string? DecisionSigner { get; set; }

    /// <summary>The seat's version when the form was opened; a different one means someone else changed the seat.</summary>
    public uint Version { get; set; }
}

/// <summary>The three changes a decision can make to a seat.</summary>
public enum AppointmentAction
{
    /// <summary>Bổ nhiệm: a vacant seat gets a holder.</summary>
    Appoint,

    /// <summary>Thay thế: the holder gives way to another person.</summary>
    Replace,

    /// <summary>Thôi giữ: the holder leaves and the seat falls vacant.</summary>
    End,
}

/// <summary>The outcome: done, refused with messages per field (Vietnamese keys), or refused because of a conflicting edit.</summary>
public sealed class AppointmentResult
{
    private AppointmentResult(IReadOnlyDictionary<string, string> errors, bool conflict, bool notFound)
    {
        Errors = errors;
        Conflict = conflict;
        NotFound = notFound;
    }

    public IReadOnlyDictionary<string, string> Errors { get; }
    public bool Conflict { get; }
    public bool NotFound { get; }
    public bool Succeeded => Errors.Count == 0 && !Conflict && !NotFound;

    public static AppointmentResult Done { get; } = new(new Dictionary<string, string>(), false, false);
    public static AppointmentResult Missing { get; } = new(new Dictionary<string, string>(), false, true);
    public static AppointmentResult Conflicted { get; } = new(new Dictionary<string, string>(), true, false);

    public static AppointmentResult Refused(IReadOnlyDictionary<string, string> errors) => new(errors, false, false);
}
