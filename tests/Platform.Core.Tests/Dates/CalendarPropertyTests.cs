using CsCheck;
using Platform.Core.Dates;
using Platform.Sdk;

namespace Platform.Core.Tests.Dates;

/// <summary>What holds for every day and year of the century, checked on random samples.</summary>
public sealed class CalendarPropertyTests
{
    private static readonly VietnameseWorkingCalendar Calendar = VietnameseWorkingCalendar.Default;

    private static readonly Gen<DateOnly> Days = Gen.DateOnly[new DateOnly(2000, 1, 1), new DateOnly(2099, 12, 31)];

    private static readonly Gen<int> Years = Gen.Int[2000, 2099];

    [Fact]
    public void On_or_after_any_day_is_a_working_day_no_earlier_with_no_working_day_in_between()
    {
        Days.Sample(day =>
        {
            var next = Calendar.OnOrAfter(day);

            Assert.True(next >= day);
            Assert.True(Calendar.IsWorkingDay(next));
            Assert.Empty(Calendar.Between(day, next.AddDays(-1)));
            Assert.True(next.DayNumber - day.DayNumber <= 9, "No run of days off is longer than Tết's and a weekend's.");
        }, iter: 2_000);
    }

    [Fact]
    public void On_or_before_any_day_is_a_working_day_no_later_with_no_working_day_in_between()
    {
        Days.Sample(day =>
        {
            var previous = Calendar.OnOrBefore(day);

            Assert.True(previous <= day);
            Assert.True(Calendar.IsWorkingDay(previous));
            Assert.Empty(Calendar.Between(previous.AddDays(1), day));
        }, iter: 2_000);
    }

    [Fact]
    public void A_day_is_worked_exactly_when_it_is_a_weekday_and_no_day_off()
    {
        Days.Sample(day =>
        {
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            Assert.Equal(!weekend && Calendar.DayOffOn(day) is null, Calendar.IsWorkingDay(day));
        }, iter: 2_000);
    }

    [Fact]
    public void Every_year_has_the_eleven_holiday_days_and_a_weekday_given_back_for_each_one_on_a_weekend()
    {
        Years.Sample(year =>
        {
            var days = Calendar.DaysOff(year);
            var holidays = days.Where(d => d.Kind != DayOffKind.Compensation).ToList();
            var givenBack = days.Where(d => d.Kind == DayOffKind.Compensation).ToList();

            Assert.Equal(11, holidays.Count);
            Assert.Equal(holidays.Count(d => d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday), givenBack.Count);
            Assert.All(givenBack, d => Assert.False(d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
            Assert.All(days, d => Assert.Equal(year, d.Date.Year));
        }, iter: 200);
    }

    [Fact]
    public void The_last_working_week_of_any_month_is_its_last_working_days_inside_one_Monday_to_Friday_week()
    {
        Gen.Select(Years, Gen.Int[1, 12]).Sample((year, month) =>
        {
            var week = Calendar.LastWorkingWeek(year, month);
            var lastDay = new DateOnly(year, month, DateTime.DaysInMonth(year, month));

            Assert.NotEmpty(week);
            Assert.Equal(Calendar.OnOrBefore(lastDay), week[^1]);
            Assert.All(week, d =>
            {
                Assert.Equal(month, d.Month);
                Assert.True(Calendar.IsWorkingDay(d));
            });
            Assert.True(week[^1].DayNumber - week[0].DayNumber < 7);
            Assert.True(week[0].DayOfWeek == DayOfWeek.Monday || week[0].Day == 1 || !Calendar.IsWorkingDay(week[0].AddDays(-1)));
            Assert.Equal(Calendar.Between(week[0], week[^1]), week);
        }, iter: 500);
    }

    [Fact]
    public void The_period_containing_a_day_contains_it_and_the_next_starts_the_day_after_it_ends()
    {
        Gen.Select(Gen.Enum<PeriodKind>(), Days).Sample((kind, day) =>
        {
            var period = Period.Containing(kind, day);

            Assert.True(period.Contains(day));
            Assert.Equal(period.End.AddDays(1), period.Next().Start);
            Assert.Equal(period.Start.AddDays(-1), period.Previous().End);
            Assert.Equal(period, period.Next().Previous());
            Assert.Equal(period.Months, ((period.End.Year - period.Start.Year) * 12) + period.End.Month - period.Start.Month + 1);
            Assert.True(period.LastMonthStart <= period.DayOfLastMonth(31) && period.DayOfLastMonth(31) == period.End);
        }, iter: 2_000);
    }
}
