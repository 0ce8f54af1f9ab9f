namespace Platform.Notifications.Reminders;

/// <summary>The three reminders a deadline gets, each once: as it comes near, on the day, after it has passed.</summary>
internal enum ReminderStage
{
    Soon = 0,
    Today = 1,
    Overdue = 2,
}

/// <summary>A day a province's reminders were sent (or are being sent): the round takes each day once, whichever instance runs it.</summary>
internal sealed class ReminderRun : Core.Persistence.IProvinceOwned
{
    public required string Province { get; set; }
    public DateOnly Day { get; set; }
    public DateTimeOffset RanAt { get; set; }
    public int Reminded { get; set; }
}

/// <summary>A reminder sent: a deadline (its source's key and its day) at one stage, so it is never sent twice.</summary>
internal sealed class ReminderSent : Core.Persistence.IProvinceOwned
{
    public required string Province { get; set; }
    public required string DeadlineKey { get; set; }
    public DateOnly Due { get; set; }
    public ReminderStage Stage { get; set; }
    public DateOnly SentOn { get; set; }
}
