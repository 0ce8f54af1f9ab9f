using Microsoft.EntityFrameworkCore;
using Platform.Core.Commands;

namespace Platform.Meetings.Services;

/// <summary>How a meetings command meets a conflicting edit.</summary>
internal static class Edits
{
    public static Outcome Clash { get; } = Outcome.Conflicted(new(
        "Bản ghi vừa được người khác thay đổi; thay đổi của bạn chưa được lưu. Hãy xem lại và gửi lại.",
        "Someone else changed this record; your change was not saved. Review it and send again."));

    public static Task<Outcome> SaveAsync(DbContext db, Guid? id, CancellationToken ct) => Outcome.SaveAsync(db, id, Clash, ct);
}
