using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Platform.Core.Dates;

namespace Platform.Core.Tests.Dates;

/// <summary>The civil-service working calendar as officials count it: Labour Code 2019, Art. 112, and what the government announces.</summary>
public sealed class WorkingCalendarTests
{
    private static readonly VietnameseWorkingCalendar Calendar = VietnameseWorkingCalendar.Default;

    /// <summary>A date written the way officials write it: day, month, year.</summary>
    private static DateOnly D(int day, int month, int year) => new(year, month, day);

    private static VietnameseWorkingCalendar With(int year, YearAdjustment adjustment) =>
        new(Options.Create(new WorkingCalendarOptions { Years = { [year] = adjustment } }));

    private static void IsOff(IWorkingCalendar calendar, DateOnly day, DayOffKind kind, string name)
    {
        Assert.False(calendar.IsWorkingDay(day), $"{VietnamTime.Format(day)} should be a day off.");
        var off = calendar.DayOffOn(day);
        Assert.NotNull(off);
        Assert.Equal(day, off.Date);
        Assert.Equal(kind, off.Kind);
        Assert.Equal(name, off.Name);
    }

    // Weekends

    [Fact]
    public void Saturday_and_Sunday_are_not_working_days_and_are_not_reported_as_holidays()
    {
        Assert.False(Calendar.IsWorkingDay(D(7, 3, 2026)));
        Assert.False(Calendar.IsWorkingDay(D(8, 3, 2026)));
        Assert.Null(Calendar.DayOffOn(D(7, 3, 2026)));
        Assert.Null(Calendar.DayOffOn(D(8, 3, 2026)));
    }

    [Fact]
    public void An_ordinary_Monday_to_Friday_is_a_working_day()
    {
        for (var day = D(9, 3, 2026); day <= D(13, 3, 2026); day = day.AddDays(1))
        {
            Assert.True(Calendar.IsWorkingDay(day), VietnamTime.Format(day));
            Assert.Null(Calendar.DayOffOn(day));
        }
    }

    // Art. 112.1: the fixed holidays

    [Theory]
    [InlineData(1, 1, "Tết Dương lịch")]
    [InlineData(30, 4, "Ngày Chiến thắng")]
    [InlineData(1, 5, "Ngày Quốc tế lao động")]
    [InlineData(2, 9, "Quốc khánh")]
    public void The_fixed_holidays_of_Art_112_1_are_days_off_in_2026(int day, int month, string name)
    {
        IsOff(Calendar, D(day, month, 2026), DayOffKind.FixedHoliday, name);
    }

    [Theory]
    [InlineData(2021, 3)] // 2/9 on a Thursday: Friday 3/9 joins it to the weekend
    [InlineData(2022, 1)] // Friday: Thursday 1/9
    [InlineData(2023, 1)] // Saturday: Friday 1/9
    [InlineData(2024, 3)] // Monday: Tuesday 3/9
    [InlineData(2025, 1)] // Tuesday: Monday 1/9
    [InlineData(2029, 3)] // Sunday: Monday 3/9
    public void National_Day_has_an_adjacent_day_that_joins_it_to_the_weekend(int year, int adjacentDay)
    {
        IsOff(Calendar, D(adjacentDay, 9, year), DayOffKind.AdjacentHoliday, "Quốc khánh (ngày liền kề)");
    }

    // Art. 112.1: the lunar holidays

    [Fact]
    public void Tet_2025_gives_New_Years_Eve_and_the_first_four_days_28_01_to_01_02_2025()
    {
        // The lunar new year fell on Wednesday 29/01/2025.
        IsOff(Calendar, D(28, 1, 2025), DayOffKind.LunarHoliday, "Tết Nguyên đán (giao thừa)");
        IsOff(Calendar, D(29, 1, 2025), DayOffKind.LunarHoliday, "Tết Nguyên đán (mùng 1)");
        IsOff(Calendar, D(30, 1, 2025), DayOffKind.LunarHoliday, "Tết Nguyên đán (mùng 2)");
        IsOff(Calendar, D(31, 1, 2025), DayOffKind.LunarHoliday, "Tết Nguyên đán (mùng 3)");
        IsOff(Calendar, D(1, 2, 2025), DayOffKind.LunarHoliday, "Tết Nguyên đán (mùng 4)");
        Assert.True(Calendar.IsWorkingDay(D(27, 1, 2025)), "Without an announcement the Monday before is worked.");
    }

