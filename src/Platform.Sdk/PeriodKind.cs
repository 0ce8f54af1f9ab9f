namespace Platform.Sdk;

/// <summary>The spans regulations count meetings and reports in.</summary>
public enum PeriodKind
{
    /// <summary>A calendar quarter (quý).</summary>
    Quarter = 0,

    /// <summary>January–June or July–December (6 tháng).</summary>
    HalfYear = 1,

    /// <summary>The calendar year (năm).</summary>
    Year = 2,

    /// <summary>A calendar month (tháng); Sdk 1.2.</summary>
    Month = 3,
}
