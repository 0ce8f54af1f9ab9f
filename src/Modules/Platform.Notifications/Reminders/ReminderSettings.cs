using System.ComponentModel.DataAnnotations;

namespace Platform.Notifications.Reminders;

/// <summary>
/// The daily reminder round (<c>Reminders:…</c>): from which hour, Vietnam's time, each province's round runs on a
/// working day, and whether this instance of the host runs it (another instance may, or several: a day is taken once).
/// </summary>
internal sealed class ReminderSettings
{
    public const string Section = "Reminders";

    /// <summary>The hour (0–23, Asia/Ho_Chi_Minh) from which the day's reminders go out; 7 by default, before office hours.</summary>
    [Range(0, 23)]
    public int Hour { get; init; } = 7;

    /// <summary>Whether this instance runs the round.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>How often the round looks whether a province's day is due.</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; init; } = 60;

    /// <summary>How many days after a deadline has passed it is still reminded of (once): older ones are left to the lists.</summary>
    [Range(1, 90)]
    public int OverdueDays { get; init; } = 7;
}
