using Platform.Core.Dates;
using Platform.Core.Localization;
using Platform.Core.Reporting;
using Platform.Sdk;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Reporting.Pages;

/// <summary>How reporting reads on a page.</summary>
internal static class ReportLabels
{
    private static string Say(string vi, string en) => Text.IsEnglish ? en : vi;

    public static string State(ObligationState state) => state switch
    {
        ObligationState.OnTime => Say("Đúng hạn", "On time"),
        ObligationState.Late => Say("Muộn", "Late"),
        ObligationState.Missing => Say("Chưa gửi, quá hạn", "Missing"),
        _ => Say("Chưa đến hạn", "Not yet due"),
    };

    public static string Css(ObligationState state) => "report-" + state.ToString().ToLowerInvariant();

    public static string Deadline(ReportStage stage) => Deadline(stage, Text.IsEnglish);

    /// <summary>How a stage's deadline reads in Vietnamese or in English, whatever the page's language.</summary>
    public static string Deadline(ReportStage stage, bool english) => (stage.Deadline, english) switch
    {
        (DeadlineKind.Before, false) => $"trước ngày {stage.Day} của tháng cuối kỳ",
        (DeadlineKind.Before, true) => $"before the {stage.Day}th of the period's last month",
        (DeadlineKind.NoLaterThan, false) => $"chậm nhất vào ngày {stage.Day} của tháng cuối kỳ",
        (DeadlineKind.NoLaterThan, true) => $"no later than the {stage.Day}th of the period's last month",
        (DeadlineKind.BeforeDayOfFollowingMonth, false) => $"trước ngày {stage.Day} của tháng sau kỳ",
        (DeadlineKind.BeforeDayOfFollowingMonth, true) => $"before the {stage.Day}th of the month after the period",
        (DeadlineKind.NoLaterThanDayOfFollowingMonth, false) => $"chậm nhất vào ngày {stage.Day} của tháng sau kỳ",
        (DeadlineKind.NoLaterThanDayOfFollowingMonth, true) => $"no later than the {stage.Day}th of the month after the period",
        (DeadlineKind.BeforeWorkingDayOfFollowingMonth, false) => $"trước ngày làm việc thứ {stage.Day} của tháng sau kỳ",
        (DeadlineKind.BeforeWorkingDayOfFollowingMonth, true) => $"before working day {stage.Day} of the month after the period",
        (DeadlineKind.NoLaterThanWorkingDayOfFollowingMonth, false) => $"chậm nhất vào ngày làm việc thứ {stage.Day} của tháng sau kỳ",
        (DeadlineKind.NoLaterThanWorkingDayOfFollowingMonth, true) => $"no later than working day {stage.Day} of the month after the period",
        (DeadlineKind.WithinDaysAfterPeriod, false) => $"trong {stage.Day} ngày kể từ ngày kết thúc kỳ",
        (DeadlineKind.WithinDaysAfterPeriod, true) => $"within {stage.Day} days after the period ends",
        (DeadlineKind.WithinWorkingDaysAfterPeriod, false) => $"trong {stage.Day} ngày làm việc kể từ ngày kết thúc kỳ",
        (DeadlineKind.WithinWorkingDaysAfterPeriod, true) => $"within {stage.Day} working days after the period ends",
        (_, false) => "trước khi hết kỳ",
        _ => "by the end of the period",
    };

    /// <summary>
    /// The officials' title when one report covers periods that end together ("Báo cáo quý II và 6 tháng đầu năm
    /// 2026", Sdk 1.2); empty when it covers its period alone, whose label the page already shows.
    /// </summary>
    public static string Covering(Obligation obligation) => obligation.Covers.Count < 2
        ? string.Empty
        : Text.IsEnglish ? obligation.EnglishTitle : obligation.Title;

    /// <summary>The period's label, followed by the report's title when it covers periods that end together.</summary>
    public static string Periods(Obligation obligation) => Covering(obligation) is { Length: > 0 } title
        ? $"{obligation.Period.Name} ({title})"
        : obligation.Period.Name.ToString();

    /// <summary>The data cut-off (thời gian chốt số liệu) the pack adopts, with its source; empty when it adopts none.</summary>
    public static string CutOff(ProvinceDefinition province, Obligation obligation) => obligation.CutOff is not { } span
        ? string.Empty
        : Say($"Số liệu tính từ ngày {VietnamTime.Format(span.From)} đến ngày {VietnamTime.Format(span.To)}",
              $"Figures from {VietnamTime.Format(span.From)} to {VietnamTime.Format(span.To)}")
          + (province.Reporting.CutOff is { } c ? $" ({c.Source})" : string.Empty);

    /// <summary>Who owes a report, by name: the seat's office, or the body's name.</summary>
    public static string Name(ProvinceDefinition province, Submitter submitter) => submitter.Kind == SubmitterKind.Seat
        ? province.FindSeat(submitter.Key)?.Office ?? submitter.Key
        : province.Bodies.FirstOrDefault(b => b.Key == submitter.Key)?.Name ?? submitter.Key;

    /// <summary>Who sent a gathered report, by name, when only the key is kept: a seat's office, else a body's name.</summary>
    public static string Name(ProvinceDefinition province, string key) =>
        province.FindSeat(key)?.Office ?? province.Bodies.FirstOrDefault(b => b.Key == key)?.Name ?? key;

    /// <summary>As <see cref="Name(ProvinceDefinition, string)"/>, and for a seat the secretariat added or split, its office on the roster.</summary>
    public static string Name(ProvinceDefinition province, string key, IReadOnlyDictionary<string, string> roster) =>
        province.FindSeat(key)?.Office ?? roster.GetValueOrDefault(key) ?? Name(province, key);

    /// <summary>A recipient by name: a body, or the committee itself.</summary>
    public static string Recipient(ProvinceDefinition province, string key) => key == Recipients.Committee
        ? Say("Ban Chỉ đạo", "The committee")
        : province.Bodies.FirstOrDefault(b => b.Key == key)?.Name ?? key;

    public static string Cite(ProvinceDefinition province, ArticleRef article) =>
        Text.Cite(province.Name, article);
}
