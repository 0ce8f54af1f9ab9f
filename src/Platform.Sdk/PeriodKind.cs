namespace Platform.Sdk;

/// <summary>The spans regulations count meetings and reports in.</summary>
public enum PeriodKind
{
    /// <summary>A calendar quarter (quý).</summary>
    Quarter = 0,

    /// <summary>
    /// "6 tháng": the first half, January–June, as officials read it (sơ kết 6 tháng). The second half is covered by
    /// the year; a pack that really wants a July–December period states <see cref="SecondHalfYear"/> as well.
    /// </summary>
    HalfYear = 1,

    /// <summary>The calendar year (năm).</summary>
    Year = 2,

    /// <summary>A calendar month (tháng); Sdk 1.2.</summary>
    Month = 3,

    /// <summary>
    /// July–December (6 tháng cuối năm), only when the regulation asks for it in so many words; Sdk 1.2. The host
    /// reads it as the second half-year period, beside <see cref="HalfYear"/>'s first.
    /// </summary>
    SecondHalfYear = 4,
}
