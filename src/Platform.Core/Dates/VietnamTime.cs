using System.Globalization;

namespace Platform.Core.Dates;

/// <summary>
/// Dates as officials read them: the calendar day in Asia/Ho_Chi_Minh, written dd/MM/yyyy whatever the UI language.
/// </summary>
public static class VietnamTime
{
    /// <summary>The format of every date shown or typed.</summary>
    public const string DateFormat = "dd/MM/yyyy";

    /// <summary>Asia/Ho_Chi_Minh (UTC+7, no daylight saving).</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>Today's date in Vietnam.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
    }

    /// <summary>The calendar day in Vietnam of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Zone).DateTime);

    /// <summary>Formats a date as dd/MM/yyyy.</summary>
    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Formats a date as dd/MM/yyyy, or the empty string.</summary>
    public static string Format(DateOnly? date) => date is { } d ? Format(d) : string.Empty;

    /// <summary>Formats an instant as dd/MM/yyyy HH:mm, Vietnam's clock.</summary>
    public static string Format(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Zone).ToString(DateFormat + " HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The instant a calendar day begins in Vietnam, in UTC as the database stores instants.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>Reads dd/MM/yyyy (d/M/yyyy accepted too); false for anything else.</summary>
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(
            text?.Trim(),
            ["dd/MM/yyyy", "d/M/yyyy"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out date);
}
