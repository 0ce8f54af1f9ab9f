using System.Globalization;
using Platform.Core.Dates;
using Platform.Sdk;

namespace Platform.Core.Tests.Dates;

/// <summary>The quarters, half-years and years that meetings and reports are counted in.</summary>
public sealed class PeriodTests
{
    private static DateOnly D(int day, int month, int year) => new(year, month, day);

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(31, 3, 1)]
    [InlineData(1, 4, 2)]
    [InlineData(30, 6, 2)]
    [InlineData(1, 7, 3)]
    [InlineData(15, 8, 3)]
    [InlineData(30, 9, 3)]
    [InlineData(1, 10, 4)]
    [InlineData(31, 12, 4)]
    public void A_day_belongs_to_the_quarter_of_its_month(int day, int month, int quarter)
    {
        Assert.Equal(new Period(PeriodKind.Quarter, 2026, quarter), Period.Containing(PeriodKind.Quarter, D(day, month, 2026)));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(30, 6, 1)]
    [InlineData(1, 7, 2)]
    [InlineData(31, 12, 2)]
    public void A_day_belongs_to_the_first_half_until_30_June_and_to_the_second_from_1_July(int day, int month, int half)
    {
        Assert.Equal(new Period(PeriodKind.HalfYear, 2026, half), Period.Containing(PeriodKind.HalfYear, D(day, month, 2026)));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(31, 12)]
    public void Every_day_of_a_year_belongs_to_that_year(int day, int month)
    {
        Assert.Equal(new Period(PeriodKind.Year, 2026, 1), Period.Containing(PeriodKind.Year, D(day, month, 2026)));
    }

    [Theory]
    [InlineData(PeriodKind.Quarter, 1, 1, 1, 31, 3, 1, 3, 3)]
    [InlineData(PeriodKind.Quarter, 2, 1, 4, 30, 6, 1, 6, 3)]
    [InlineData(PeriodKind.Quarter, 3, 1, 7, 30, 9, 1, 9, 3)]
    [InlineData(PeriodKind.Quarter, 4, 1, 10, 31, 12, 1, 12, 3)]
    [InlineData(PeriodKind.HalfYear, 1, 1, 1, 30, 6, 1, 6, 6)]
    [InlineData(PeriodKind.HalfYear, 2, 1, 7, 31, 12, 1, 12, 6)]
    [InlineData(PeriodKind.Year, 1, 1, 1, 31, 12, 1, 12, 12)]
    public void A_period_starts_ends_and_has_a_last_month(
        PeriodKind kind, int number, int startDay, int startMonth, int endDay, int endMonth, int lastDay, int lastMonth, int months)
    {
        var period = new Period(kind, 2026, number);

        Assert.Equal(D(startDay, startMonth, 2026), period.Start);
        Assert.Equal(D(endDay, endMonth, 2026), period.End);
        Assert.Equal(D(lastDay, lastMonth, 2026), period.LastMonthStart);
        Assert.Equal(months, period.Months);
    }

    [Fact]
    public void The_first_quarter_of_a_leap_year_still_ends_on_31_March()
    {
        var q1 = new Period(PeriodKind.Quarter, 2028, 1);
        Assert.Equal(D(31, 3, 2028), q1.End);
        Assert.True(q1.Contains(D(29, 2, 2028)));
    }

    [Theory]
    [InlineData(PeriodKind.Quarter, 2026, 4, 2027, 1)]
    [InlineData(PeriodKind.Quarter, 2026, 2, 2026, 3)]
    [InlineData(PeriodKind.HalfYear, 2026, 2, 2027, 1)]
    [InlineData(PeriodKind.HalfYear, 2026, 1, 2026, 2)]
    [InlineData(PeriodKind.Year, 2026, 1, 2027, 1)]
    public void The_next_period_follows_on_across_the_year_and_the_previous_leads_back(PeriodKind kind, int year, int number, int nextYear, int nextNumber)
    {
        var period = new Period(kind, year, number);
        var next = new Period(kind, nextYear, nextNumber);

        Assert.Equal(next, period.Next());
        Assert.Equal(period, next.Previous());
    }

    [Fact]
    public void Contains_includes_both_ends_and_nothing_outside()
    {
        var q3 = new Period(PeriodKind.Quarter, 2026, 3);

        Assert.True(q3.Contains(D(1, 7, 2026)));
        Assert.True(q3.Contains(D(30, 9, 2026)));
        Assert.False(q3.Contains(D(30, 6, 2026)));
        Assert.False(q3.Contains(D(1, 10, 2026)));
        Assert.False(q3.Contains(D(15, 8, 2025)));
    }

    [Theory]
    [InlineData(PeriodKind.Quarter, 1, 25, 25, 3)]
    [InlineData(PeriodKind.Quarter, 2, 20, 20, 6)] // Sơn La, Art. 12.5: thematic reports by the 20th of the quarter's last month
    [InlineData(PeriodKind.Quarter, 2, 31, 30, 6)] // June has no 31st: its last day
    [InlineData(PeriodKind.Quarter, 3, 31, 30, 9)]
    [InlineData(PeriodKind.Quarter, 4, 31, 31, 12)]
    [InlineData(PeriodKind.HalfYear, 1, 15, 15, 6)]
    [InlineData(PeriodKind.Year, 1, 1, 1, 12)]
    public void The_Nth_day_of_the_periods_last_month_is_kept_inside_that_month(PeriodKind kind, int number, int day, int expectedDay, int expectedMonth)
    {
        Assert.Equal(D(expectedDay, expectedMonth, 2026), new Period(kind, 2026, number).DayOfLastMonth(day));
    }

    [Theory]
    [InlineData(PeriodKind.Quarter, 1, "Quý I/2026")]
    [InlineData(PeriodKind.Quarter, 2, "Quý II/2026")]
    [InlineData(PeriodKind.Quarter, 3, "Quý III/2026")]
    [InlineData(PeriodKind.Quarter, 4, "Quý IV/2026")]
    [InlineData(PeriodKind.HalfYear, 1, "6 tháng đầu năm 2026")]
    [InlineData(PeriodKind.HalfYear, 2, "6 tháng cuối năm 2026")]
    [InlineData(PeriodKind.Year, 1, "Năm 2026")]
    public void A_period_is_labelled_as_officials_write_it(PeriodKind kind, int number, string label)
    {
        var period = new Period(kind, 2026, number);

        Assert.Equal(label, period.Label);
        Assert.Equal(label, period.ToString());
    }

    [Theory]
    [InlineData(PeriodKind.Quarter, 4, "Quý IV/2026", "Q4/2026")]
    [InlineData(PeriodKind.HalfYear, 1, "6 tháng đầu năm 2026", "First half of 2026")]
    [InlineData(PeriodKind.HalfYear, 2, "6 tháng cuối năm 2026", "Second half of 2026")]
    [InlineData(PeriodKind.Month, 1, "Tháng 01/2026", "Month 01/2026")]
    [InlineData(PeriodKind.Year, 1, "Năm 2026", "Year 2026")]
    public void A_screen_names_the_period_in_its_language_while_the_official_label_stays_Vietnamese(PeriodKind kind, int number, string vietnamese, string english)
    {
        var period = new Period(kind, 2026, number);
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal(english, period.Name.ToString());
            Assert.Equal(vietnamese, period.Label);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi");
            Assert.Equal(vietnamese, period.Name.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }

    [Fact]
    public void Periods_sort_by_start_and_a_shorter_period_before_a_longer_one_starting_the_same_day()
    {
        Period[] periods =
        [
            new(PeriodKind.Year, 2026, 1),
            new(PeriodKind.Quarter, 2026, 3),
            new(PeriodKind.HalfYear, 2026, 2),
            new(PeriodKind.Quarter, 2025, 4),
            new(PeriodKind.Quarter, 2026, 1),
        ];

        Assert.Equal(
            ["Quý IV/2025", "Quý I/2026", "Năm 2026", "Quý III/2026", "6 tháng cuối năm 2026"],
            periods.Order().Select(p => p.Label));
    }

    [Theory]
    [InlineData(PeriodKind.Quarter, 2026, 3, "Q3-2026")]
    [InlineData(PeriodKind.HalfYear, 2027, 1, "H1-2027")]
    [InlineData(PeriodKind.Year, 2028, 1, "N-2028")]
    [InlineData(PeriodKind.Month, 2027, 1, "M01-2027")]
    [InlineData(PeriodKind.Month, 2027, 12, "M12-2027")]
    public void A_period_is_written_in_links_as_a_short_code_that_reads_back_as_the_same_period(PeriodKind kind, int year, int number, string code)
    {
        var period = new Period(kind, year, number);

        Assert.Equal(code, period.Code);
        Assert.True(Period.TryParse(code, out var read));
        Assert.Equal(period, read);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Q5-2026")]
    [InlineData("Q0-2026")]
    [InlineData("H3-2026")]
    [InlineData("N1-2026")]
    [InlineData("Q3-26")]
    [InlineData("Q3-1999")]
    [InlineData("Q3-2026-1")]
    [InlineData("q3-2026")]
    [InlineData("M13-2026")]
    [InlineData("M00-2026")]
    [InlineData("M1-2026")]
    [InlineData("Q3-+2026")]
    public void Anything_else_is_no_period(string? code) => Assert.False(Period.TryParse(code, out _));

    [Fact]
    public void A_month_is_a_period_of_its_own_named_as_officials_write_it()
    {
        var february = Period.Containing(PeriodKind.Month, new DateOnly(2028, 2, 14));

        Assert.Equal(new Period(PeriodKind.Month, 2028, 2), february);
        Assert.Equal(new DateOnly(2028, 2, 29), february.End);
        Assert.Equal("Tháng 02/2028", february.Label);
        Assert.Equal(new Period(PeriodKind.Month, 2027, 12), Period.Containing(PeriodKind.Month, new DateOnly(2028, 1, 1)).Previous());
    }
}
