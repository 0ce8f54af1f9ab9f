using CsCheck;
using Microsoft.Extensions.Options;
using Platform.Core.Dates;
using Platform.Core.Reporting;
using Platform.Sdk;
using Platform.Sdk.Building;
using Platform.Sdk.Reporting;
using Platform.Sdk.Structure;

namespace Platform.Packs.Tests;

/// <summary>
/// Periods as officials read them and the deadlines regulations write (Sdk 1.2): "6 tháng" is the first half; periods
/// ending together make one report per due date; nothing is owed before the regulation's date; deadlines in the month
/// after the period or counted from its end, on the host's working calendar, which the engine never moves back.
/// </summary>
public sealed class PeriodsAndDeadlinesTests
{
    private static readonly IWorkingCalendar Calendar = VietnameseWorkingCalendar.Default;

    /// <summary>A province whose regulation reports monthly and after the period, as the Government committee's does.</summary>
    private sealed class MonthlyPack(Action<ReportingRulesBuilder>? more = null) : IProvincePack
    {
        public void Describe(ProvincePackBuilder pack)
        {
            pack.Province("tinh-thu", "Tỉnh Thử")
                .Committee("Ban Chỉ đạo thử", "BCĐ thử", new DecisionRef("1/QĐ", new DateOnly(2025, 7, 5), "Thành lập"), new DecisionRef("2/QĐ", new DateOnly(2025, 7, 5), "Quy chế"))
                .Agency("ubnd", "UBND tỉnh", AgencyKind.ProvincialPeoplesCommittee)
                .Agency("so-a", "Sở A", AgencyKind.Department)
                .Agency("so-b", "Sở B", AgencyKind.Department);
            pack.Body("ctt", BodyKind.StandingAgency, "Cơ quan thường trực", "8").LedBy("ubnd").General();
            pack.Seat("truong-ban", SeatRole.Head, "Chủ tịch UBND tỉnh", "4").Of("ubnd");
            pack.Seat("pho-thuong-truc", SeatRole.StandingDeputy, "Phó Chủ tịch UBND tỉnh", "5").Of("ubnd");
            pack.Seat("giam-doc-so-a", SeatRole.Member, "Giám đốc Sở A", "6").Of("so-a");
            pack.Seat("giam-doc-so-b", SeatRole.Member, "Giám đốc Sở B", "6").Of("so-b");
            var reporting = pack.Reporting().OnNonWorkingDay(NonWorkingDayRule.Keep, "Ngày làm việc đã được tính theo lịch");
            reporting.Stage("thang", "Báo cáo tháng của thành viên", "12.1")
                .For(PeriodKind.Month, PeriodKind.Quarter, PeriodKind.HalfYear, PeriodKind.Year)
                .FromEveryMember()
                .To("ctt")
                .NoLaterThanWorkingDayOfFollowingMonth(5);
            reporting.Stage("tong-hop", "Báo cáo tổng hợp", "12.2")
                .For(PeriodKind.Quarter, PeriodKind.HalfYear, PeriodKind.Year)
                .FromBodies("ctt")
                .ToCommittee()
                .WithinWorkingDaysAfterPeriod(10)
                .Compiling("thang");
            reporting.Stage("kiem-tra", "Báo cáo kết quả kiểm tra", "12.3")
                .For(PeriodKind.Quarter)
                .FromBodies("ctt")
                .ToCommittee()
                .WithinDaysAfterPeriod(10);
            more?.Invoke(reporting);
        }
    }

    private static ProvinceDefinition Build(IProvincePack pack)
    {
        var builder = new ProvincePackBuilder();
        pack.Describe(builder);
        return builder.Build();
    }

    private static readonly ProvinceDefinition Monthly = Build(new MonthlyPack());

    // Reading the regulations.

