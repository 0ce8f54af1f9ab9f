using Microsoft.EntityFrameworkCore;
using Platform.Core.Localization;

namespace Platform.Core.Commands;

/// <summary>
/// What a module's command did: succeeded (with the id of what it made or touched), or why not — a missing row, a
/// refusal by rule or role, field errors, or a conflicting edit. Messages are keyed by form field, and
/// <see cref="General"/> for the whole form; pages keep what was typed and show them.
/// </summary>
public sealed record Outcome(bool Succeeded, bool NotFound, bool Forbidden, bool Conflict, IReadOnlyDictionary<string, Message> Errors, Guid? Id = null)
{
    /// <summary>The key under which a message that belongs to no single field is reported.</summary>
    public const string General = "";

    private static readonly Dictionary<string, Message> None = [];

    /// <summary>The message for the whole form, if any.</summary>
    public Message? GeneralError => Errors.GetValueOrDefault(General);

    public static Outcome Done(Guid? id = null) => new(true, false, false, false, None, id);

    public static Outcome Missing { get; } = new(false, true, false, false, None);

    /// <summary>The actor may not do this; the message says which rule or role says so.</summary>
    public static Outcome Refused(Message why) => new(false, false, true, false, new Dictionary<string, Message> { [General] = why });

    /// <summary>The rules forbid it now; nothing was saved.</summary>
    public static Outcome Broken(Message why) => new(false, false, false, false, new Dictionary<string, Message> { [General] = why });

    public static Outcome Invalid(IReadOnlyDictionary<string, Message> errors) => new(false, false, false, false, errors);

    public static Outcome Invalid(string field, Message why) => Invalid(new Dictionary<string, Message> { [field] = why });

    /// <summary>Someone else changed the record after the form was opened; nothing was saved.</summary>
    public static Outcome Conflicted(Message why) => new(false, false, false, true, new Dictionary<string, Message> { [General] = why });

    /// <summary>Saves, turning a concurrency conflict into <paramref name="clash"/>: nothing half-saved, nothing overwritten.</summary>
    public static async Task<Outcome> SaveAsync(DbContext db, Guid? id, Outcome clash, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(ct);
            return Done(id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return clash;
        }
    }
}