    [Fact]
    public void Tet_2025s_fourth_day_is_a_Saturday_so_Monday_03_02_2025_is_given_back()
    {
        IsOff(Calendar, D(3, 2, 2025), DayOffKind.Compensation, "Nghỉ bù Tết Nguyên đán (mùng 4)");
        Assert.True(Calendar.IsWorkingDay(D(4, 2, 2025)));
    }

    [Fact]
    public void Tet_2026_gives_16_02_to_20_02_2026_and_the_weeks_either_side_are_worked()
    {
        // The lunar new year falls on Tuesday 17/02/2026.
        IsOff(Calendar, D(16, 2, 2026), DayOffKind.LunarHoliday, "Tết Nguyên đán (giao thừa)");
        IsOff(Calendar, D(17, 2, 2026), DayOffKind.LunarHoliday, "Tết Nguyên đán (mùng 1)");
        IsOff(Calendar, D(20, 2, 2026), DayOffKind.LunarHoliday, "Tết Nguyên đán (mùng 4)");
        Assert.Equal(5, Calendar.DaysOff(2026).Count(d => d.Name.StartsWith("Tết Nguyên đán", StringComparison.Ordinal)));
        Assert.True(Calendar.IsWorkingDay(D(13, 2, 2026)));
        Assert.True(Calendar.IsWorkingDay(D(23, 2, 2026)));
        Assert.DoesNotContain(Calendar.DaysOff(2026), d => d.Kind == DayOffKind.Compensation && d.Date.Month == 2);
    }

    [Theory]
    [InlineData(2023, 29, 4)] // 2023 had a leap second lunar month: the third month comes one month later
    [InlineData(2024, 18, 4)]
    [InlineData(2025, 7, 4)] // 2025's leap sixth month comes after the third and does not move it
    [InlineData(2026, 26, 4)]
    public void The_Hung_Kings_commemoration_is_the_10th_day_of_the_3rd_lunar_month(int year, int day, int month)
    {
        IsOff(Calendar, D(day, month, year), DayOffKind.LunarHoliday, "Giỗ Tổ Hùng Vương");
        Assert.Single(Calendar.DaysOff(year), d => d.Name == "Giỗ Tổ Hùng Vương");
    }

    // Art. 112.3: a holiday on a weekly day off is taken on the next working day

    [Fact]
    public void Hung_Kings_day_2026_falls_on_a_Sunday_so_Monday_27_04_2026_is_given_back()
    {
        IsOff(Calendar, D(27, 4, 2026), DayOffKind.Compensation, "Nghỉ bù Giỗ Tổ Hùng Vương");
        Assert.True(Calendar.IsWorkingDay(D(28, 4, 2026)));
    }

    [Theory]
    [InlineData(2022, 3)] // 1/1/2022 was a Saturday
    [InlineData(2023, 2)] // 1/1/2023 was a Sunday
    [InlineData(2028, 3)] // 1/1/2028 is a Saturday
    public void New_Years_Day_on_a_weekend_is_given_back_on_the_next_Monday(int year, int compensationDay)
    {
        IsOff(Calendar, D(compensationDay, 1, year), DayOffKind.Compensation, "Nghỉ bù Tết Dương lịch");
    }

    [Fact]
    public void Labour_Day_2021_on_a_Saturday_is_given_back_on_Monday_03_05_2021()
    {
        IsOff(Calendar, D(3, 5, 2021), DayOffKind.Compensation, "Nghỉ bù Ngày Quốc tế lao động");
    }

    [Fact]
    public void In_2022_30_04_and_01_05_both_fell_on_the_weekend_so_02_05_and_03_05_were_given_back()
    {
        IsOff(Calendar, D(2, 5, 2022), DayOffKind.Compensation, "Nghỉ bù Ngày Chiến thắng");
        IsOff(Calendar, D(3, 5, 2022), DayOffKind.Compensation, "Nghỉ bù Ngày Quốc tế lao động");
        Assert.True(Calendar.IsWorkingDay(D(4, 5, 2022)));
    }