    [Fact]
    public void Monthly_reports_due_on_the_5th_working_day_of_the_following_month_January_2027_falls_past_Tet()
    {
        // Tết Đinh Mùi: 05/02/2027 (giao thừa) to 09/02/2027, with 10 and 11/02 in lieu of Saturday 6 and Sunday 7.
        // February 2027's working days: Mon 1, Tue 2, Wed 3, Thu 4, then Friday 12: the 5th.
        var january = Assert.Single(DeadlineChain.For(Monthly, new Period(PeriodKind.Month, 2027, 1), Calendar), o => o.Submitter.Key == "giam-doc-so-a");

        Assert.Equal(new DateOnly(2027, 2, 12), january.Due);
        Assert.True(january.OnTime(new DateOnly(2027, 2, 12)));
        Assert.False(january.OnTime(new DateOnly(2027, 2, 13)));
        Assert.Equal(DeadlineKind.NoLaterThanWorkingDayOfFollowingMonth, january.Stage.Deadline);
    }

    [Fact]
    public void The_operators_configured_day_off_pushes_the_5th_working_day_further()
    {
        // The government announces Friday 12/02/2027 off as well (a swapped day): the 5th working day is Monday 15/02.
        var configured = new VietnameseWorkingCalendar(Options.Create(new WorkingCalendarOptions
        {
            Years = { [2027] = new YearAdjustment { DaysOff = [new DateOnly(2027, 2, 12)], Source = "Thông báo thử" } },
        }));

        var january = DeadlineChain.For(Monthly, new Period(PeriodKind.Month, 2027, 1), configured).First();

        Assert.Equal(new DateOnly(2027, 2, 15), january.Due);
    }

    [Fact]
    public void A_packs_own_computation_receives_the_hosts_working_calendar_read_only()
    {
        IWorkingDays? given = null;
        var pack = Build(new MonthlyPack(r => r.Stage("rieng", "Báo cáo riêng", "12.4").For(PeriodKind.Quarter).FromBodies("ctt").ToCommittee()
            .DeadlineComputedBy((stage, start, end, computed, calendar) =>
            {
                given = calendar;
                var day = end.AddDays(1);
                while (!calendar.IsWorkingDay(day))
                {
                    day = day.AddDays(1);
                }

                return day;
            })));

        var first = DeadlineChain.For(pack, new Period(PeriodKind.Quarter, 2026, 4), Calendar).Single(o => o.Stage.Key == "rieng");

        Assert.Same(Calendar, given);
        // 01/01/2027 is Tết Dương lịch (Friday): the first working day after the quarter is Monday 04/01/2027.
        Assert.Equal(new DateOnly(2027, 1, 4), first.Due);
    }

    [Fact]
    public void Within_ten_days_after_the_quarter_the_10th_of_the_next_month_is_on_time_and_the_engine_keeps_it_there()
    {
        var q1 = DeadlineChain.For(Monthly, new Period(PeriodKind.Quarter, 2026, 1), Calendar).Single(o => o.Stage.Key == "kiem-tra");

        // Before Sdk 1.2 the engine clamped any day back into the period (31/03); the regulation's day stands.
        Assert.Equal(new DateOnly(2026, 4, 10), q1.Due);
    }

    [Fact]
    public void A_Son_La_member_owes_one_report_in_June_2026_covering_Q2_and_the_first_half_Art_12_4()
    {
        var june = DeadlineChain.Periods(Packs.SonLa.Reporting, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30))
            .SelectMany(p => DeadlineChain.For(Packs.SonLa, p, Calendar))
            .Where(o => o.Submitter.Key == "chanh-van-phong-ubnd" && o.Due.Month == 6)
            .ToList();

