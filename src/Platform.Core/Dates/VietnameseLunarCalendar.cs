namespace Platform.Core.Dates;

/// <summary>
/// The Vietnamese lunar calendar (âm lịch), computed for Vietnam's standard time, UTC+7.
/// </summary>
/// <remarks>
/// <para>
/// The rules are those of the Chinese-style lunisolar calendar, applied at the meridian Vietnam has used since 1968:
/// a month starts on the local day that holds the astronomical new moon; the month that holds the winter solstice is
/// the 11th; when thirteen months lie between two 11th months, the first of them (after the 11th) in which the sun
/// enters no new 30° sign of longitude (no principal solar term, trung khí) is the leap month and takes the number of
/// the month before it.
/// </para>
/// <para>
/// .NET's <see cref="System.Globalization.ChineseLunisolarCalendar"/> applies the same rules at UTC+8. A new moon
/// between 16:00 and 17:00 UTC falls on different days in the two countries, and so does the month it starts: Tết
/// 2030 is 02/02/2030 in Vietnam and 03/02/2030 in China. Hence this computation.
/// </para>
/// <para>
/// New moons follow the mean lunation with the periodic and planetary corrections of J. Meeus, Astronomical
/// Algorithms (2nd ed., ch. 49, accurate to well under a minute), the sun's apparent longitude his ch. 25 (about
/// 0.01°), and ΔT (dynamical minus universal time) the polynomial fits of Espenak and Meeus. Supported: lunar years
/// 1901 to 2199.
/// </para>
/// </remarks>
public static class VietnameseLunarCalendar
{
    /// <summary>The first lunar year this calendar computes.</summary>
    public const int MinYear = 1901;

    /// <summary>The last lunar year this calendar computes.</summary>
    public const int MaxYear = 2199;

    /// <summary>Vietnam's standard time: UTC+7, in days.</summary>
    private const double TimeZone = 7.0 / 24.0;

    /// <summary>The Julian day number of 01/01/0001 (proleptic Gregorian), to convert from <see cref="DateOnly.DayNumber"/>.</summary>
    private const int JulianDayOfDayNumberZero = 1_721_426;

    private const double MeanLunation = 29.530588861;

    /// <summary>The solar date of day <paramref name="day"/> of lunar month <paramref name="month"/> of the lunar year that begins in <paramref name="year"/>.</summary>
    /// <param name="year">The lunar year, named by the solar year in which its first day (Tết) falls.</param>
    /// <param name="month">The lunar month, 1 to 12.</param>
    /// <param name="day">The day of the month, 1 to 29 or 30.</param>
    /// <param name="leap">The leap month that repeats <paramref name="month"/>, rather than the month itself.</param>
    public static DateOnly ToSolar(int year, int month, int day, bool leap = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);

        // Months 11 and 12 of lunar year Y lie between the 11th months that hold the solstices of December Y and Y+1.
        var months = MonthsBetweenSolstices(month >= 11 ? year + 1 : year);
        for (var i = 0; i < months.Count - 1; i++)
        {
            var m = months[i];
            if (m.Year == year && m.Month == month && m.Leap == leap)
            {
                var length = months[i + 1].Start - m.Start;
                ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
                ArgumentOutOfRangeException.ThrowIfGreaterThan(day, length);
                return DateOnly.FromDayNumber(m.Start + day - 1 - JulianDayOfDayNumberZero);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(leap), $"Lunar year {year} has no leap month {month}.");
    }

    /// <summary>The first day of the lunar year (Tết Nguyên đán) that begins in solar year <paramref name="year"/>.</summary>
    public static DateOnly NewYear(int year) => ToSolar(year, 1, 1);

    /// <summary>The number of the month that lunar year <paramref name="year"/> repeats, or 0 when it has no leap month.</summary>
    public static int LeapMonth(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        var leap = MonthsBetweenSolstices(year).Concat(MonthsBetweenSolstices(year + 1))
            .FirstOrDefault(m => m.Leap && m.Year == year);
        return leap.Leap ? leap.Month : 0;
    }

    /// <summary>
    /// The months from the 11th month holding the December <paramref name="solarYear"/> − 1 solstice to the one holding
    /// the December <paramref name="solarYear"/> solstice, both included (so the last entry only marks where the span ends).
    /// </summary>
    private static List<LunarMonth> MonthsBetweenSolstices(int solarYear)
    {
        var first = EleventhMonthStart(solarYear - 1);
        var last = EleventhMonthStart(solarYear);
        var k = LunationBefore(first);
        var starts = new List<int>();
        for (var start = NewMoonDay(k); start <= last; start = NewMoonDay(++k))
        {
            if (start >= first)
            {
                starts.Add(start);
            }
        }

        // Thirteen months between two 11th months: the first one without a principal term is the leap month.
        var leapIndex = -1;
        if (starts.Count == 14)
        {
            for (var i = 1; i < 13; i++)
            {
                if (PrincipalTerm(starts[i]) == PrincipalTerm(starts[i + 1]))
                {
                    leapIndex = i;
                    break;
                }
            }
        }

        var months = new List<LunarMonth>(starts.Count);
        var (year, month) = (solarYear - 1, 11);
        for (var i = 0; i < starts.Count; i++)
        {
            if (i == leapIndex)
            {
                months.Add(new LunarMonth(starts[i], months[^1].Year, months[^1].Month, Leap: true));
                continue;
            }

            months.Add(new LunarMonth(starts[i], year, month, Leap: false));
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1);
        }

