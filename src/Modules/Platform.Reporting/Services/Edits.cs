using Platform.Core.Commands;

namespace Platform.Reporting.Services;

/// <summary>How a reporting command meets a conflicting edit.</summary>
internal static class Edits
{
    public static Outcome Clash { get; } = Outcome.Conflicted(new(
        "Báo cáo vừa được người khác lưu; thay đổi của bạn chưa được lưu. Hãy xem lại và gửi lại.",
        "Someone else saved this report; your change was not saved. Review it and send again."));
}