        var report = Assert.Single(june);
        Assert.Equal("Báo cáo quý II và 6 tháng đầu năm 2026", report.Title);
        Assert.Equal("Report for Q2 and the first half of 2026", report.EnglishTitle);
        Assert.Equal([new Period(PeriodKind.Quarter, 2026, 2), new Period(PeriodKind.HalfYear, 2026, 1)], report.Covers);
        Assert.Equal(new DateOnly(2026, 6, 9), report.Due);
    }

    [Fact]
    public void A_Son_La_member_owes_one_report_in_December_not_three_Q4_and_year_Art_12_4()
    {
        var december = DeadlineChain.Periods(Packs.SonLa.Reporting, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31))
            .SelectMany(p => DeadlineChain.For(Packs.SonLa, p, Calendar))
            .Where(o => o.Submitter.Key == "chanh-van-phong-ubnd")
            .ToList();

        var report = Assert.Single(december);
        Assert.Equal("Báo cáo quý IV và năm 2026", report.Title);
        Assert.DoesNotContain(DeadlineChain.Periods(Packs.SonLa.Reporting, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), p => p.Kind == PeriodKind.HalfYear && p.Number == 2);
    }

    [Fact]
    public void A_stage_stating_separate_reports_keeps_one_per_period_and_a_second_half_only_when_stated()
    {
        var pack = Build(new MonthlyPack(r => r.Stage("rieng", "Báo cáo từng kỳ", "12.4")
            .For(PeriodKind.Quarter, PeriodKind.HalfYear, PeriodKind.SecondHalfYear, PeriodKind.Year).FromBodies("ctt").ToCommittee().ByEndOfPeriod()
            .SeparateReportsPerPeriod()));

        var december = DeadlineChain.Periods(pack.Reporting, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31))
            .SelectMany(p => DeadlineChain.For(pack, p, Calendar)).Where(o => o.Stage.Key == "rieng").Select(o => o.Period).ToList();

        Assert.Equal([new Period(PeriodKind.Quarter, 2026, 4), new Period(PeriodKind.HalfYear, 2026, 2), new Period(PeriodKind.Year, 2026, 1)], december);
    }

    [Fact]
    public void Dak_Lak_has_no_overdue_2024_quarter_its_committee_was_founded_on_18_04_2025()
    {
        Assert.Equal(new DateOnly(2025, 4, 18), Packs.DakLak.Committee.InForceFrom);
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            Assert.Empty(DeadlineChain.For(Packs.DakLak, new Period(PeriodKind.Quarter, 2024, quarter), Calendar));
        }

        // Q1 2025 was due on 24/03/2025, before the committee existed; Q2 2025 (due 24/06/2025) is its first.
        Assert.Empty(DeadlineChain.For(Packs.DakLak, new Period(PeriodKind.Quarter, 2025, 1), Calendar));
        Assert.NotEmpty(DeadlineChain.For(Packs.DakLak, new Period(PeriodKind.Quarter, 2025, 2), Calendar));
    }

    [Fact]
    public void Son_La_owes_nothing_due_before_its_regulation_of_12_06_2025()
    {
        var q2 = DeadlineChain.For(Packs.SonLa, new Period(PeriodKind.Quarter, 2025, 2), Calendar);

        Assert.DoesNotContain(q2, o => o.Due < new DateOnly(2025, 6, 12));
        Assert.DoesNotContain(q2, o => o.Stage.Key == "thanh-vien");
    }

    [Fact]
    public void A_pack_adopting_Decree_09_shows_the_data_cut_off_from_the_15th_of_the_month_before_to_the_14th_of_the_last_month()
    {
        var pack = Build(new MonthlyPack(r => r.WithDataCutOff(DataCutOff.Decree09)));

        var q2 = DeadlineChain.For(pack, new Period(PeriodKind.Quarter, 2026, 2), Calendar).First(o => o.Stage.Key == "kiem-tra");
        var june = DeadlineChain.For(pack, new Period(PeriodKind.Month, 2026, 6), Calendar).First();

        Assert.Equal((new DateOnly(2026, 3, 15), new DateOnly(2026, 6, 14)), q2.CutOff);
        // The June report covers the quarter and the first half: its figures run from 15/12/2025.
        Assert.Equal((new DateOnly(2025, 12, 15), new DateOnly(2026, 6, 14)), june.CutOff);
        Assert.Null(DeadlineChain.For(Monthly, new Period(PeriodKind.Quarter, 2026, 2), Calendar)[0].CutOff);
        Assert.Equal("Nghị định 09/2019/NĐ-CP, Điều 12", pack.Reporting.CutOff!.Source);
    }

    [Fact]
    public void An_impossible_chain_is_named_with_its_province_stage_and_article()
    {
        var pack = Build(new MonthlyPack(r => r.Stage("som", "Báo cáo sớm", "12.5").For(PeriodKind.Quarter).FromBodies("ctt").ToCommittee()
            .NoLaterThan(1).Compiling("thang")));

        var fault = Assert.Single(DeadlineChain.Check(pack, Calendar));

        Assert.Contains("Tỉnh Thử (tinh-thu): bước 'som' (Điều 12.5) tổng hợp bước 'thang' (Điều 12.1)", fault, StringComparison.Ordinal);
        Assert.Empty(DeadlineChain.Check(Monthly, Calendar));
        Assert.Empty(DeadlineChain.Check(Packs.SonLa, Calendar));
        Assert.Empty(DeadlineChain.Check(Packs.DakLak, Calendar));
    }

    // Properties over months, quarters, halves and years from 2025 to 2040.

    private static readonly ProvinceDefinition[] Provinces = [Monthly, Packs.SonLa, Packs.DakLak];

    private static readonly Gen<(ProvinceDefinition Province, int Year)> Years =
        Gen.Select(Gen.Int[0, Provinces.Length - 1], Gen.Int[2025, 2040]).Select((i, year) => (Provinces[i], year));

    private static IEnumerable<Obligation> YearOf(ProvinceDefinition province, int year) =>
        DeadlineChain.Periods(province.Reporting, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))
            .Where(p => p.Year == year)
            .SelectMany(p => DeadlineChain.For(province, p, Calendar));

    [Fact]
    public void One_obligation_per_submitter_per_stage_per_due_date()
    {
        Years.Sample(x =>
        {
            var twice = YearOf(x.Province, x.Year).GroupBy(o => (o.Stage.Key, o.Submitter.Key, o.Due)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.Empty(twice);
        }, iter: 200);
    }

    [Fact]
    public void Every_deadline_falls_on_or_after_its_periods_start_and_after_its_end_when_stated_after_the_period()
    {
        Years.Sample(x =>
        {
            foreach (var o in YearOf(x.Province, x.Year))
            {
                Assert.True(o.Due >= o.Period.Start, $"{o.Stage.Key} {o.Period}: {o.Due}");
                if (o.Stage.Deadline >= DeadlineKind.BeforeDayOfFollowingMonth)
                {
                    Assert.True(o.Due > o.Period.End, $"{o.Stage.Key} {o.Period}: {o.Due}");
                }
            }
        }, iter: 200);
    }

    [Fact]
    public void Working_day_counts_skip_every_non_working_day_of_the_calendar_Tet_included()
    {
        Years.Sample(x =>
        {
            foreach (var o in YearOf(x.Province, x.Year).Where(o => o.Stage.Deadline is DeadlineKind.WithinWorkingDaysAfterPeriod or DeadlineKind.NoLaterThanWorkingDayOfFollowingMonth))
            {
                var counted = Calendar.Between(o.Period.End.AddDays(1), o.Due);
                Assert.Equal(o.Stage.Day, counted.Count);
                Assert.Equal(o.Due, counted[^1]);
                var daysOff = Calendar.DaysOff(o.Due.Year).Concat(Calendar.DaysOff(o.Period.End.Year)).Select(d => d.Date).ToHashSet();
                Assert.DoesNotContain(counted, d => daysOff.Contains(d) || d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
            }
        }, iter: 200);
    }

    [Fact]
    public void Tet_is_never_counted_as_a_working_day_in_the_January_report()
    {
        for (var year = 2026; year <= 2041; year++)
        {
            var january = DeadlineChain.For(Monthly, new Period(PeriodKind.Month, year - 1, 12), Calendar).Concat(DeadlineChain.For(Monthly, new Period(PeriodKind.Month, year, 1), Calendar));
            var tet = Calendar.DaysOff(year).Where(d => d.Kind == DayOffKind.LunarHoliday && d.Name.StartsWith("Tết", StringComparison.Ordinal)).Select(d => d.Date).ToList();
            Assert.NotEmpty(tet);
            foreach (var o in january)
            {
                Assert.DoesNotContain(o.Due, tet);
                Assert.DoesNotContain(Calendar.Between(o.Period.End.AddDays(1), o.Due), tet.Contains);
            }
        }
    }
}