        return months;
    }

    /// <summary>The Julian day number of the day (UTC+7) on which the 11th month holding the December solstice of <paramref name="solarYear"/> starts.</summary>
    private static int EleventhMonthStart(int solarYear)
    {
        var solstice = LocalDay(WinterSolstice(solarYear));
        var k = LunationBefore(solstice);
        while (NewMoonDay(k + 1) <= solstice)
        {
            k++;
        }

        while (NewMoonDay(k) > solstice)
        {
            k--;
        }

        return NewMoonDay(k);
    }

    /// <summary>A lunation number whose new moon is on or a little before <paramref name="julianDay"/>.</summary>
    private static int LunationBefore(int julianDay) => (int)Math.Floor((julianDay - 2_451_550.1) / MeanLunation) - 1;

    /// <summary>The Julian day number of the day (UTC+7) of new moon number <paramref name="k"/> (0 = 06/01/2000).</summary>
    private static int NewMoonDay(int k) => LocalDay(NewMoon(k));

    /// <summary>The principal solar term in force at the start (local midnight) of a day: the sun's longitude in whole 30° signs.</summary>
    private static int PrincipalTerm(int julianDay) => (int)Math.Floor(SunLongitude(julianDay - 0.5 - TimeZone) / 30.0);

    /// <summary>The Julian day number of the local (UTC+7) calendar day holding the instant <paramref name="julianDateUt"/>.</summary>
    private static int LocalDay(double julianDateUt) => (int)Math.Floor(julianDateUt + TimeZone + 0.5);

    /// <summary>The instant (Julian date, UT) of the December solstice of <paramref name="year"/>: the sun's apparent longitude reaches 270°.</summary>
    private static double WinterSolstice(int year)
    {
        var jd = DayNumberOf(year, 12, 21) + 0.5;
        for (var i = 0; i < 10; i++)
        {
            // Meeus ch. 27: the longitude moves about 360° in 365.24 days; 58 days per radian of the sine.
            var step = 58.0 * Math.Sin(Radians(270.0 - SunLongitude(jd)));
            jd += step;
            if (Math.Abs(step) < 1e-7)
            {
                break;
            }
        }

        return jd;
    }

    /// <summary>The instant (Julian date, UT) of true new moon number <paramref name="k"/> (Meeus ch. 49).</summary>
    private static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var t4 = t3 * t;
        var jde = 2_451_550.09766 + (MeanLunation * k) + (0.00015437 * t2) - (0.000000150 * t3) + (0.00000000073 * t4);
        var e = 1 - (0.002516 * t) - (0.0000074 * t2);
        var m = Radians(2.5534 + (29.10535670 * k) - (0.0000014 * t2) - (0.00000011 * t3));
        var mm = Radians(201.5643 + (385.81693528 * k) + (0.0107582 * t2) + (0.00001238 * t3) - (0.000000058 * t4));
        var f = Radians(160.7108 + (390.67050284 * k) - (0.0016118 * t2) - (0.00000227 * t3) + (0.000000011 * t4));
        var omega = Radians(124.7746 - (1.56375588 * k) + (0.0020672 * t2) + (0.00000215 * t3));

        var periodic =
            (-0.40720 * Math.Sin(mm))
            + (0.17241 * e * Math.Sin(m))
            + (0.01608 * Math.Sin(2 * mm))
            + (0.01039 * Math.Sin(2 * f))
            + (0.00739 * e * Math.Sin(mm - m))
            - (0.00514 * e * Math.Sin(mm + m))
            + (0.00208 * e * e * Math.Sin(2 * m))
            - (0.00111 * Math.Sin(mm - (2 * f)))
            - (0.00057 * Math.Sin(mm + (2 * f)))
            + (0.00056 * e * Math.Sin((2 * mm) + m))
            - (0.00042 * Math.Sin(3 * mm))
            + (0.00042 * e * Math.Sin(m + (2 * f)))
            + (0.00038 * e * Math.Sin(m - (2 * f)))
            - (0.00024 * e * Math.Sin((2 * mm) - m))
            - (0.00017 * Math.Sin(omega))
            - (0.00007 * Math.Sin(mm + (2 * m)))
            + (0.00004 * Math.Sin((2 * mm) - (2 * f)))
            + (0.00004 * Math.Sin(3 * m))
            + (0.00003 * Math.Sin(mm + m - (2 * f)))
            + (0.00003 * Math.Sin((2 * mm) + (2 * f)))
            - (0.00003 * Math.Sin(mm + m + (2 * f)))
            + (0.00003 * Math.Sin(mm - m + (2 * f)))
            - (0.00002 * Math.Sin(mm - m - (2 * f)))
            - (0.00002 * Math.Sin((3 * mm) + m))
            + (0.00002 * Math.Sin(4 * mm));

        var planetary =
            (0.000325 * Math.Sin(Radians(299.77 + (0.107408 * k) - (0.009173 * t2))))
            + (0.000165 * Math.Sin(Radians(251.88 + (0.016321 * k))))
            + (0.000164 * Math.Sin(Radians(251.83 + (26.651886 * k))))
            + (0.000126 * Math.Sin(Radians(349.42 + (36.412478 * k))))
            + (0.000110 * Math.Sin(Radians(84.66 + (18.206239 * k))))
            + (0.000062 * Math.Sin(Radians(141.74 + (53.303771 * k))))
            + (0.000060 * Math.Sin(Radians(207.14 + (2.453732 * k))))
            + (0.000056 * Math.Sin(Radians(154.84 + (7.306860 * k))))
            + (0.000047 * Math.Sin(Radians(34.52 + (27.261239 * k))))
            + (0.000042 * Math.Sin(Radians(207.19 + (0.121824 * k))))
            + (0.000040 * Math.Sin(Radians(291.34 + (1.844379 * k))))
            + (0.000037 * Math.Sin(Radians(161.72 + (24.198154 * k))))
            + (0.000035 * Math.Sin(Radians(239.56 + (25.513099 * k))))
            + (0.000023 * Math.Sin(Radians(331.55 + (3.592518 * k))));

        var dynamical = jde + periodic + planetary;
        return dynamical - (DeltaTSeconds(YearOf(dynamical)) / 86_400.0);
    }

    /// <summary>The sun's apparent geocentric longitude, in degrees 0–360, at the instant <paramref name="julianDateUt"/> (Meeus ch. 25).</summary>
    private static double SunLongitude(double julianDateUt)
    {
        var jde = julianDateUt + (DeltaTSeconds(YearOf(julianDateUt)) / 86_400.0);
        var t = (jde - 2_451_545.0) / 36_525.0;
        var meanLongitude = 280.46646 + (36_000.76983 * t) + (0.0003032 * t * t);
        var anomaly = Radians(357.52911 + (35_999.05029 * t) - (0.0001537 * t * t));
        var centre = ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(anomaly))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * anomaly))
            + (0.000289 * Math.Sin(3 * anomaly));
        var omega = Radians(125.04 - (1_934.136 * t));
        var apparent = meanLongitude + centre - 0.00569 - (0.00478 * Math.Sin(omega));
        apparent %= 360.0;
        return apparent < 0 ? apparent + 360.0 : apparent;
    }

    /// <summary>ΔT = TT − UT in seconds (Espenak and Meeus's polynomial fits, NASA's eclipse canon).</summary>
    private static double DeltaTSeconds(double year)
    {
        if (year < 1920)
        {
            var t = year - 1900;
            return -2.79 + (1.494119 * t) - (0.0598939 * t * t) + (0.0061966 * t * t * t) - (0.000197 * t * t * t * t);
        }

        if (year < 1941)
        {
            var t = year - 1920;
            return 21.20 + (0.84493 * t) - (0.076100 * t * t) + (0.0020936 * t * t * t);
        }

        if (year < 1961)
        {
            var t = year - 1950;
            return 29.07 + (0.407 * t) - (t * t / 233) + (t * t * t / 2547);
        }

        if (year < 1986)
        {
            var t = year - 1975;
            return 45.45 + (1.067 * t) - (t * t / 260) - (t * t * t / 718);
        }

        if (year < 2005)
        {
            var t = year - 2000;
            return 63.86 + (0.3345 * t) - (0.060374 * t * t) + (0.0017275 * t * t * t) + (0.000651814 * t * t * t * t)
                + (0.00002373599 * t * t * t * t * t);
        }

        if (year < 2050)
        {
            var t = year - 2000;
            return 62.92 + (0.32217 * t) + (0.005589 * t * t);
        }

        if (year < 2150)
        {
            return -20 + (32 * Math.Pow((year - 1820) / 100, 2)) - (0.5628 * (2150 - year));
        }

        var u = (year - 1820) / 100;
        return -20 + (32 * u * u);
    }

    private static double YearOf(double julianDate) => 2000.0 + ((julianDate - 2_451_545.0) / 365.2425);

    private static int DayNumberOf(int year, int month, int day) => new DateOnly(year, month, day).DayNumber + JulianDayOfDayNumberZero;

    private static double Radians(double degrees) => degrees * Math.PI / 180.0;

    /// <summary>A lunar month: the Julian day number of its first day, its lunar year and number, and whether it is the leap repeat.</summary>
    private readonly record struct LunarMonth(int Start, int Year, int Month, bool Leap);
}
