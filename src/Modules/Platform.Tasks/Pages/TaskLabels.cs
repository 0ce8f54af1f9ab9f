using Platform.Core.Localization;
using Platform.Tasks.Model;
using Platform.Tasks.Rules;

namespace Platform.Tasks.Pages;

/// <summary>How the tasks' terms read on a page, in Vietnamese or English.</summary>
internal static class TaskLabels
{
    private static string Say(string vi, string en) => Text.IsEnglish ? en : vi;

    public static string State(TaskState state) => state switch
    {
        TaskState.NotStarted => Say("Chưa thực hiện", "Not started"),
        TaskState.InProgress => Say("Đang thực hiện", "In progress"),
        TaskState.DoneOnTime => Say("Hoàn thành đúng hạn", "Done on time"),
        TaskState.DoneLate => Say("Hoàn thành quá hạn", "Done late"),
        TaskState.Overdue => Say("Quá hạn", "Overdue"),
        _ => Say("Đã hủy", "Cancelled"),
    };

    public static string Source(TaskSource source) => source switch
    {
        TaskSource.Conclusion => Say("Kết luận cuộc họp", "Meeting conclusion"),
        TaskSource.Plan => Say("Kế hoạch công tác năm", "Annual work plan"),
        TaskSource.Consultation => Say("Kết luận lấy ý kiến", "Conclusion of a consultation"),
        TaskSource.Inspection => Say("Kết luận kiểm tra", "Conclusion of an inspection"),
        TaskSource.Index => Say("Chỉ số xếp hạng", "Ranking index"),
        _ => Say("Giao trực tiếp", "Assigned directly"),
    };

    /// <summary>An index's name as the pack states it (its short name when it has one); the key when the pack no longer names it.</summary>
    public static string IndexName(Sdk.Structure.ProvinceDefinition province, string key) =>
        province.Indices.FirstOrDefault(i => i.Key == key) is { } index ? index.ShortName ?? index.Name : key;

    public static string Recurrence(Recurrence recurrence) => recurrence switch
    {
        Model.Recurrence.Monthly => Say("Hằng tháng", "Monthly"),
        Model.Recurrence.Quarterly => Say("Hằng quý", "Quarterly"),
        Model.Recurrence.HalfYearly => Say("6 tháng một lần", "Every six months"),
        Model.Recurrence.Yearly => Say("Hằng năm", "Yearly"),
        _ => Say("Một lần", "Once"),
    };

    public static string Update(UpdateKind kind) => kind switch
    {
        UpdateKind.Assigned => Say("Giao nhiệm vụ", "Assigned"),
        UpdateKind.Progress => Say("Báo cáo tiến độ", "Progress"),
        UpdateKind.Comment => Say("Trao đổi", "Comment"),
        UpdateKind.MarkedDone => Say("Hoàn thành", "Done"),
        UpdateKind.Reopened => Say("Mở lại", "Reopened"),
        UpdateKind.Cancelled => Say("Hủy", "Cancelled"),
        UpdateKind.ExtensionRequested => Say("Đề nghị gia hạn", "Extension requested"),
        UpdateKind.ExtensionApproved => Say("Đồng ý gia hạn", "Extension approved"),
        _ => Say("Không đồng ý gia hạn", "Extension refused"),
    };

    public static string Css(TaskState state) => "state-" + state.ToString().ToLowerInvariant();
}