    [Fact]
    public void In_2023_Hung_Kings_Saturday_and_Victory_Sunday_are_given_back_after_Labour_Day_so_29_04_to_03_05_are_off()
    {
        // 29/04 Saturday (Giỗ Tổ), 30/04 Sunday, 01/05 Monday: the two weekend holidays move past Labour Day.
        Assert.All(Enumerable.Range(0, 5).Select(i => D(29, 4, 2023).AddDays(i)), d => Assert.False(Calendar.IsWorkingDay(d), VietnamTime.Format(d)));
        IsOff(Calendar, D(2, 5, 2023), DayOffKind.Compensation, "Nghỉ bù Giỗ Tổ Hùng Vương");
        IsOff(Calendar, D(3, 5, 2023), DayOffKind.Compensation, "Nghỉ bù Ngày Chiến thắng");
        Assert.True(Calendar.IsWorkingDay(D(4, 5, 2023)));
    }

    [Fact]
    public void National_Day_2023_on_a_Saturday_gives_Friday_01_09_and_Monday_04_09_2023()
    {
        IsOff(Calendar, D(1, 9, 2023), DayOffKind.AdjacentHoliday, "Quốc khánh (ngày liền kề)");
        IsOff(Calendar, D(4, 9, 2023), DayOffKind.Compensation, "Nghỉ bù Quốc khánh");
        Assert.True(Calendar.IsWorkingDay(D(5, 9, 2023)));
    }

    [Fact]
    public void National_Day_2029_on_a_Sunday_is_joined_by_Monday_03_09_and_Tuesday_04_09_is_given_back()
    {
        IsOff(Calendar, D(3, 9, 2029), DayOffKind.AdjacentHoliday, "Quốc khánh (ngày liền kề)");
        IsOff(Calendar, D(4, 9, 2029), DayOffKind.Compensation, "Nghỉ bù Quốc khánh");
        Assert.True(Calendar.IsWorkingDay(D(31, 8, 2029)));
        Assert.True(Calendar.IsWorkingDay(D(5, 9, 2029)));
    }

