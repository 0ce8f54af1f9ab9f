using Microsoft.EntityFrameworkCore;
using Platform.Core.Localization;

namespace Platform.Meetings.Services;

/// <summary>What a command did: succeeded, or why not — a missing row, a rule refusal, field errors, or a conflicting edit.</summary>
internal sealed record Outcome(bool Succeeded, bool NotFound, bool Forbidden, bool Conflict, IReadOnlyDictionary<string, Message> Errors, Guid? Id = null)
{
    /// <summary>The key under which a refusal that belongs to no single field is reported.</summary>
    public const string General = "";

    private static readonly Dictionary<string, Message> None = [];

    public static Outcome Done(Guid? id = null) => new(true, false, false, false, None, id);

    public static Outcome Missing { get; } = new(false, true, false, false, None);

    /// <summary>The actor may not do this; the message says which rule says so.</summary>
    public static Outcome Refused(Message why) => new(false, false, true, false, new Dictionary<string, Message> { [General] = why });

    /// <summary>The rules forbid it now; nothing was saved.</summary>
    public static Outcome Broken(Message why) => new(false, false, false, false, new Dictionary<string, Message> { [General] = why });

    public static Outcome Invalid(IReadOnlyDictionary<string, Message> errors) => new(false, false, false, false, errors);

    /// <summary>Someone else changed the record after the form was opened; nothing was saved.</summary>
    public static Outcome Clash { get; } = new(false, false, false, true, new Dictionary<string, Message>
    {
        [General] = new("Bản ghi vừa được người khác thay đổi; thay đổi của bạn chưa được lưu. Hãy xem lại và gửi lại.",
            "Someone else changed this record; your change was not saved. Review it and send again."),
    });

    public Message? GeneralError => Errors.GetValueOrDefault(General);

    /// <summary>Saves, turning a concurrency conflict into <see cref="Clash"/>: nothing half-saved, nothing overwritten.</summary>
    public static async Task<Outcome> SaveAsync(DbContext db, Guid? id, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Done(id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Clash;
        }
    }
}
