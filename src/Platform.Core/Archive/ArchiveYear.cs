using Platform.Core.Dates;

namespace Platform.Core.Archive;

/// <summary>A register year as the sources filter on it: its days, and its instants from midnight in Vietnam (UTC, as the database stores them).</summary>
public readonly record struct ArchiveYear(int Year)
{
    public DateOnly FirstDay => new(Year, 1, 1);

    /// <summary>The first day of the next year (excluded).</summary>
    public DateOnly NextFirstDay => new(Year + 1, 1, 1);

    public DateTimeOffset Start => VietnamTime.StartOf(FirstDay);

    /// <summary>Midnight in Vietnam on the next year's first day (excluded).</summary>
    public DateTimeOffset End => VietnamTime.StartOf(NextFirstDay);

    /// <summary>The Vietnam year of an instant.</summary>
    public static int Of(DateTimeOffset moment) => VietnamTime.DayOf(moment).Year;
}