    [Theory]
    [InlineData(2022)]
    [InlineData(2023)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Each_year_has_the_eleven_holiday_days_of_Art_112_1_in_date_order(int year)
    {
        var days = Calendar.DaysOff(year);

        Assert.Equal(11, days.Count(d => d.Kind != DayOffKind.Compensation));
        Assert.Equal(days.OrderBy(d => d.Date).Select(d => d.Date), days.Select(d => d.Date));
        Assert.All(days, d => Assert.Equal(year, d.Date.Year));
    }

    // What the government announces for a year

    [Fact]
    public void An_announced_day_off_is_off_and_names_its_source()
    {
        var calendar = With(2025, new YearAdjustment { DaysOff = [D(27, 1, 2025)], Source = "Công văn số 1/BNV" });

        IsOff(calendar, D(27, 1, 2025), DayOffKind.Announced, "Ngày nghỉ theo thông báo Công văn số 1/BNV");
        Assert.True(Calendar.IsWorkingDay(D(27, 1, 2025)), "The default calendar is not changed.");
    }

    [Fact]
    public void An_announced_day_off_without_a_source_still_says_it_was_announced()
    {
        var calendar = With(2025, new YearAdjustment { DaysOff = [D(27, 1, 2025)] });

        IsOff(calendar, D(27, 1, 2025), DayOffKind.Announced, "Ngày nghỉ theo thông báo");
    }

    [Fact]
    public void Announcing_a_holiday_again_keeps_the_holidays_own_name()
    {
        var calendar = With(2026, new YearAdjustment { DaysOff = [D(30, 4, 2026)], Source = "Công văn số 1/BNV" });

        IsOff(calendar, D(30, 4, 2026), DayOffKind.FixedHoliday, "Ngày Chiến thắng");
    }

    [Fact]
    public void A_Saturday_worked_to_swap_a_day_is_a_working_day()
    {
        var calendar = With(2025, new YearAdjustment { DaysOff = [D(27, 1, 2025)], WorkingDays = [D(8, 2, 2025)] });

        Assert.True(calendar.IsWorkingDay(D(8, 2, 2025)));
        Assert.False(calendar.IsWorkingDay(D(27, 1, 2025)));
        Assert.False(calendar.IsWorkingDay(D(9, 2, 2025)), "Only the announced Saturday is worked.");
    }

    [Fact]
    public void A_computed_day_off_announced_as_worked_is_worked_and_no_longer_listed()
    {
        // The government may place the day given back for Tết elsewhere: here before Tết instead of on 03/02/2025.
        var calendar = With(2025, new YearAdjustment { DaysOff = [D(27, 1, 2025)], WorkingDays = [D(3, 2, 2025)] });

        Assert.True(calendar.IsWorkingDay(D(3, 2, 2025)));
        Assert.Null(calendar.DayOffOn(D(3, 2, 2025)));
        Assert.DoesNotContain(calendar.DaysOff(2025), d => d.Date == D(3, 2, 2025));
        Assert.Contains(calendar.DaysOff(2025), d => d.Date == D(27, 1, 2025));
    }

    [Fact]
    public void Replacing_the_computed_holidays_leaves_only_the_announced_days_and_the_weekends()
    {
        var calendar = With(2025, new YearAdjustment { ReplacesComputed = true, DaysOff = [D(2, 1, 2025), D(30, 4, 2025)] });

        Assert.True(calendar.IsWorkingDay(D(1, 1, 2025)), "1/1 was not announced, so it is worked.");
        Assert.True(calendar.IsWorkingDay(D(29, 1, 2025)), "Tết was not announced, so it is worked.");
        Assert.False(calendar.IsWorkingDay(D(2, 1, 2025)));
        Assert.False(calendar.IsWorkingDay(D(4, 1, 2025)), "Saturdays stay off.");
        Assert.Equal([D(2, 1, 2025), D(30, 4, 2025)], calendar.DaysOff(2025).Select(d => d.Date));
        Assert.All(calendar.DaysOff(2025), d => Assert.Equal(DayOffKind.Announced, d.Kind));
    }

    [Fact]
    public void A_years_corrections_do_not_touch_other_years()
    {
        var calendar = With(2025, new YearAdjustment { ReplacesComputed = true });

        Assert.Empty(calendar.DaysOff(2025));
        Assert.Equal(Calendar.DaysOff(2026), calendar.DaysOff(2026));
    }

    [Fact]
    public void Corrections_are_read_from_the_WorkingCalendar_configuration_section()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["WorkingCalendar:Years:2025:DaysOff:0"] = "2025-01-27",
                ["WorkingCalendar:Years:2025:WorkingDays:0"] = "2025-02-08",
                ["WorkingCalendar:Years:2025:Source"] = "Công văn số 1/BNV",
            })
            .Build();
        var options = configuration.GetSection(WorkingCalendarOptions.Section).Get<WorkingCalendarOptions>();
        Assert.NotNull(options);

        var calendar = new VietnameseWorkingCalendar(Options.Create(options));

        Assert.Equal(DayOffKind.Announced, calendar.DayOffOn(D(27, 1, 2025))?.Kind);
        Assert.True(calendar.IsWorkingDay(D(8, 2, 2025)));
    }

    // Working-day arithmetic

    [Fact]
    public void On_or_after_a_working_day_is_that_day()
    {
        Assert.Equal(D(10, 3, 2026), Calendar.OnOrAfter(D(10, 3, 2026)));
        Assert.Equal(D(10, 3, 2026), Calendar.OnOrBefore(D(10, 3, 2026)));
    }

    [Theory]
    [InlineData(7, 3, 2026, 9, 3, 2026)] // Saturday → Monday
    [InlineData(16, 2, 2026, 23, 2, 2026)] // Tết eve → the Monday after Tết
    [InlineData(30, 4, 2026, 4, 5, 2026)] // 30/04 and 01/05 (Thursday, Friday) and the weekend
    [InlineData(25, 4, 2026, 28, 4, 2026)] // Saturday before Giỗ Tổ → past the day given back
    [InlineData(1, 1, 2022, 4, 1, 2022)] // 1/1/2022 Saturday, given back on Monday 03/01
    [InlineData(31, 12, 2022, 3, 1, 2023)] // Saturday 31/12 → past New Year's Day (a Sunday) and the Monday given back
    public void On_or_after_a_day_off_is_the_next_working_day(int d, int m, int y, int ed, int em, int ey)
    {
        Assert.Equal(D(ed, em, ey), Calendar.OnOrAfter(D(d, m, y)));
    }

    [Theory]
    [InlineData(8, 3, 2026, 6, 3, 2026)] // Sunday → Friday
    [InlineData(1, 5, 2026, 29, 4, 2026)] // Labour Day → Wednesday before Victory Day
    [InlineData(27, 4, 2026, 24, 4, 2026)] // the day given back for Giỗ Tổ → the Friday before
    [InlineData(1, 1, 2026, 31, 12, 2025)] // across the year
    public void On_or_before_a_day_off_is_the_working_day_before(int d, int m, int y, int ed, int em, int ey)
    {
        Assert.Equal(D(ed, em, ey), Calendar.OnOrBefore(D(d, m, y)));
    }

    [Fact]
    public void Between_lists_the_working_days_with_both_ends_included()
    {
        Assert.Equal(
            [D(28, 4, 2026), D(29, 4, 2026), D(4, 5, 2026), D(5, 5, 2026), D(6, 5, 2026), D(7, 5, 2026), D(8, 5, 2026)],
            Calendar.Between(D(27, 4, 2026), D(8, 5, 2026)));
        Assert.Equal([D(10, 3, 2026)], Calendar.Between(D(10, 3, 2026), D(10, 3, 2026)));
    }

    [Fact]
    public void Between_a_later_and_an_earlier_day_is_empty()
    {
        Assert.Empty(Calendar.Between(D(13, 3, 2026), D(9, 3, 2026)));
        Assert.Empty(Calendar.Between(D(7, 3, 2026), D(8, 3, 2026)));
    }

    // The last working week of a month (Đắk Lắk, Art. 9.1: the quarterly meeting)

    [Fact]
    public void March_2026_ends_on_a_Tuesday_so_its_last_working_week_is_30_and_31_03_2026()
    {
        Assert.Equal([D(30, 3, 2026), D(31, 3, 2026)], Calendar.LastWorkingWeek(2026, 3));
    }

    [Fact]
    public void December_2026_ends_on_a_Thursday_so_its_last_working_week_is_28_to_31_12_2026()
    {
        Assert.Equal([D(28, 12, 2026), D(29, 12, 2026), D(30, 12, 2026), D(31, 12, 2026)], Calendar.LastWorkingWeek(2026, 12));
    }

    [Fact]
    public void A_month_ending_on_a_weekend_has_a_full_last_working_week()
    {
        // 31/05/2026 is a Sunday.
        Assert.Equal([D(25, 5, 2026), D(26, 5, 2026), D(27, 5, 2026), D(28, 5, 2026), D(29, 5, 2026)], Calendar.LastWorkingWeek(2026, 5));
    }

    [Fact]
    public void April_2026_ends_on_Victory_Day_so_its_last_working_week_is_28_and_29_04_after_the_day_given_back()
    {
        // 30/04 is a holiday, 27/04 is the day given back for Giỗ Tổ (Sunday 26/04).
        Assert.Equal([D(28, 4, 2026), D(29, 4, 2026)], Calendar.LastWorkingWeek(2026, 4));
    }

    [Fact]
    public void When_Tet_takes_the_end_of_January_2025_its_last_working_week_is_Monday_27_01_alone()
    {
        Assert.Equal([D(27, 1, 2025)], Calendar.LastWorkingWeek(2025, 1));
    }

    [Fact]
    public void The_last_working_week_counts_a_Saturday_announced_as_worked()
    {
        // 31/10/2026 is a Saturday; an announcement that it is worked makes it the month's last working day.
        var calendar = With(2026, new YearAdjustment { WorkingDays = [D(31, 10, 2026)] });

        Assert.Equal([D(26, 10, 2026), D(27, 10, 2026), D(28, 10, 2026), D(29, 10, 2026), D(30, 10, 2026), D(31, 10, 2026)], calendar.LastWorkingWeek(2026, 10));
    }

    [Fact]
    public void The_last_working_week_never_reaches_into_the_previous_month()
    {
        // July 2026 starts on a Wednesday. With everything off from 03/07, the last working day is Thursday 02/07 and
        // its week, Monday 29/06 to Friday 03/07, is cut to the days inside July.
        var off = Enumerable.Range(3, 29).Select(day => D(day, 7, 2026)).ToList();
        var calendar = With(2026, new YearAdjustment { DaysOff = off });

        Assert.Equal([D(1, 7, 2026), D(2, 7, 2026)], calendar.LastWorkingWeek(2026, 7));
    }
}
