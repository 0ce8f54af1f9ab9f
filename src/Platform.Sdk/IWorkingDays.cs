namespace Platform.Sdk;

/// <summary>
/// The host's working calendar as a pack sees it, read-only: Monday to Friday minus public holidays (Labour Code 2019,
/// Art. 112, Tết included) and the days the operator configured for each year. Sdk 1.2.
/// </summary>
public interface IWorkingDays
{
    /// <summary>True when government offices work on <paramref name="day"/>.</summary>
    bool IsWorkingDay(DateOnly day);
}
