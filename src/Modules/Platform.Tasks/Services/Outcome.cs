using Microsoft.EntityFrameworkCore;
using Platform.Core.Localization;

namespace Platform.Tasks.Services;

/// <summary>What a command did: succeeded, or why not — a missing row, a refusal by rule, field errors, or a conflicting edit.</summary>
internal sealed record Outcome(bool Succeeded, bool NotFound, bool Forbidden, bool Conflict, IReadOnlyDictionary<string, Message> Errors, Guid? Id = null)
{
    public const string General = "";

    private static readonly Dictionary<string, Message> None = [];

    public static Outcome Done(Guid? id = null) => new(true, false, false, false, None, id);

    public static Outcome Missing { get; } = new(false, true, false, false, None);

    public static Outcome Refused(Message why) => new(false, false, true, false, new Dictionary<string, Message> { [General] = why });

    public static Outcome Broken(Message why) => new(false, false, false, false, new Dictionary<string, Message> { [General] = why });

    public static Outcome Invalid(IReadOnlyDictionary<string, Message> errors) => new(false, false, false, false, errors);

    public static Outcome Invalid(string field, Message why) => Invalid(new Dictionary<string, Message> { [field] = why });

    public static Outcome Clash { get; } = new(false, false, false, true, new Dictionary<string, Message>
    {
        [General] = new("Nhiệm vụ vừa được người khác cập nhật; thay đổi của bạn chưa được lưu. Hãy xem lại và gửi lại.",
            "Someone else updated this task; your change was not saved. Review it and send again."),
    });

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
