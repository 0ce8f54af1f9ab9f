using System.Globalization;
using Platform.Core.Dates;

namespace Platform.Core.Tests.Dates;

/// <summary>The lunar calendar as Vietnam keeps it: new moons and the solstice counted in UTC+7, not China's UTC+8.</summary>
public sealed class VietnameseLunarCalendarTests
{
    private static readonly VietnameseWorkingCalendar Calendar = VietnameseWorkingCalendar.Default;

    /// <summary>A date written the way officials write it: day, month, year.</summary>
    private static DateOnly D(int day, int month, int year) => new(year, month, day);

    /// <summary>The first day of each lunar year 2025–2040 as the calendars published in Vietnam give it.</summary>
    public static TheoryData<int, string> TetAsAnnounced => new()
    {
        { 2025, "2025-01-29" },
        { 2026, "2026-02-17" },
        { 2027, "2027-02-06" },
        { 2028, "2028-01-26" },
        { 2029, "2029-02-13" },
        { 2030, "2030-02-02" },
        { 2031, "2031-01-23" },
        { 2032, "2032-02-11" },
        { 2033, "2033-01-31" },
        { 2034, "2034-02-19" },
        { 2035, "2035-02-08" },
        { 2036, "2036-01-28" },
        { 2037, "2037-02-15" },
        { 2038, "2038-02-04" },
        { 2039, "2039-01-24" },
        { 2040, "2040-02-12" },
    };

    [Theory]
    [MemberData(nameof(TetAsAnnounced))]
    public void Tet_falls_on_the_day_announced_in_Vietnam(int year, string announced)
    {
        var tet = DateOnly.ParseExact(announced, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.Equal(tet, VietnameseLunarCalendar.NewYear(year));
        Assert.Equal(DayOffKind.LunarHoliday, Calendar.DayOffOn(tet)?.Kind);
        Assert.Equal("Tết Nguyên đán (mùng 1)", Calendar.DayOffOn(tet)?.Name);
    }

    [Fact]
    public void Tet_2030_is_02_02_in_Vietnam_a_day_before_Chinas_03_02()
    {
        // The new moon of 2 February 2030 comes at about 16:07 UTC: 23:07 in Hà Nội, 00:07 on the 3rd in Beijing.
        var china = new ChineseLunisolarCalendar();
        Assert.Equal(D(3, 2, 2030), DateOnly.FromDateTime(china.ToDateTime(2030, 1, 1, 0, 0, 0, 0)));

        Assert.Equal(D(2, 2, 2030), VietnameseLunarCalendar.NewYear(2030));
    }

    [Fact]
    public void The_working_calendar_gives_Tet_2030_from_01_02_to_05_02_2030()
    {
        Assert.Equal("Tết Nguyên đán (giao thừa)", Calendar.DayOffOn(D(1, 2, 2030))?.Name);
        Assert.Equal("Tết Nguyên đán (mùng 1)", Calendar.DayOffOn(D(2, 2, 2030))?.Name);
        Assert.Equal("Tết Nguyên đán (mùng 4)", Calendar.DayOffOn(D(5, 2, 2030))?.Name);
        // Saturday 02/02 and Sunday 03/02 are given back on Wednesday 06/02 and Thursday 07/02.
        Assert.Equal(DayOffKind.Compensation, Calendar.DayOffOn(D(6, 2, 2030))?.Kind);
        Assert.Equal(DayOffKind.Compensation, Calendar.DayOffOn(D(7, 2, 2030))?.Kind);
        Assert.True(Calendar.IsWorkingDay(D(31, 1, 2030)));
        Assert.True(Calendar.IsWorkingDay(D(8, 2, 2030)));
    }

    [Theory]
    [InlineData(2027, 16, 4)]
    [InlineData(2028, 4, 4)]
    [InlineData(2029, 23, 4)]
    [InlineData(2030, 12, 4)]
    [InlineData(2031, 1, 4)] // 2031's leap third month comes after the third and does not move it
    public void The_Hung_Kings_day_is_the_10th_of_the_3rd_lunar_month(int year, int day, int month)
    {
        Assert.Equal(D(day, month, year), VietnameseLunarCalendar.ToSolar(year, 3, 10));
        Assert.Equal("Giỗ Tổ Hùng Vương", Calendar.DayOffOn(D(day, month, year))?.Name);
    }

    [Theory]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2028, 5)]
    [InlineData(2031, 3)]
    [InlineData(2026, 0)]
    [InlineData(2030, 0)]
    public void The_leap_month_is_the_first_without_a_principal_solar_term(int year, int leapMonth)
    {
        Assert.Equal(leapMonth, VietnameseLunarCalendar.LeapMonth(year));
    }

    [Fact]
    public void The_leap_month_follows_the_month_it_repeats()
    {
        // 2023 (Quý Mão) repeated its second month: tháng 2 nhuận began on 22/03/2023.
        Assert.Equal(D(20, 2, 2023), VietnameseLunarCalendar.ToSolar(2023, 2, 1));
        Assert.Equal(D(22, 3, 2023), VietnameseLunarCalendar.ToSolar(2023, 2, 1, leap: true));
        Assert.Equal(D(20, 4, 2023), VietnameseLunarCalendar.ToSolar(2023, 3, 1));
    }

    [Fact]
    public void A_day_or_leap_month_the_year_does_not_have_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2026, 3, 10, leap: true));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2026, 1, 31));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2026, 13, 1));
    }

    [Fact]
    public void Every_lunar_year_of_the_century_has_twelve_or_thirteen_months_of_29_or_30_days()
    {
        for (var year = 2000; year <= 2099; year++)
        {
            var length = VietnameseLunarCalendar.NewYear(year + 1).DayNumber - VietnameseLunarCalendar.NewYear(year).DayNumber;
            Assert.True(length is 353 or 354 or 355 or 383 or 384 or 385, $"{year}: {length} days");
            Assert.Equal(length > 360, VietnameseLunarCalendar.LeapMonth(year) != 0);
            var tet = VietnameseLunarCalendar.NewYear(year);
            Assert.True(tet >= D(21, 1, year) && tet <= D(20, 2, year), $"{year}: Tết on {tet}");
        }
    }

    [Fact]
    public void Outside_the_years_that_differ_Vietnam_and_China_agree_on_Tet()
    {
        // Vietnam and China count the same rules an hour apart; over 2000–2099 their new years differ only where a
        // new moon falls between 16:00 and 17:00 UTC. 2030 is such a year; most are not.
        var china = new ChineseLunisolarCalendar();
        var differing = Enumerable.Range(2000, 100)
            .Where(y => VietnameseLunarCalendar.NewYear(y) != DateOnly.FromDateTime(china.ToDateTime(y, 1, 1, 0, 0, 0, 0)))
            .ToList();

        Assert.Contains(2030, differing);
        Assert.True(differing.Count <= 5, string.Join(", ", differing));
    }
}
