using Platform.Core.Dates;

namespace Platform.Committees.Pages.Committee;

/// <summary>The "as it stood on" day a page was asked for: today unless a dd/MM/yyyy day is given.</summary>
internal sealed record DayQuery(DateOnly Day, string? Typed, bool Invalid)
{
    public static DayQuery Read(string? typed, TimeProvider clock)
    {
        var today = VietnamTime.Today(clock);
        if (string.IsNullOrWhiteSpace(typed))
        {
            return new DayQuery(today, null, false);
        }

        return VietnamTime.TryParse(typed, out var day) ? new DayQuery(day, typed, false) : new DayQuery(today, typed, true);
    }
}
