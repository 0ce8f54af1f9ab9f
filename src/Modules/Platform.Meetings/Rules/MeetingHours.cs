using System.Globalization;
using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Modules;

namespace Platform.Meetings.Rules;

/// <summary>
/// Warns when a meeting is set outside office time: on a day the civil service does not work (weekends, Labour Code
/// 2019, Art. 111; public holidays and announced days off, Art. 112, by the core's working calendar) or at night
/// (starting before 07:00 or ending after 19:00). A warning, not a refusal: the standing agency may still confirm it.
/// </summary>
internal sealed class MeetingHours(IWorkingCalendar calendar) : IModuleService
{
    public static readonly TimeOnly DayStarts = new(7, 0);
    public static readonly TimeOnly DayEnds = new(19, 0);

    /// <summary>What is unusual about a meeting starting at <paramref name="startsAt"/> for <paramref name="minutes"/>; null when nothing is.</summary>
    public Message? Warning(DateTimeOffset startsAt, int minutes)
    {
        var start = TimeZoneInfo.ConvertTime(startsAt, VietnamTime.Zone);
        var end = TimeZoneInfo.ConvertTime(startsAt.AddMinutes(minutes), VietnamTime.Zone);
        var day = DateOnly.FromDateTime(start.DateTime);
        var parts = new List<Message>();
        if (!calendar.IsWorkingDay(day))
        {
            parts.Add(calendar.DayOffOn(day) is { } off
                ? new($"Ngày {VietnamTime.Format(day)} là ngày nghỉ: {off.Name} (Bộ luật Lao động 2019, Điều 112).",
                    $"{VietnamTime.Format(day)} is a day off: {off.Name} (Labour Code 2019, Art. 112).")
                : new($"Ngày {VietnamTime.Format(day)} là {WeekdayVi(day)}, không phải ngày làm việc (Bộ luật Lao động 2019, Điều 111).",
                    $"{VietnamTime.Format(day)} is a {day.DayOfWeek}, not a working day (Labour Code 2019, Art. 111)."));
        }

        var startTime = TimeOnly.FromDateTime(start.DateTime);
        var endsLate = DateOnly.FromDateTime(end.DateTime) > day || TimeOnly.FromDateTime(end.DateTime) > DayEnds;
        if (startTime < DayStarts || endsLate)
        {
            var hours = $"{startTime.ToString("HH:mm", CultureInfo.InvariantCulture)}–{TimeOnly.FromDateTime(end.DateTime).ToString("HH:mm", CultureInfo.InvariantCulture)}";
            parts.Add(new(
                $"Cuộc họp {hours} nằm ngoài giờ làm việc (từ 07:00 đến 19:00).",
                $"The meeting {hours} is outside office hours (07:00 to 19:00)."));
        }

        return parts.Count == 0
            ? null
            : new(string.Join(" ", parts.Select(p => p.Vietnamese)) + " Đánh dấu «Vẫn xếp lịch» nếu đúng ý định.",
                string.Join(" ", parts.Select(p => p.English)) + " Tick “Schedule anyway” if this is intended.");
    }

    private static string WeekdayVi(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Sunday => "Chủ nhật",
        DayOfWeek.Saturday => "thứ Bảy",
        var other => "thứ " + ((int)other + 1).ToString(CultureInfo.InvariantCulture),
    };
}
