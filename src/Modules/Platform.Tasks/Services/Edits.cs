using Microsoft.EntityFrameworkCore;
using Platform.Core.Commands;

namespace Platform.Tasks.Services;

/// <summary>How a tasks command meets a conflicting edit.</summary>
internal static class Edits
{
    public static Outcome Clash { get; } = Outcome.Conflicted(new(
        "Nhiệm vụ vừa được người khác cập nhật; thay đổi của bạn chưa được lưu. Hãy xem lại và gửi lại.",
        "Someone else updated this task; your change was not saved. Review it and send again."));

    public static Task<Outcome> SaveAsync(DbContext db, Guid? id, CancellationToken ct) => Outcome.SaveAsync(db, id, Clash, ct);
}
